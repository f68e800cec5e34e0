package io.warroom.incident;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The names of phases, roles, statuses and severities, as people read them. */
@MessageBundle("labels")
public interface LabelMessages {

    @Message("Detect")
    String phaseDetect();

    @Message("Triage")
    String phaseTriage();

    @Message("Mitigate")
    String phaseMitigate();

    @Message("RCA")
    String phaseRca();

    @Message("Recover")
    String phaseRecover();

    @Message("Postmortem")
    String phasePostmortem();

    @Message("Incident commander")
    String roleCommander();

    @Message("Communications")
    String roleComms();

    @Message("Scribe")
    String roleScribe();

    @Message("open")
    String statusOpen();

    @Message("resolved")
    String statusResolved();

    @Message("closed")
    String statusClosed();

    @Message("critical: customers cannot use the product")
    String severity1Meaning();

    @Message("major: a core feature is broken or degraded for many")
    String severity2Meaning();

    @Message("minor: a feature is degraded for some")
    String severity3Meaning();

    @Message("low: no customer impact yet")
    String severity4Meaning();
}
