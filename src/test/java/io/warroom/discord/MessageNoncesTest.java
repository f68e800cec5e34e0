package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The nonce that lets Discord recognise the outbox's second try of a message it already made. */
class MessageNoncesTest {

    @Test
    void everyTryOfADeliverySendsTheSameNonceWithinDiscordsLimit() {
        assertEquals(MessageNonces.of(42, "ana: db cpu at 100%"), MessageNonces.of(42, "ana: db cpu at 100%"));
        String longest = MessageNonces.of(Long.MAX_VALUE, "x");
        assertTrue(longest.length() <= MessageNonces.MAX_LENGTH, longest + " fits Discord's 25 characters");
    }

    @Test
    void differentMessagesOrDeliveriesGetDifferentNonces() {
        assertNotEquals(MessageNonces.of(42, "ana: first"), MessageNonces.of(42, "ana: second"));
        assertNotEquals(MessageNonces.of(42, "ana: first"), MessageNonces.of(43, "ana: first"));
    }
}
