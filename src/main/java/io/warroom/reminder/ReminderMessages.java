package io.warroom.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Reminders posted in incident rooms and sent to owners of overdue action items. */
@MessageBundle("reminders")
public interface ReminderMessages {

    @Message("no status update since it opened {took} ago")
    String noUpdateSinceOpened(String took);

    @Message("no status update for {took}")
    String noUpdateFor(String took);

    @Message("⏰ {key} has had {since} ({severity}: every {every}). {who}, please post one for stakeholders.")
    String updateDueFor(String key, String since, String severity, String every, String who);

    @Message("⏰ {key} has had {since} ({severity}: every {every}). Please post one for stakeholders.")
    String updateDue(String key, String since, String severity, String every);

    @Message("Post update")
    String postUpdateButton();

    @Message("Status update")
    String statusUpdateTitle();

    @Message("Snooze 15m")
    String snooze15mButton();

    @Message("Snooze 1h")
    String snooze1hButton();

    @Message("🧭 {key} still has no incident commander, {since} after triage started. Someone take it, so one person decides and keeps stakeholders informed.")
    String noCommander(String key, String since);

    @Message("I'll be commander")
    String takeCommanderButton();

    @Message("📋 An action item from {key} ({title}) is overdue:")
    String overdueOne(String key, String title);

    @Message("📋 {count} action items from {key} ({title}) are overdue:")
    String overdueMany(int count, String key, String title);

    @Message("Mark one done with `/incident {key} action done <n>`.")
    String markDoneHint(String key);

    @Message("📋 Overdue action items of {key}:")
    String overdueInRoom(String key);

    @Message("• #{number} {text} — due {due} ({days}d overdue)")
    String overdueItem(int number, String text, String due, long days);

    @Message(", owner {owner}")
    String owner(String owner);

    @Message("none yet")
    String noOwner();

    @Message("Mark #{number} done")
    String markDoneButton(int number);
}
