package io.warroom.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What {@code snooze} answers and writes on the timeline. */
@MessageBundle("snooze")
public interface SnoozeMessages {

    @Message("{key} is {status}; status-update reminders only run while an incident is open.")
    String remindersOnlyWhileOpen(String key, String status);

    @Message("Status-update reminders back on")
    String remindersBackOnEntry();

    @Message("Status-update reminders for {key} are back on (every {every} without an update).")
    String remindersBackOn(String key, String every);

    @Message("Status-update reminders snoozed for {duration} (until {until})")
    String remindersSnoozedEntry(String duration, String until);

    @Message("Snoozed status-update reminders for {key} for {duration}, until {until}.")
    String remindersSnoozed(String key, String duration, String until);
}
