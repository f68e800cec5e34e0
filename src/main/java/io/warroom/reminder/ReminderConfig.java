package io.warroom.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.warroom.incident.Severity;
import java.time.Duration;
import java.time.LocalTime;

/** Status-update reminders, commander nudges and overdue action-item reminders. */
@ConfigMapping(prefix = "warroom.reminders")
public interface ReminderConfig {

    /** Whether Warroom sends reminders at all. */
    @WithDefault("true")
    boolean enabled();

    /** How long an open incident may go without a status update before the room is reminded, per severity. */
    StatusUpdate statusUpdate();

    /** How long after triage starts an incident without a commander gets its first nudge. */
    @WithDefault("5m")
    Duration commanderAfter();

    /** How often the nudge repeats while there is still no commander. */
    @WithDefault("15m")
    Duration commanderEvery();

    /** Local time (warroom.time-zone) of the daily reminder about overdue action items. */
    @WithDefault("09:00")
    LocalTime actionItemsAt();

    /** How often due reminders are looked for: a duration such as 30s, or {@code off}. */
    @WithDefault("30s")
    String checkEvery();

    /** How long the instance running the reminder job holds its lease without renewing it. */
    @WithDefault("2m")
    Duration leaseTtl();

    interface StatusUpdate {
        /** For SEV1 incidents. */
        @WithDefault("15m")
        Duration sev1();

        /** For SEV2 incidents. */
        @WithDefault("30m")
        Duration sev2();

        /** For SEV3 incidents. */
        @WithDefault("60m")
        Duration sev3();

        /** For SEV4 incidents. */
        @WithDefault("60m")
        Duration sev4();

        default Duration of(Severity severity) {
            return switch (severity) {
                case SEV1 -> sev1();
                case SEV2 -> sev2();
                case SEV3 -> sev3();
                case SEV4 -> sev4();
            };
        }
    }
}
