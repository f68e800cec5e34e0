package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.warroom.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which calls of a workspace-limited Slack method may go after a 429, and when the others may. */
class SlackMethodPacingTest {

    private static final String CREATE = "conversations.create";
    private static final Instant START = Instant.parse("2026-12-07T03:00:00Z");

    private final TestClock clock = new TestClock();
    private final SlackMethodPacing pacing = new SlackMethodPacing();

    @BeforeEach
    void fixClock() {
        clock.fix(START);
        pacing.clock = clock;
    }

    @Test
    void untilSlackRefusesEveryCallGoesAtOnce() {
        for (int n = 0; n < 30; n++) {
            assertEquals(Optional.empty(), pacing.waitFor(CREATE));
        }
    }

    @Test
    void afterA429TheWaitingCallsGetOneSlotEachAtTheTiersRateFromTheEndOfRetryAfter() {
        pacing.refused(CREATE, Duration.ofSeconds(10));

        assertEquals(Optional.of(Duration.ofSeconds(10)), pacing.waitFor(CREATE));
        assertEquals(Optional.of(Duration.ofSeconds(13)), pacing.waitFor(CREATE));
        assertEquals(Optional.of(Duration.ofSeconds(16)), pacing.waitFor(CREATE));

        clock.advance(Duration.ofSeconds(10));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE), "the first comes back at its slot and goes");
        assertEquals(Optional.of(Duration.ofSeconds(9)), pacing.waitFor(CREATE),
                "a newcomer queues behind the slots already handed out");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE), "the second comes back at its slot and goes");
    }

    @Test
    void aSlotNobodyCameForIsNotSavedUp() {
        pacing.refused(CREATE, Duration.ofSeconds(3));
        pacing.waitFor(CREATE);
        pacing.waitFor(CREATE);

        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));
        assertEquals(Optional.of(Duration.ofSeconds(3)), pacing.waitFor(CREATE),
                "two missed slots do not let two calls through at once");
    }

    @Test
    void aMinuteAfterTheLastSlotTheMethodRunsFreelyAgain() {
        pacing.refused(CREATE, Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));

        clock.advance(Duration.ofSeconds(61));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));
    }

    @Test
    void aRetryAfterLongerThanAMinuteIsWaitedOutInFull() {
        pacing.refused(CREATE, Duration.ofSeconds(120));
        clock.advance(Duration.ofSeconds(90));
        assertEquals(Optional.of(Duration.ofSeconds(30)), pacing.waitFor(CREATE));
    }

    @Test
    void methodsSlackLimitsPerChannelAreNotPacedForTheWholeWorkspace() {
        pacing.refused("chat.postMessage", Duration.ofSeconds(30));
        pacing.refused("chat.update", Duration.ofSeconds(30));
        assertEquals(Optional.empty(), pacing.waitFor("chat.postMessage"));
        assertEquals(Optional.empty(), pacing.waitFor("chat.update"));
    }

    @Test
    void eachMethodIsPacedOnItsOwnAtItsTier() {
        pacing.refused("conversations.invite", Duration.ofSeconds(1));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));
        assertEquals(Optional.of(Duration.ofMillis(1_200)), pacing.waitFor("conversations.invite"),
                "Tier 3: 1.2 s after the refused call, Retry-After being shorter");
        assertEquals(Optional.of(Duration.ofMillis(2_400)), pacing.waitFor("conversations.invite"));
    }

    @Test
    void aClockSetBackDropsThePacingInsteadOfWaitingForATimeThatMovedAway() {
        pacing.refused(CREATE, Duration.ofSeconds(30));
        clock.fix(START.minus(Duration.ofHours(2)));
        assertEquals(Optional.empty(), pacing.waitFor(CREATE));
    }
}
