package io.warroom.incident;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What Warroom writes on an incident's timeline when it changes; stored in the incident's language. */
@MessageBundle("timeline")
public interface TimelineMessages {

    @Message("Opened by {by}: {title} ({severity})")
    String opened(String by, String title, String severity);

    @Message("Opened by {by}: {title} ({severity}, service {service})")
    String openedForService(String by, String title, String severity, String service);

    @Message("Acknowledged by {by}")
    String acknowledged(String by);

    @Message("Acknowledged by {by}; phase {from} → {to}")
    String acknowledgedAndMoved(String by, String from, String to);

    @Message("Phase {from} → {to}")
    String phase(String from, String to);

    @Message("Phase {from} → {to} (jumped ahead)")
    String phaseJumped(String from, String to);

    @Message("Phase {from} → {to} (back): {reason}")
    String phaseBack(String from, String to, String reason);

    @Message("; acknowledged by {by}")
    String alsoAcknowledgedBy(String by);

    @Message("; mitigated")
    String alsoMitigated();

    @Message("Reopened: {reason}")
    String reopened(String reason);

    @Message("Resolved by {by}")
    String resolved(String by);

    @Message("Resolved by {by} (phase {from} → {to})")
    String resolvedFrom(String by, String from, String to);

    @Message("; also marked acknowledged")
    String alsoMarkedAcknowledged();

    @Message("; also marked mitigated")
    String alsoMarkedMitigated();

    @Message("; also marked acknowledged and mitigated")
    String alsoMarkedAcknowledgedAndMitigated();

    @Message("Closed")
    String closed();

    @Message("Severity {from} → {to}")
    String severity(String from, String to);

    @Message("{role}: {person}")
    String role(String role, String person);

    @Message("{role}: {person} (was {before})")
    String roleReplaced(String role, String person, String before);

    @Message("Checked {phase} {position}: {text}")
    String checked(String phase, int position, String text);

    @Message("Unchecked {phase} {position}: {text}")
    String unchecked(String phase, int position, String text);

    @Message("Why #{position}: {text}")
    String why(int position, String text);

    @Message("Action item #{number}: {text}")
    String actionItem(int number, String text);

    @Message(", owner {owner}")
    String actionOwner(String owner);

    @Message(", due {due}")
    String actionDue(String due);

    @Message("Action item #{number} done: {text}")
    String actionDone(int number, String text);

    @Message("Impact: {text}")
    String impact(String text);

    @Message("Link: {label}")
    String link(String label);

    @Message("Trigger: {text}")
    String trigger(String text);

    @Message("Title changed: {before} → {after}")
    String retitled(String before, String after);

    @Message("Service set: {service} (was: {before})")
    String serviceSet(String service, String before);

    @Message("Service cleared (was: {before})")
    String serviceCleared(String before);

    @Message("none")
    String noService();

    @Message("Incident room {where} on {platform} opened")
    String roomOpened(String where, String platform);

    @Message("What went well")
    String lessonWell();

    @Message("What went wrong")
    String lessonWrong();

    @Message("Where we got lucky")
    String lessonLucky();

    @Message("{heading}: {text}")
    String lesson(String heading, String text);

    // Refusals: a command the incident's state does not allow, read as the command's reply.

    @Message("{key} is closed; nothing about its response can change any more.")
    String closedNoChange(String key);

    @Message("{key} is resolved; {what} needs an open incident (use `back <reason>` to reopen it).")
    String resolvedNeedsOpen(String key, String what);

    @Message("{key} is already in its last phase, Postmortem; use `close` when the review is done.")
    String lastPhase(String key);

    @Message("{key} is already in {phase}.")
    String alreadyInPhase(String key, String phase);

    @Message("{target} comes before {current}; going back needs a reason: `back <reason>`.")
    String phaseBefore(String target, String current);

    @Message("Going back needs a reason: `back <reason>`.")
    String backNeedsReason();

    @Message("{key} is in Detect, the first phase; there is nothing before it.")
    String firstPhase(String key);

    @Message("{key} is still open (phase {phase}); resolve it and hold the postmortem before closing.")
    String stillOpen(String key, String phase);

    @Message("The {phase} checklist has {count} items; there is no item {position}.")
    String noChecklistItem(String phase, int count, int position);

    @Message("{key} has {count} action items; there is no #{number}.")
    String noActionItem(String key, int count, int number);

    @Message("{key} is already titled \"{title}\".")
    String alreadyTitled(String key, String title);

    @Message("{key} has no service to clear.")
    String noServiceToClear(String key);

    @Message("{key}'s service is already {service}.")
    String serviceAlready(String key, String service);

    @Message("Impact cannot begin after {key} was detected ({detected}).")
    String impactAfterDetection(String key, String detected);
}
