package io.warroom.webapp.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.warroom.incident.Phase;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {

    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    static TimelineEntry entry(long id, int minute, Phase phase, boolean backfilled) {
        TimelineEntry entry = new TimelineEntry() { };
        entry.id = id;
        entry.occurredAt = T0.plus(Duration.ofMinutes(minute));
        entry.phase = phase;
        entry.kind = TimelineKind.PHASE;
        entry.backfilled = backfilled;
        return entry;
    }

    @Test
    void eachPhaseGetsTheTimeUntilTheNextMoveAndTheCurrentOneRunsToTheEnd() {
        Map<Phase, Duration> spent = PhaseTimes.of(List.of(
                entry(1, 0, Phase.DETECT, false),
                entry(2, 4, Phase.TRIAGE, false),
                entry(3, 10, Phase.TRIAGE, false),
                entry(4, 30, Phase.MITIGATE, false)), T0, T0.plus(Duration.ofMinutes(95)));

        assertEquals(Duration.ofMinutes(4), spent.get(Phase.DETECT));
        assertEquals(Duration.ofMinutes(26), spent.get(Phase.TRIAGE));
        assertEquals(Duration.ofMinutes(65), spent.get(Phase.MITIGATE));
        assertNull(spent.get(Phase.RCA));
    }

    @Test
    void goingBackAddsToTheEarlierPhase() {
        Map<Phase, Duration> spent = PhaseTimes.of(List.of(
                entry(1, 0, Phase.DETECT, false),
                entry(2, 10, Phase.TRIAGE, false),
                entry(3, 20, Phase.MITIGATE, false),
                entry(4, 25, Phase.TRIAGE, false),
                entry(5, 40, Phase.MITIGATE, false)), T0, T0.plus(Duration.ofMinutes(50)));

        assertEquals(Duration.ofMinutes(25), spent.get(Phase.TRIAGE));
        assertEquals(Duration.ofMinutes(15), spent.get(Phase.MITIGATE));
    }

    @Test
    void backfilledEntriesDoNotMoveThePhase() {
        // A note backfilled at minute 2, written while in Mitigate, carries the phase of minute 2 (Detect); an
        // entry left with a later phase by a bug in backfill must still not split the times.
        Map<Phase, Duration> spent = PhaseTimes.of(List.of(
                entry(1, 0, Phase.DETECT, false),
                entry(9, 2, Phase.MITIGATE, true),
                entry(2, 5, Phase.TRIAGE, false)), T0, T0.plus(Duration.ofMinutes(8)));

        assertEquals(Duration.ofMinutes(5), spent.get(Phase.DETECT));
        assertEquals(Duration.ofMinutes(3), spent.get(Phase.TRIAGE));
        assertNull(spent.get(Phase.MITIGATE));
    }
}
