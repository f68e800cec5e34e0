package io.warroom.command;

import io.warroom.i18n.Language;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** A parsed {@code /incident} subcommand, the same whichever surface it was typed on. */
public sealed interface Command {

    /** started null means impact began when the incident is opened, as far as anyone knows. */
    record Open(String title, Severity severity, String service, String description, BackfillTime started)
            implements Command {

        public Open(String title, Severity severity, String service, String description) {
            this(title, severity, service, description, null);
        }
    }

    record Status() implements Command {
    }

    record ListIncidents(boolean all) implements Command {
    }

    /** service null means the incident's service in its room, or every team elsewhere. */
    record OnCall(String service) implements Command {
    }

    record Acknowledge() implements Command {
    }

    record SetSeverity(Severity severity) implements Command {
    }

    record JumpToPhase(Phase phase) implements Command {
    }

    record NextPhase() implements Command {
    }

    record Back(String reason) implements Command {
    }

    record AssignRole(Role role, UserRef user) implements Command {
    }

    /** phase null means the incident's current phase. */
    record Check(Phase phase, int position, boolean done) implements Command {
    }

    /** at null means now. */
    record Note(String text, BackfillTime at) implements Command {
    }

    /** published: shown on the public status page too; only updates marked so ever are. */
    record Update(String text, boolean published) implements Command {

        public Update(String text) {
            this(text, false);
        }
    }

    /** Makes an update already posted (its timeline entry id) public, as the chat echo's button does. */
    record PublishUpdate(long entryId) implements Command {
    }

    record AddWhy(String text) implements Command {
    }

    record AddAction(String text, UserRef owner, LocalDate due, String trackerUrl) implements Command {
    }

    record CompleteAction(int number) implements Command {
    }

    /** Files the action item in the tracker serving the incident's service or team. */
    record FileAction(int number) implements Command {
    }

    record Impact(String text) implements Command {
    }

    /** When the impact began, earlier than detection. */
    record Started(BackfillTime at) implements Command {
    }

    record AddLink(String url, String label) implements Command {
    }

    record Trigger(String text) implements Command {
    }

    /** A better title than the one the incident was opened with. */
    record Retitle(String title) implements Command {
    }

    /** service null clears it: the service is not known after all. */
    record SetService(String service) implements Command {
    }

    /** Earlier incidents that look like this one, searched for again. */
    record Similar() implements Command {
    }

    record Learned(io.warroom.incident.Lesson.Kind kind, String text) implements Command {
    }

    /** Unconfirmed, it asks; confirmed, it runs. */
    record Rollback(boolean confirmed) implements Command {
    }

    /**
     * Asks to run a runbook action; it runs only once confirmed. action null lists the actions; service null means
     * the incident's service. Parameter values are raw text here: the runbook validates them.
     */
    record Run(String action, String service, Map<String, String> parameters) implements Command {
    }

    /** Confirms the run a confirmation showed; the code ties it to exactly what was shown. */
    record ConfirmRun(long runId, String code) implements Command {
    }

    /** Approves a confirmed run that needs another person's approval (four eyes). */
    record ApproveRun(long runId) implements Command {
    }

    /** Refuses a run waiting for approval; reason may be null. */
    record DenyRun(long runId, String reason) implements Command {
    }

    /** Pauses status-update reminders; Duration.ZERO turns them back on. */
    record Snooze(Duration duration) implements Command {
    }

    record Resolve(String summary) implements Command {
    }

    record Close() implements Command {
    }

    /** language null: the incident's own. */
    record Postmortem(Language language) implements Command {
    }

    record Help(String topic) implements Command {
    }
}
