package io.warroom.runbook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.reply.IncidentText;
import io.warroom.incident.ChecklistKeys;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes how a run ended, in a transaction of its own once the run is over: on the run's record, and on the timeline
 * (which posts it in the room). A successful rollback ticks "stop the bleeding".
 */
@ApplicationScoped
public class RunResults {

    private static final int ERROR_MAX = 1000;

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    public void record(long runId, RunPlan plan, RunOutcome given) {
        // Runners mask what they return; masked again here so no path to the record can skip it.
        SecretMask mask = new SecretMask(plan.secrets());
        RunOutcome outcome = new RunOutcome(given.succeeded(), given.timedOut(), given.code(), given.duration(),
                mask.apply(given.output()), given.killed(), mask.apply(given.error()));
        RunbookRun.Status ended = QuarkusTransaction.requiringNew().call(() -> {
            RunbookRun found = em.find(RunbookRun.class, runId);
            if (found == null) {
                return null;
            }
            Incident incident = incidents.lock(found.incidentNumber);
            em.refresh(found);
            if (found.status != RunbookRun.Status.RUNNING) {
                return null;
            }
            Instant now = clock.instant();
            found.status = outcome.succeeded() ? RunbookRun.Status.SUCCEEDED
                    : outcome.timedOut() ? RunbookRun.Status.TIMED_OUT : RunbookRun.Status.FAILED;
            found.finishedAt = now;
            found.exitCode = outcome.code();
            found.durationMillis = outcome.duration().toMillis();
            found.outputTail = outcome.output();
            found.error = outcome.error() == null ? null : clip(outcome.error());
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.RUNBOOK,
                    summary(found, plan, outcome)));
            if (outcome.succeeded() && plan.action().stopsBleeding()) {
                ResponseRules.tickByKey(incident, ChecklistKeys.STOP_BLEEDING, found.confirmedBy, now)
                        .ifPresent(event -> timeline.record(incident, found.confirmedBy, event));
            }
            return found.status;
        });
        count(ended);
    }

    /** Marks runs a restart interrupted, so nobody waits for a result that will never come. */
    public void lost(long runId) {
        RunbookRun.Status ended = QuarkusTransaction.requiringNew().call(() -> {
            RunbookRun found = em.find(RunbookRun.class, runId);
            if (found == null) {
                return null;
            }
            Incident incident = incidents.lock(found.incidentNumber);
            em.refresh(found);
            if (found.status != RunbookRun.Status.RUNNING) {
                return null;
            }
            found.status = RunbookRun.Status.LOST;
            found.finishedAt = clock.instant();
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.RUNBOOK, "⚠️ Warroom lost track "
                    + "of " + found.label() + " (run #" + found.id + "), most likely because it restarted while the "
                    + "run was going; check its result by hand."));
            return found.status;
        });
        count(ended);
    }

    /** Runs that ran, by how they ended (succeeded, failed, timed_out, lost), once the ending is committed. */
    private void count(RunbookRun.Status ended) {
        if (ended != null) {
            meters.counter("warroom.runbook.runs", "outcome", ended.name().toLowerCase(Locale.ROOT)).increment();
        }
    }

    static String summary(RunbookRun run, RunPlan plan, RunOutcome outcome) {
        String took = took(outcome.duration());
        String who = "run #" + run.id + ", confirmed by " + run.confirmedBy + (run.decidedBy == null ? ""
                : ", approved by " + run.decidedBy);
        String code = outcome.code() == null ? "" : plan instanceof RunPlan.HttpPlan ? "HTTP " + outcome.code()
                : "exit " + outcome.code();
        String head;
        if (outcome.succeeded()) {
            head = "✅ " + run.label() + " succeeded in " + took + " (" + code + "; " + who + ")";
        } else if (outcome.timedOut()) {
            head = "⏱ " + run.label() + " timed out after " + took + (plan instanceof RunPlan.CommandPlan
                    ? "; Warroom stopped it and its child processes (" + outcome.killed() + " in all)" : "") + " ("
                    + who + ")";
        } else if (outcome.code() == null) {
            head = "❌ " + run.label() + " did not complete: " + outcome.error() + " (" + who + ")";
        } else {
            head = "❌ " + run.label() + " failed in " + took + " (" + code + "; " + who + ")";
        }
        if (outcome.code() != null && outcome.killed() > 0) {
            head += "\nIt left " + outcome.killed() + (outcome.killed() == 1 ? " process" : " processes")
                    + " running, which Warroom stopped.";
        }
        String output = outcome.output() == null || outcome.output().isBlank() ? "\n(no output)"
                : "\nOutput:\n```\n" + outcome.output().replace("```", "'''") + "\n```";
        return head + output;
    }

    static String took(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        return IncidentText.duration(duration);
    }

    private static String clip(String text) {
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
