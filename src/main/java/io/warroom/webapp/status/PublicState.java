package io.warroom.webapp.status;

import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Phase;
import java.util.Locale;

/** The incident states users know from hosted status pages, read from Warroom's six phases. */
public enum PublicState {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    /**
     * Detect and Triage look for the cause; in Mitigate it is known and being fixed; RCA and Recover come after the
     * bleeding stopped, so the fix is watched; Postmortem starts when the impact is over.
     */
    public static PublicState of(Phase phase) {
        return switch (phase) {
            case DETECT, TRIAGE -> INVESTIGATING;
            case MITIGATE -> IDENTIFIED;
            case RCA, RECOVER -> MONITORING;
            case POSTMORTEM -> RESOLVED;
        };
    }

    /** A resolved or closed incident is resolved whatever its phase; an open one is where its phase says. */
    public static PublicState of(IncidentStatus status, Phase phase) {
        return status == IncidentStatus.OPEN ? of(phase) : RESOLVED;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
