package io.warroom.runbook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.i18n.Language;
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
                    summary(found, plan, outcome, RunRequests.said(incident), incident.language)));
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
            RunbookMessages said = RunRequests.said(incident);
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.RUNBOOK, said.lostEntry(
                    said.label(found.action, found.service), found.id)));
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

    /** The timeline entry for a finished run, in the incident's language. */
    static String summary(RunbookRun run, RunPlan plan, RunOutcome outcome, RunbookMessages said, Language language) {
        String took = took(outcome.duration(), language);
        String label = said.label(run.action, run.service);
        String confirmedBy = String.valueOf(run.confirmedBy);
        String who = run.decidedBy == null ? said.resultWho(run.id, confirmedBy)
                : said.resultWhoApproved(run.id, confirmedBy, run.decidedBy.toString());
        String code = outcome.code() == null ? "" : plan instanceof RunPlan.HttpPlan ? "HTTP " + outcome.code()
                : "exit " + outcome.code();
        String head;
        if (outcome.succeeded()) {
            head = said.resultSucceeded(label, took, code, who);
        } else if (outcome.timedOut()) {
            head = plan instanceof RunPlan.CommandPlan ? said.resultTimedOutStopped(label, took, outcome.killed(), who)
                    : said.resultTimedOut(label, took, who);
        } else if (outcome.code() == null) {
            head = said.resultIncomplete(label, String.valueOf(outcome.error()), who);
        } else {
            head = said.resultFailed(label, took, code, who);
        }
        if (outcome.code() != null && outcome.killed() > 0) {
            head += "\n" + said.resultLeftProcesses(outcome.killed());
        }
        String output = outcome.output() == null || outcome.output().isBlank() ? "\n" + said.resultNoOutput()
                : "\n" + said.resultOutput() + "\n```\n" + outcome.output().replace("```", "'''") + "\n```";
        return head + output;
    }

    /** Short runs in ms or s (the same in every language); longer ones as a duration in the language. */
    static String took(Duration duration, Language language) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        return IncidentText.duration(duration, language);
    }

    private static String clip(String text) {
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
