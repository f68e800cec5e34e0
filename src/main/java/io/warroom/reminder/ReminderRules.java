package io.warroom.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When reminders fall due. Pure functions of the stored times, so they are tested without a clock. */
public final class ReminderRules {

    private ReminderRules() {
    }

    /**
     * The next status-update reminder: {@code every} after the later of the last update (or the opening) and the last
     * reminder, and not before a snooze ends.
     */
    public static Instant statusUpdateDue(Instant lastUpdateOrOpened, Instant lastReminded, Instant snoozedUntil,
            Duration every) {
        Instant base = lastReminded != null && lastReminded.isAfter(lastUpdateOrOpened) ? lastReminded
                : lastUpdateOrOpened;
        Instant due = base.plus(every);
        return snoozedUntil != null && snoozedUntil.isAfter(due) ? snoozedUntil : due;
    }

    /**
     * The next nudge for an incident in triage or later without a commander: {@code after} once triage started, then
     * every {@code every}; empty while triage has not started.
     */
    public static Optional<Instant> commanderNudgeDue(Instant triageStarted, Instant lastNudged, Duration after,
            Duration every) {
        if (triageStarted == null) {
            return Optional.empty();
        }
        Instant first = triageStarted.plus(after);
        if (lastNudged == null || lastNudged.isBefore(triageStarted)) {
            return Optional.of(first);
        }
        Instant again = lastNudged.plus(every);
        return Optional.of(again.isAfter(first) ? again : first);
    }
}
