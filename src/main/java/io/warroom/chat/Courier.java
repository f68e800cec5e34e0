package io.warroom.chat;

import io.warroom.i18n.Language;
import java.time.Duration;

/**
 * Carries outbox messages to one kind of destination: the chat platforms, or a service such as PagerDuty. The
 * dispatcher keeps each lane in order, retries and gives up; a courier only makes one attempt.
 */
public interface Courier {

    /** True when this courier carries the destination's messages now ({@code OutboxMessage.destination}). */
    boolean carries(String destination);

    /** One attempt; a DeliveryException says whether it is worth another. */
    void deliver(OutboxMessage message) throws DeliveryException;

    /** Longest wait between two tries of a failing message. */
    Duration maxBackoff();

    /** A message still failing this long after it was queued is given up. */
    Duration giveUpAfter();

    /** What the incident's timeline says when a message about it is given up. */
    String giveUpNote(OutboxMessage message, String error, Language language);
}
