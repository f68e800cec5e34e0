package io.warroom.chat;

import io.warroom.i18n.Language;
import java.time.Duration;
import java.time.Instant;

/**
 * Carries outbox messages to one kind of destination: the chat platforms, or a service such as PagerDuty. The
 * dispatcher keeps each lane in order, retries and gives up; a courier only makes one attempt.
 */
public interface Courier {

    /** True when this courier carries the destination's messages now ({@code OutboxMessage.destination}). */
    boolean carries(String destination);

    /** One attempt; a DeliveryException says whether it is worth another. */
    void deliver(OutboxMessage message) throws DeliveryException;

    /**
     * One attempt of a delivery an earlier try may have carried out in part (doubtfulSince: when that try began at
     * the earliest; null when none can have). Couriers whose destination drops repeats themselves ignore it.
     */
    default void deliver(OutboxMessage message, Instant doubtfulSince) throws DeliveryException {
        deliver(message);
    }

    /** Longest wait between two tries of a failing message. */
    Duration maxBackoff();

    /** A message still failing this long after it was queued is given up. */
    Duration giveUpAfter();

    /** What the incident's timeline says when a message about it is given up. */
    String giveUpNote(OutboxMessage message, String error, Language language);
}
