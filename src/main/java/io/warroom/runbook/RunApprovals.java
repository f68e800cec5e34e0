package io.warroom.runbook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.access.Identities;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.reply.ApprovalButtons;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Four eyes: a confirmed run of an action with {@code approvals: 1} waits until another person with rights to run it
 * approves. Approval is checked when it is given (rights now, a different human than whoever asked or confirmed,
 * across their Slack, Discord and web identities), and the run's row is locked so two approvers start it once.
 * Every step is on the timeline; refusals are answered and recorded, not thrown, so the record commits.
 */
@ApplicationScoped
public class RunApprovals {

    @Inject
    RunRequests requests;

    @Inject
    RunbookCatalog catalog;

    @Inject
    RunPermissions permissions;

    @Inject
    RunbookConfig config;

    @Inject
    WarroomConfig warroom;

    @Inject
    OnCallSchedules schedules;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    /** Puts a just-confirmed run up for approval and asks the room, with Approve and Deny buttons. */
    Reply await(Incident incident, RunbookRun run, RunbookAction action, RunPlan plan, Person confirmer,
            Instant now) {
        Duration within = action.approvalTimeout() != null ? action.approvalTimeout() : config.approvalTimeout();
        run.status = RunbookRun.Status.AWAITING_APPROVAL;
        run.confirmedBy = confirmer;
        run.expiresAt = now.plus(within);
        String asked = Identities.samePerson(run.requestedBy, confirmer, schedules.current())
                ? "requested by " + confirmer : "requested by " + run.requestedBy + ", confirmed by " + confirmer;
        String until = time(run.expiresAt);
        timeline.recordOnce(incident, confirmer, new IncidentEvent(TimelineKind.RUNBOOK, "🔐 " + label(run)
                + " needs another person's approval (" + asked + "): it would run " + plan.describe()
                + ". Anyone else with rights to run it may approve with `run approve " + run.id + "` or deny with `run "
                + "deny " + run.id + " [reason]` until " + until + "."), now, ApprovalButtons.dedupKey(run.id));
        return Reply.ok(label(run) + " needs another person's approval before it runs; the room was asked. Nothing "
                + "runs unless someone else with rights approves it by " + until + ".");
    }

    public Reply approve(Incident incident, Person actor, boolean adminCredential, boolean apiToken, long runId,
            Instant now) {
        Optional<RunbookRun> found = awaiting(incident, runId);
        if (found.isEmpty()) {
            return notAwaiting(incident, runId);
        }
        RunbookRun run = found.get();
        String refusedTo = "Refused to approve " + label(run) + ": ";
        if (apiToken) {
            return requests.refused(incident, actor, refusedTo + "an approval must come from a person Slack, Discord "
                    + "or a web sign-in vouched for; the API token acts for whoever its call names.");
        }
        if (Identities.samePerson(run.requestedBy, actor, schedules.current())
                || Identities.samePerson(run.confirmedBy, actor, schedules.current())) {
            return requests.refused(incident, actor, refusedTo + actor + " requested this run; another person with "
                    + "rights to run it must approve it.");
        }
        Optional<Reply> gone = expiredOrGone(incident, run, now);
        if (gone.isPresent()) {
            return gone.get();
        }
        RunbookAction action = catalog.current().action(run.service, run.action).orElseThrow();
        Optional<String> refusal = permissions.refusal(action, incident, actor, adminCredential, now);
        if (refusal.isPresent()) {
            return requests.refused(incident, actor, refusedTo + refusal.get());
        }
        Optional<RunPlan> plan = requests.unchangedPlan(run, action, incident);
        if (plan.isEmpty()) {
            return requests.stale(run);
        }
        Optional<Reply> busy = requests.busy(run);
        if (busy.isPresent()) {
            return busy.get();
        }
        run.decidedBy = actor;
        run.decidedAt = now;
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK, "👍 " + label(run) + " approved by "
                + actor + " (requested by " + run.requestedBy + ")."));
        requests.start(incident, run, plan.get(), actor, now, RunRequests.said(incident)
                .confirmedAndApprovedBy(String.valueOf(run.confirmedBy), actor.toString()));
        return Reply.ok("Approved " + label(run) + ": it started. Its output and result will be posted in the room "
                + "and on the timeline.");
    }

    public Reply deny(Incident incident, Person actor, boolean adminCredential, long runId, String reason,
            Instant now) {
        Optional<RunbookRun> found = awaiting(incident, runId);
        if (found.isEmpty()) {
            return notAwaiting(incident, runId);
        }
        RunbookRun run = found.get();
        Optional<Reply> gone = expiredOrGone(incident, run, now);
        if (gone.isPresent()) {
            return gone.get();
        }
        RunbookAction action = catalog.current().action(run.service, run.action).orElseThrow();
        boolean requester = Identities.samePerson(run.requestedBy, actor, schedules.current())
                || Identities.samePerson(run.confirmedBy, actor, schedules.current());
        Optional<String> refusal = permissions.refusal(action, incident, actor, adminCredential, now);
        if (refusal.isPresent() && !requester) {
            return requests.refused(incident, actor, "Refused to deny " + label(run) + ": " + refusal.get());
        }
        run.status = RunbookRun.Status.DENIED;
        run.decidedBy = actor;
        run.decidedAt = now;
        run.denialReason = reason;
        String why = reason == null ? "" : ": " + reason;
        String who = requester ? "withdrawn by " + actor + ", who requested it" : "denied by " + actor;
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK, "🚫 " + label(run) + " " + who
                + why + ". Nothing ran."));
        return Reply.ok("Denied " + label(run) + "; nothing ran.");
    }

    /** Marks a run nobody approved in time, once, and says so in the room. */
    public void expire(long runId, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            RunbookRun found = em.find(RunbookRun.class, runId);
            if (found == null) {
                return;
            }
            Incident incident = incidents.lock(found.incidentNumber);
            em.refresh(found);
            if (found.status == RunbookRun.Status.AWAITING_APPROVAL && now.isAfter(found.expiresAt)) {
                markExpired(incident, found);
            }
        });
    }

    private Optional<RunbookRun> awaiting(Incident incident, long runId) {
        // The row lock makes a second approver wait and then see the first one's decision.
        RunbookRun run = em.find(RunbookRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.incidentNumber != incident.number
                || run.status != RunbookRun.Status.AWAITING_APPROVAL) {
            return Optional.empty();
        }
        return Optional.of(run);
    }

    private Reply notAwaiting(Incident incident, long runId) {
        RunbookRun run = em.find(RunbookRun.class, runId);
        if (run == null || run.incidentNumber != incident.number) {
            return Reply.error(Reply.Outcome.NOT_FOUND, incident.key() + " has no run #" + runId + ".");
        }
        String state = switch (run.status) {
            case PENDING -> "is not confirmed yet; whoever asked for it confirms it first";
            case DENIED -> "was denied by " + run.decidedBy + (run.denialReason == null ? ""
                    : " (" + run.denialReason + ")");
            case APPROVAL_EXPIRED -> "expired unapproved at " + time(run.expiresAt);
            default -> run.decidedBy != null ? "was already approved by " + run.decidedBy + " and "
                    + run.status.phrase() : run.status.phrase() + " and needs no approval";
        };
        return Reply.error(Reply.Outcome.CONFLICT, label(run) + " " + state + ". Ask again with `run " + run.action
                + " " + run.service + "` to run it again.");
    }

    /** Answers and records a run that can no longer be decided on: expired, or its action left the file. */
    private Optional<Reply> expiredOrGone(Incident incident, RunbookRun run, Instant now) {
        if (now.isAfter(run.expiresAt)) {
            markExpired(incident, run);
            return Optional.of(Reply.error(Reply.Outcome.CONFLICT, label(run) + " expired unapproved at "
                    + time(run.expiresAt) + "; nothing ran. Ask again with `run " + run.action + " " + run.service
                    + "`."));
        }
        if (incident.isClosed() || catalog.current().action(run.service, run.action).isEmpty()) {
            run.status = RunbookRun.Status.STALE;
            return Optional.of(Reply.error(Reply.Outcome.CONFLICT, (incident.isClosed() ? incident.key()
                    + " was closed" : run.label() + " is no longer in the runbooks file") + "; nothing ran."));
        }
        return Optional.empty();
    }

    private void markExpired(Incident incident, RunbookRun run) {
        run.status = RunbookRun.Status.APPROVAL_EXPIRED;
        timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.RUNBOOK, "⌛ " + label(run)
                + " expired at " + time(run.expiresAt) + " without approval; nothing ran. Ask again with `run "
                + run.action + " " + run.service + "`."));
    }

    private String time(Instant instant) {
        return IncidentText.time(instant, warroom.timeZone());
    }

    private static String label(RunbookRun run) {
        return "Run #" + run.id + " (" + run.label() + ")";
    }
}
