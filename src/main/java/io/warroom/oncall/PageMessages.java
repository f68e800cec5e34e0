package io.warroom.oncall;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Pages and escalations as the people paged read them: timeline, incident room and direct message. */
@MessageBundle("pages")
public interface PageMessages {

    @Message("{key} · {severity} · {title}")
    String headline(String key, String severity, String title);

    @Message("{key} · {severity} · {title} (service {service})")
    String headlineForService(String key, String severity, String title, String service);

    @Message("📟 You are paged for {headline}, {reason}. Acknowledge with `/incident ack {key}` (or the Acknowledge button in the incident room) to stop the escalation.")
    String direct(String headline, String reason, String key);

    @Message("📟 Paging {who}: {reason}.")
    String room(String who, String reason);

    @Message("Acknowledge")
    String acknowledgeButton();

    @Message("; no Slack or Discord id to page {names} through, reach them another way")
    String unreachable(String names);

    @Message("level {level} of {levels}")
    String position(int level, int levels);

    @Message("level {level} of {levels}, pass {pass} of {passes}")
    String positionWithPass(int level, int levels, int pass, int passes);

    @Message("last level: if nobody acknowledges within {wait}, Warroom says so in the room")
    String thenLast(String wait);

    @Message("next level in {wait} unless acknowledged")
    String thenNext(String wait);

    @Message("Paged {names} ({team}: {level}, {position}); {then}")
    String pagedFirst(String names, String team, String level, String position, String then);

    @Message("No acknowledgement after {waited}: escalated, paged {names} ({team}: {level}, {position}); {then}")
    String escalated(String waited, String names, String team, String level, String position, String then);

    @Message("on call for {team} — {position}; {then}")
    String roomReasonFirst(String team, String position, String then);

    @Message("escalated to you, on call for {team} — {position}; {then}")
    String roomReasonEscalated(String team, String position, String then);

    @Message("as on call for {team} {level} ({position})")
    String directReasonFirst(String team, String level, String position);

    @Message("escalated after no acknowledgement, as {team} {level} ({position})")
    String directReasonEscalated(String team, String level, String position);

    @Message("Nobody paged: the incident names no service and there is no default_team. Page someone by hand.")
    String nobodyNoService();

    @Message("Nobody paged: no team in the on-call file lists service `{service}` and there is no default_team. Page someone by hand.")
    String nobodyNoTeam(String service);

    @Message("Escalation stopped: team {team} is no longer in the on-call file. Page someone by hand.")
    String stoppedTeamGone(String team);

    @Message("Nobody acknowledged: all {levels} levels of the {team} escalation policy were paged over {took}. Page someone by hand.")
    String exhausted(int levels, String team, String took);

    @Message("Escalation stopped: acknowledged by {by} {took} after the first page")
    String stoppedAcknowledged(String by, String took);

    @Message("Escalation stopped: the incident is {status}")
    String stoppedStatus(String status);

    @Message("PagerDuty did not take the {kind} event: {error}")
    String pagerDutyGivenUp(String kind, String error);

    @Message("Paging")
    String cardLabel();

    @Message("step {step}")
    String cardStep(int step);

    @Message("Paged {team} {level} at {at}")
    String cardPaged(String team, String level, String at);

    @Message("; next level at {at} unless acknowledged")
    String cardNext(String at);

    @Message("; the last level, waiting until {at}")
    String cardLast(String at);

    @Message("; acknowledged")
    String cardAcknowledged();

    @Message("; stopped when resolved")
    String cardResolved();

    @Message("; stopped (team left the on-call file)")
    String cardStopped();

    @Message("⚠️ Nobody acknowledged after every level of the {team} policy")
    String cardExhausted(String team);

    @Message("Incident room on {platform}")
    String roomLink(String platform);
}
