package io.warroom.oncall;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What {@code /incident oncall} answers: who is on call, who is next, and how it escalates. */
@MessageBundle("oncall")
public interface OnCallMessages {

    @Message("No on-call schedule is configured: set WARROOM_ONCALL_FILE to the schedule's YAML file (see "
            + "docs/oncall-and-runbooks.md).")
    String notConfigured();

    @Message("The on-call file lists no teams.")
    String noTeams();

    @Message("No team in the on-call file lists service `{service}`. Teams: {teams}.")
    String noTeamFor(String service, String teams);

    @Message("No team lists `{service}`; the default team answers.")
    String defaultTeamAnswers(String service);

    @Message("On call for {team}{#if services} ({services}){/if}:")
    String heading(String team, String services);

    @Message("• {rotation}: {person}{#if override} (override){/if} until {until}, then {next}"
            + "{#if nextOverride} (override){/if}")
    String shift(String rotation, String person, boolean override, String until, String next, boolean nextOverride);

    @Message("Escalation: {chain}{#if repeat == 1} (repeated once){#else if repeat > 1} (repeated {repeat} times){/if}")
    String escalation(String chain, int repeat);

    /** How the end of a shift is written, as a java.time pattern. */
    @Message("EEE d MMM HH:mm")
    String whenPattern();
}
