package io.warroom.runbook;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What rollbacks and runbook runs say in chat and on the timeline. */
@MessageBundle("runbook")
public interface RunbookMessages {

    @Message("the last change")
    String lastChange();

    @Message("the last change to {service}")
    String lastChangeTo(String service);

    @Message("this incident")
    String thisIncident();

    @Message("Roll back {target}?")
    String rollbackAsk(String target);

    @Message("Roll back {key}?")
    String rollbackTitle(String key);

    @Message("No rollback runbook is configured for {scope}. Confirming records a rollback request for {target} on "
            + "the timeline and in the room, for whoever rolls back by hand.")
    String rollbackByHand(String scope, String target);

    @Message("Request rollback")
    String rollbackButton();

    @Message("Rollback of {target} requested by {actor}")
    String rollbackRequestedEntry(String target, String actor);

    @Message("Rollback of {target} requested; no rollback runbook is configured, so nothing ran. It is on the "
            + "timeline.")
    String rollbackRequested(String target);

    @Message("{action} on {service}")
    String label(String action, String service);

    @Message("This runs {plan} for {key} ({title}), as run #{run}. Output and result go to the room and the "
            + "timeline. Valid until {until}.")
    String confirmText(String plan, String key, String title, long run, String until);

    @Message("Run {label} for {key}? Confirm to start run #{run}.")
    String confirmAsk(String label, String key, long run);

    @Message("Run {action}?")
    String confirmTitle(String action);

    @Message("Run {action}")
    String confirmButton(String action);

    @Message("confirmed by {actor}")
    String confirmedBy(String actor);

    @Message("confirmed by {confirmed}, approved by {approver}")
    String confirmedAndApprovedBy(String confirmed, String approver);

    @Message("▶️ Running {label} (run #{run}), {how}: {plan}")
    String runningEntry(String label, long run, String how, String plan);

    @Message("Started {label} (run #{run}). Its output and result will be posted in the room and on the timeline.")
    String started(String label, long run);

    @Message("{label} is already running (run #{other}, confirmed by {by}); wait for its result.")
    String alreadyRunning(String label, long other, String by);

    @Message("{key} is closed; runbook actions need an incident that is not.")
    String incidentClosed(String key);

    @Message("Refused to start {label}: {why}")
    String refusedToStart(String label, String why);

    @Message("`{argv}` (no shell) in {dir}{env}; timeout {timeout}")
    String commandPlan(String argv, String dir, String env, String timeout);

    @Message(" with {env}")
    String commandPlanEnv(String env);

    @Message("`{method} {url}`{headers}{body}; timeout {timeout}")
    String httpPlan(String method, String url, String headers, String body, String timeout);

    @Message(" with headers {headers}")
    String httpPlanHeaders(String headers);

    @Message(" and body `{body}`")
    String httpPlanBody(String body);
}
