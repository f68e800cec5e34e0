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
        RunbookMessages said = RunRequests.said(incident);
        String asked = Identities.samePerson(run.requestedBy, confirmer, schedules.current())
                ? said.requestedBy(confirmer.toString())
                : said.requestedAndConfirmedBy(run.requestedBy.toString(), confirmer.toString());
        String until = time(run.expiresAt);
        timeline.recordOnce(incident, confirmer, new IncidentEvent(TimelineKind.RUNBOOK, said.approvalEntry(
                label(run, said), asked, plan.describe(said), run.id, until)), now, ApprovalButtons.dedupKey(run.id));
        return Reply.ok(said.approvalAsked(label(run, said), until));
    }

    public Reply approve(Incident incident, Person actor, boolean adminCredential, boolean apiToken, long runId,
            Instant now) {
        Optional<RunbookRun> found = awaiting(incident, runId);
        if (found.isEmpty()) {
            return notAwaiting(incident, runId);
        }
        RunbookRun run = found.get();
        RunbookMessages said = RunRequests.said(incident);
        String label = label(run, said);
        if (apiToken) {
            return requests.refused(incident, actor, said.refusedToApprove(label, said.approvalNeedsPerson()));
        }
        if (Identities.samePerson(run.requestedBy, actor, schedules.current())
                || Identities.samePerson(run.confirmedBy, actor, schedules.current())) {
            return requests.refused(incident, actor, said.refusedToApprove(label,
                    said.approverRequested(actor.toString())));
        }
        Optional<Reply> gone = expiredOrGone(incident, run, now);
        if (gone.isPresent()) {
            return gone.get();
        }
        RunbookAction action = catalog.current().action(run.service, run.action).orElseThrow();
        Optional<String> refusal = permissions.refusal(action, incident, actor, adminCredential, now);
        if (refusal.isPresent()) {
            return requests.refused(incident, actor, said.refusedToApprove(label, refusal.get()));
        }
        Optional<RunPlan> plan = requests.unchangedPlan(run, action, incident);
        if (plan.isEmpty()) {
            return requests.stale(run, said);
        }
        Optional<Reply> busy = requests.busy(run, said);
        if (busy.isPresent()) {
            return busy.get();
        }
        run.decidedBy = actor;
        run.decidedAt = now;
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK, said.approvedEntry(label,
                actor.toString(), String.valueOf(run.requestedBy))));
        requests.start(incident, run, plan.get(), actor, now, said.confirmedAndApprovedBy(
                String.valueOf(run.confirmedBy), actor.toString()));
        return Reply.ok(said.approved(label));
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
        RunbookMessages said = RunRequests.said(incident);
        String label = label(run, said);
        if (refusal.isPresent() && !requester) {
            return requests.refused(incident, actor, said.refusedToDeny(label, refusal.get()));
        }
        run.status = RunbookRun.Status.DENIED;
        run.decidedBy = actor;
        run.decidedAt = now;
        run.denialReason = reason;
        String entry = requester ? said.withdrawnEntry(label, actor.toString(), reason)
                : said.deniedEntry(label, actor.toString(), reason);
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK, entry));
        return Reply.ok(said.denied(label));
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
        RunbookMessages said = RunRequests.said(incident);
        RunbookRun run = em.find(RunbookRun.class, runId);
        if (run == null || run.incidentNumber != incident.number) {
            return Reply.error(Reply.Outcome.NOT_FOUND, said.noSuchRun(incident.key(), runId));
        }
        String state = switch (run.status) {
            case PENDING -> said.stateNotConfirmed();
            case DENIED -> said.stateDeniedBy(String.valueOf(run.decidedBy), run.denialReason);
            case APPROVAL_EXPIRED -> said.stateExpiredUnapprovedAt(time(run.expiresAt));
            default -> run.decidedBy != null ? said.stateApprovedAnd(run.decidedBy.toString(), run.status.phrase(said))
                    : said.stateNeedsNoApproval(run.status.phrase(said));
        };
        return Reply.error(Reply.Outcome.CONFLICT, said.notAwaiting(label(run, said), state, run.action,
                run.service));
    }

    /** Answers and records a run that can no longer be decided on: expired, or its action left the file. */
    private Optional<Reply> expiredOrGone(Incident incident, RunbookRun run, Instant now) {
        RunbookMessages said = RunRequests.said(incident);
        if (now.isAfter(run.expiresAt)) {
            markExpired(incident, run);
            return Optional.of(Reply.error(Reply.Outcome.CONFLICT, said.expiredUnapproved(label(run, said),
                    time(run.expiresAt), run.action, run.service)));
        }
        if (incident.isClosed() || catalog.current().action(run.service, run.action).isEmpty()) {
            run.status = RunbookRun.Status.STALE;
            return Optional.of(Reply.error(Reply.Outcome.CONFLICT, incident.isClosed()
                    ? said.closedNothingRan(incident.key())
                    : said.noLongerInFile(said.label(run.action, run.service))));
        }
        return Optional.empty();
    }

    private void markExpired(Incident incident, RunbookRun run) {
        run.status = RunbookRun.Status.APPROVAL_EXPIRED;
        RunbookMessages said = RunRequests.said(incident);
        timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.RUNBOOK, said.expiredEntry(
                label(run, said), time(run.expiresAt), run.action, run.service)));
    }

    private String time(Instant instant) {
        return IncidentText.time(instant, warroom.timeZone());
    }

    private static String label(RunbookRun run, RunbookMessages said) {
        return said.runLabel(run.id, said.label(run.action, run.service));
    }
}
