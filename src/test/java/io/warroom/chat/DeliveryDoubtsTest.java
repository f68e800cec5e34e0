package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which tries of a delivery must first look for what an earlier try may have posted. */
class DeliveryDoubtsTest {

    private static final Instant QUEUED = Instant.parse("2026-12-06T07:00:00Z");
    private static final Instant FIRST_TRY = QUEUED.plusSeconds(2);

    private final DeliveryDoubts doubts = new DeliveryDoubts();

    @Test
    void aFirstTryIsNeverInDoubt() {
        assertNull(doubts.begin(message(1, 0), false, FIRST_TRY));
    }

    @Test
    void aRetryAfterATryThatPostedNothingIsNotInDoubt() {
        OutboxMessage message = message(2, 0);
        Instant since = doubts.begin(message, false, FIRST_TRY);
        doubts.failed(message.id, since, true);
        message.attempts = 1;
        assertNull(doubts.begin(message, false, FIRST_TRY.plusSeconds(1)));
    }

    @Test
    void aRetryAfterATryWhoseOutcomeIsUnknownIsInDoubtSinceTheFirstTry() {
        OutboxMessage message = message(3, 0);
        doubts.failed(message.id, doubts.begin(message, false, FIRST_TRY), false);
        message.attempts = 1;
        Instant since = doubts.begin(message, false, FIRST_TRY.plusSeconds(1));
        assertEquals(FIRST_TRY, since);
        doubts.failed(message.id, since, true);
        assertEquals(FIRST_TRY, doubts.begin(message, false, FIRST_TRY.plusSeconds(3)),
                "a later try that posted nothing does not clear an earlier doubt");
    }

    @Test
    void aTryWhoseOutcomeWasNeverRecordedLeavesItInDoubt() {
        OutboxMessage message = message(4, 0);
        doubts.begin(message, false, FIRST_TRY);
        assertEquals(FIRST_TRY, doubts.begin(message, false, FIRST_TRY.plusSeconds(5)));
    }

    @Test
    void aDeliveryTriedElsewhereIsInDoubtSinceItWasQueued() {
        assertEquals(QUEUED, doubts.begin(message(5, 3), false, FIRST_TRY));
        assertEquals(QUEUED, doubts.begin(message(6, 0), true, FIRST_TRY), "its lane was taken over");
    }

    @Test
    void aSettledDeliveryIsForgotten() {
        OutboxMessage message = message(7, 0);
        doubts.begin(message, false, FIRST_TRY);
        doubts.settled(message.id);
        assertNull(doubts.begin(message, false, FIRST_TRY.plusSeconds(1)));
    }

    private static OutboxMessage message(long id, int attempts) {
        OutboxMessage message = new OutboxMessage();
        message.id = id;
        message.attempts = attempts;
        message.createdAt = QUEUED;
        return message;
    }
}
