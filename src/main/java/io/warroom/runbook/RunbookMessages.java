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

    @Message("{service} has no runbook action `{action}`; its actions: {actions}.")
    String noSuchAction(String service, String action, String actions);

    @Message("{key} has no run #{run}.")
    String noSuchRun(String key, long run);

    @Message("{key} was closed after the confirmation was shown; nothing ran.")
    String closedSinceConfirmation(String key);

    @Message("Run #{run} ({label}) {state}; a confirmation starts its run once. Ask again with `run {action} "
            + "{service}` to run it again.")
    String notPending(long run, String label, String state, String action, String service);

    @Message("Run #{run} ({label}) was confirmed by {by} and {state}; a confirmation starts its run once. Ask again "
            + "with `run {action} {service}` to run it again.")
    String notPendingConfirmed(long run, String label, String by, String state, String action, String service);

    @Message("Refused to start run #{run} ({label}) for {actor}: the confirmation code does not match what was "
            + "shown. Use the confirmation Warroom gave.")
    String codeMismatch(long run, String label, String actor);

    @Message("The confirmation of run #{run} ({label}) expired at {at}; ask again with `run {action} {service}`.")
    String confirmationExpired(long run, String label, String at, String action, String service);

    @Message("{label} is no longer in the runbooks file; nothing ran.")
    String noLongerInFile(String label);

    @Message("Refused to start run #{run} ({label}): {why}")
    String refusedToStartRun(long run, String label, String why);

    @Message("What run #{run} would do changed since its confirmation was shown (the runbooks file or the incident "
            + "fields it uses); nothing ran. Ask again with `run {action} {service}` to see the new plan.")
    String planChanged(long run, String action, String service);

    @Message("No runbooks are configured: set WARROOM_RUNBOOKS_FILE to the runbooks YAML file (see "
            + "docs/oncall-and-runbooks.md).")
    String notConfigured();

    @Message("{key} names no service; name it: `run <action> <service>`.")
    String noService(String key);

    @Message("No runbook actions for service `{service}`; the runbooks file lists none.")
    String noRunbookNoneListed(String service);

    @Message("No runbook actions for service `{service}`; services with runbooks: {services}.")
    String noRunbook(String service, String services);

    @Message("Runbook actions for {service} (each asks to confirm first):")
    String listingHeading(String service);

    @Message("; needs another person's approval")
    String listingNeedsApproval();

    @Message("Run {action}")
    String listingButton(String action);

    @Message("{label} has no parameter `{name}`; {takes}")
    String noSuchParameter(String label, String name, String takes);

    @Message("{label} needs `{name}=…`; {takes}")
    String needsParameter(String label, String name, String takes);

    @Message("it takes no parameters.")
    String takesNothing();

    @Message("it takes {parameters}.")
    String takes(String parameters);

    @Message("Run #{run} ({label})")
    String runLabel(long run, String label);

    @Message("requested by {actor}")
    String requestedBy(String actor);

    @Message("requested by {requester}, confirmed by {confirmer}")
    String requestedAndConfirmedBy(String requester, String confirmer);

    @Message("🔐 {label} needs another person's approval ({asked}): it would run {plan}. Anyone else with rights to "
            + "run it may approve with `run approve {run}` or deny with `run deny {run} [reason]` until {until}.")
    String approvalEntry(String label, String asked, String plan, long run, String until);

    @Message("{label} needs another person's approval before it runs; the room was asked. Nothing runs unless someone "
            + "else with rights approves it by {until}.")
    String approvalAsked(String label, String until);

    @Message("Refused to approve {label}: {why}")
    String refusedToApprove(String label, String why);

    @Message("an approval must come from a person Slack, Discord or a web sign-in vouched for; the API token acts "
            + "for whoever its call names.")
    String approvalNeedsPerson();

    @Message("{actor} requested this run; another person with rights to run it must approve it.")
    String approverRequested(String actor);

    @Message("👍 {label} approved by {actor} (requested by {requester}).")
    String approvedEntry(String label, String actor, String requester);

    @Message("Approved {label}: it started. Its output and result will be posted in the room and on the timeline.")
    String approved(String label);

    @Message("Refused to deny {label}: {why}")
    String refusedToDeny(String label, String why);

    @Message("🚫 {label} withdrawn by {actor}, who requested it{#if reason}: {reason}{/if}. Nothing ran.")
    String withdrawnEntry(String label, String actor, String reason);

    @Message("🚫 {label} denied by {actor}{#if reason}: {reason}{/if}. Nothing ran.")
    String deniedEntry(String label, String actor, String reason);

    @Message("Denied {label}; nothing ran.")
    String denied(String label);

    @Message("is not confirmed yet; whoever asked for it confirms it first")
    String stateNotConfirmed();

    @Message("was denied by {by}{#if reason} ({reason}){/if}")
    String stateDeniedBy(String by, String reason);

    @Message("expired unapproved at {at}")
    String stateExpiredUnapprovedAt(String at);

    @Message("was already approved by {by} and {state}")
    String stateApprovedAnd(String by, String state);

    @Message("{state} and needs no approval")
    String stateNeedsNoApproval(String state);

    @Message("{label} {state}. Ask again with `run {action} {service}` to run it again.")
    String notAwaiting(String label, String state, String action, String service);

    @Message("{label} expired unapproved at {at}; nothing ran. Ask again with `run {action} {service}`.")
    String expiredUnapproved(String label, String at, String action, String service);

    @Message("{key} was closed; nothing ran.")
    String closedNothingRan(String key);

    @Message("⌛ {label} expired at {at} without approval; nothing ran. Ask again with `run {action} {service}`.")
    String expiredEntry(String label, String at, String action, String service);

    @Message("run #{run}, confirmed by {by}")
    String resultWho(long run, String by);

    @Message("run #{run}, confirmed by {by}, approved by {approver}")
    String resultWhoApproved(long run, String by, String approver);

    @Message("✅ {label} succeeded in {took} ({code}; {who})")
    String resultSucceeded(String label, String took, String code, String who);

    @Message("⏱ {label} timed out after {took} ({who})")
    String resultTimedOut(String label, String took, String who);

    @Message("⏱ {label} timed out after {took}; Warroom stopped it and its child processes ({killed} in all) ({who})")
    String resultTimedOutStopped(String label, String took, int killed, String who);

    @Message("❌ {label} did not complete: {error} ({who})")
    String resultIncomplete(String label, String error, String who);

    @Message("❌ {label} failed in {took} ({code}; {who})")
    String resultFailed(String label, String took, String code, String who);

    @Message("It left {killed} {#if killed == 1}process{#else}processes{/if} running, which Warroom stopped.")
    String resultLeftProcesses(int killed);

    @Message("(no output)")
    String resultNoOutput();

    @Message("Output:")
    String resultOutput();

    @Message("⚠️ Warroom lost track of {label} (run #{run}), most likely because it restarted while the run was going; "
            + "check its result by hand.")
    String lostEntry(String label, long run);

    @Message("is waiting for confirmation")
    String statePending();

    @Message("is waiting for approval")
    String stateAwaitingApproval();

    @Message("was denied")
    String stateDenied();

    @Message("expired unapproved")
    String stateApprovalExpired();

    @Message("is running")
    String stateRunning();

    @Message("has succeeded")
    String stateSucceeded();

    @Message("has failed")
    String stateFailed();

    @Message("timed out")
    String stateTimedOut();

    @Message("expired unconfirmed")
    String stateExpired();

    @Message("was overtaken by a change to what it would do")
    String stateStale();

    @Message("was lost in a restart")
    String stateLost();
}
