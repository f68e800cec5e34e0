package io.warroom.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final Instant OPENED = Instant.parse("2025-01-07T10:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(15);

    private static Instant at(int minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theFirstReminderComesAnIntervalAfterTheLastUpdateOrTheOpening() {
        assertEquals(at(15), ReminderRules.statusUpdateDue(OPENED, null, null, EVERY));
        assertEquals(at(27), ReminderRules.statusUpdateDue(at(12), null, null, EVERY));
    }

    @Test
    void afterAReminderTheNextComesAnIntervalLater() {
        assertEquals(at(30), ReminderRules.statusUpdateDue(OPENED, at(15), null, EVERY));
        assertEquals(at(35), ReminderRules.statusUpdateDue(at(20), at(15), null, EVERY));
    }

    @Test
    void aSnoozeHoldsRemindersUntilItEnds() {
        assertEquals(at(50), ReminderRules.statusUpdateDue(OPENED, at(15), at(50), EVERY));
        assertEquals(at(30), ReminderRules.statusUpdateDue(OPENED, at(15), at(20), EVERY));
    }

    @Test
    void commanderNudgesStartAfterTriageAndRepeat() {
        Duration after = Duration.ofMinutes(5);
        Duration every = Duration.ofMinutes(15);
        assertEquals(Optional.empty(), ReminderRules.commanderNudgeDue(null, null, after, every));
        assertEquals(Optional.of(at(5)), ReminderRules.commanderNudgeDue(OPENED, null, after, every));
        assertEquals(Optional.of(at(20)), ReminderRules.commanderNudgeDue(OPENED, at(5), after, every));
        // Back to Detect and triaged again: a nudge from before counts for nothing.
        assertEquals(Optional.of(at(65)), ReminderRules.commanderNudgeDue(at(60), at(20), after, every));
    }
}
