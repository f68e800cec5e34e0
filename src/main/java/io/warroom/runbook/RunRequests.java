package io.warroom.runbook;

import io.warroom.i18n.Bundles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.command.CommandFailedException;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentRuleException;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Asks for and confirms runbook runs, inside the command's transaction. Asking stores a pending run and answers
 * with a confirmation naming exactly what will run; the confirm command carries the run's number and a hash of that
 * plan, so it can start only that run, only once, and only while the plan is unchanged. Refusals are answered and
 * recorded on the timeline (returned, not thrown, so the record commits).
 */
@ApplicationScoped
public class RunRequests {

    private static final int CODE_LENGTH = 16;
    private static final int TITLE_MAX = 24;

    @Inject
    RunbookCatalog catalog;

    @Inject
    RunPermissions permissions;

    @Inject
    RunbookConfig config;

    @Inject
    WarroomConfig warroom;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<RunConfirmed> confirmed;

    @Inject
    RunApprovals approvals;

    private final RunPlanner planner = RunPlanner.fromSystemEnvironment();

    /** Whether `rollback` on this incident means a runbook action. */
    public Optional<RunbookAction> rollbackOf(Incident incident) {
        return catalog.current().action(incident.service, RunbookAction.ROLLBACK);
    }

    /** Shows what would run and asks to confirm; nothing runs here. */
    public Reply request(Incident incident, Person actor, boolean adminCredential, String serviceName, String actionName,
            Map<String, String> parameters, Instant now) {
        RunbookMessages said = said(incident);
        requireConfigured(said);
        if (incident.isClosed()) {
            throw new IncidentRuleException(said.incidentClosed(incident.key()));
        }
        String service = serviceOf(incident, serviceName);
        Runbooks runbooks = catalog.current();
        if (runbooks.actions(service).isEmpty()) {
            return noRunbook(service, runbooks, said);
        }
        Optional<RunbookAction> found = runbooks.action(service, actionName);
        if (found.isEmpty()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, said.noSuchAction(runbooks.service(service).orElse(service),
                    actionName, String.join(", ", runbooks.actions(service).stream().map(RunbookAction::name)
                            .toList())));
        }
        RunbookAction action = found.get();
        Optional<String> refusal = permissions.refusal(action, incident, actor, adminCredential, now);
        if (refusal.isPresent()) {
            return refused(incident, actor, said.refusedToStart(said.label(action.name(), action.service()),
                    refusal.get()));
        }
        RunPlan plan = plan(action, incident, parameters, actor);
        RunbookRun run = new RunbookRun();
        run.incidentNumber = incident.number;
        run.service = action.service();
        run.action = action.name();
        run.parameters = toJson(RunPlanner.parameters(action, parameters));
        run.planText = clip(plan.describe(), 4000);
        run.planHash = "-";
        run.status = RunbookRun.Status.PENDING;
        run.requestedBy = actor;
        run.requestedAt = now;
        run.expiresAt = now.plus(config.confirmWithin());
        run.timeoutMillis = plan.timeout().toMillis();
        em.persist(run);
        em.flush();
        run.planHash = hash(run, plan);
        String text = said.confirmText(plan.describe(said), incident.key(), incident.title, run.id,
                IncidentText.time(run.expiresAt, warroom.timeZone()));
        return Reply.ok(said.confirmAsk(said.label(action.name(), action.service()), incident.key(), run.id))
                .withConfirmation(new Reply.Confirmation(clip(said.confirmTitle(action.name()), TITLE_MAX), text,
                        clip(said.confirmButton(action.name()), TITLE_MAX),
                        "run confirm " + run.id + " " + run.planHash));
    }

    /** Starts a confirmed run after its checks: same incident, exact code, in time, allowed, plan unchanged. */
    public Reply confirm(Incident incident, Person actor, boolean adminCredential, long runId, String code,
            Instant now) {
        RunbookMessages said = said(incident);
        RunbookRun run = em.find(RunbookRun.class, runId);
        if (run == null || run.incidentNumber != incident.number) {
            return Reply.error(Reply.Outcome.NOT_FOUND, said.noSuchRun(incident.key(), runId));
        }
        if (incident.isClosed() && run.status == RunbookRun.Status.PENDING) {
            run.status = RunbookRun.Status.STALE;
            return Reply.error(Reply.Outcome.CONFLICT, said.closedSinceConfirmation(incident.key()));
        }
        String label = said.label(run.action, run.service);
        if (run.status != RunbookRun.Status.PENDING) {
            String state = run.status.phrase(said);
            return Reply.error(Reply.Outcome.CONFLICT, run.confirmedBy == null
                    ? said.notPending(run.id, label, state, run.action, run.service)
                    : said.notPendingConfirmed(run.id, label, run.confirmedBy.toString(), state, run.action,
                            run.service));
        }
        byte[] expected = run.planHash.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), expected)) {
            return refused(incident, actor, said.codeMismatch(run.id, label, actor.toString()));
        }
        if (now.isAfter(run.expiresAt)) {
            run.status = RunbookRun.Status.EXPIRED;
            return Reply.error(Reply.Outcome.CONFLICT, said.confirmationExpired(run.id, label,
                    IncidentText.time(run.expiresAt, warroom.timeZone()), run.action, run.service));
        }
        Optional<RunbookAction> action = catalog.current().action(run.service, run.action);
        if (action.isEmpty()) {
            run.status = RunbookRun.Status.STALE;
            return Reply.error(Reply.Outcome.CONFLICT, said.noLongerInFile(label));
        }
        Optional<String> refusal = permissions.refusal(action.get(), incident, actor, adminCredential, now);
        if (refusal.isPresent()) {
            return refused(incident, actor, said.refusedToStartRun(run.id, label, refusal.get()));
        }
        Optional<RunPlan> plan = unchangedPlan(run, action.get(), incident);
        if (plan.isEmpty()) {
            return stale(run, said);
        }
        if (action.get().needsApproval()) {
            return approvals.await(incident, run, action.get(), plan.get(), actor, now);
        }
        return start(incident, run, plan.get(), actor, now, said.confirmedBy(actor.toString()));
    }

    /** The plan the run was confirmed with, re-derived now; empty when the file or the incident changed it. */
    Optional<RunPlan> unchangedPlan(RunbookRun run, RunbookAction action, Incident incident) {
        RunPlan plan;
        try {
            plan = plan(action, incident, fromJson(run.parameters), run.requestedBy);
        } catch (UsageException e) {
            return Optional.empty();
        }
        return hash(run, plan).equals(run.planHash) ? Optional.of(plan) : Optional.empty();
    }

    Reply stale(RunbookRun run, RunbookMessages said) {
        run.status = RunbookRun.Status.STALE;
        return Reply.error(Reply.Outcome.CONFLICT, said.planChanged(run.id, run.action, run.service));
    }

    /** Marks the run running and hands it to a worker after commit; unless the same action is running already. */
    Reply start(Incident incident, RunbookRun run, RunPlan plan, Person actor, Instant now, String how) {
        RunbookMessages said = said(incident);
        Optional<Reply> busy = busy(run, said);
        if (busy.isPresent()) {
            return busy.get();
        }
        run.status = RunbookRun.Status.RUNNING;
        if (run.confirmedBy == null) {
            run.confirmedBy = actor;
        }
        run.startedAt = now;
        String label = said.label(run.action, run.service);
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK,
                said.runningEntry(label, run.id, how, plan.describe(said))));
        confirmed.fire(new RunConfirmed(run.id, plan));
        return Reply.ok(said.started(label, run.id));
    }

    /** The answer when the run's action is running already: one run of an action at a time. */
    Optional<Reply> busy(RunbookRun run, RunbookMessages said) {
        return running(run).map(other -> Reply.error(Reply.Outcome.CONFLICT, said.alreadyRunning(
                said.label(run.action, run.service), other.id, String.valueOf(other.confirmedBy))));
    }

    private Optional<RunbookRun> running(RunbookRun run) {
        return em.createQuery("from RunbookRun r where r.status = :s and r.service = :service and r.action = :action",
                RunbookRun.class).setParameter("s", RunbookRun.Status.RUNNING).setParameter("service", run.service)
                .setParameter("action", run.action).setMaxResults(1).getResultStream().findFirst();
    }

    private RunPlan plan(RunbookAction action, Incident incident, Map<String, String> parameters, Person requestedBy) {
        try {
            return planner.plan(action, incident, parameters, requestedBy);
        } catch (PlanException e) {
            if (e.badInput()) {
                // The usage bundle has no runbook texts: the incident's language is known here, so say it now.
                String said = e.localized().map(text -> text.apply(said(incident))).orElse(null);
                throw new UsageException(e.getMessage(), Verb.RUN, said == null ? null : m -> said);
            }
            throw new CommandFailedException(e.getMessage());
        }
    }

    /** The runbook texts in the incident's language. */
    static RunbookMessages said(Incident incident) {
        return Bundles.in(RunbookMessages.class, incident.language);
    }

    Reply refused(Incident incident, Person actor, String text) {
        timeline.record(incident, actor, new IncidentEvent(TimelineKind.RUNBOOK, "⛔ " + text));
        return Reply.error(Reply.Outcome.REFUSED, text);
    }

    void requireConfigured(RunbookMessages said) {
        if (!catalog.configured()) {
            throw new CommandFailedException(said.notConfigured());
        }
    }

    static String serviceOf(Incident incident, String serviceName) {
        String service = serviceName != null ? serviceName : incident.service;
        if (service == null) {
            throw new UsageException(incident.key() + " names no service; name it: `run <action> <service>`.",
                    Verb.RUN, m -> said(incident).noService(incident.key()));
        }
        return service;
    }

    static Reply noRunbook(String service, Runbooks runbooks, RunbookMessages said) {
        return Reply.error(Reply.Outcome.NOT_FOUND, runbooks.services().isEmpty() ? said.noRunbookNoneListed(service)
                : said.noRunbook(service, String.join(", ", runbooks.services().keySet())));
    }

    /** Binds the code to this run, this incident and this exact plan. */
    static String hash(RunbookRun run, RunPlan plan) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((run.id + "\n" + run.incidentNumber + "\n" + plan.canonical())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, CODE_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String parameters) {
        try {
            return json.readValue(parameters, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
