package io.warroom.discord;

import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;

/**
 * Makes a message the outbox sends again (its answer was lost: a timeout or a broken connection after Discord took
 * it) come out once. JDA sends {@code enforce_nonce: true}, and Discord then returns the message an earlier create
 * with the same nonce made in the last few minutes instead of creating another; the outbox's retries come within
 * seconds. The nonce is the outbox row's id with a digest of the content, so each try of a delivery
 * sends the same nonces and two different messages of one delivery never share one. Direct messages (sent after
 * opening the private channel) keep JDA's random nonce.
 */
final class MessageNonces {

    /** Discord allows at most 25 characters. */
    static final int MAX_LENGTH = 25;

    private static final ThreadLocal<Long> DELIVERY = new ThreadLocal<>();

    private MessageNonces() {
    }

    /** Runs a delivery with its outbox id known to the message creates it makes on this thread. */
    static <E extends Exception> void during(long outboxId, Delivering<E> delivery) throws E {
        DELIVERY.set(outboxId);
        try {
            delivery.run();
        } finally {
            DELIVERY.remove();
        }
    }

    /** Gives a message create made during a delivery its stable nonce; other actions pass unchanged. */
    static <T> RestAction<T> stamp(RestAction<T> action) {
        Long outboxId = DELIVERY.get();
        if (outboxId != null && action instanceof MessageCreateAction create) {
            create.setNonce(of(outboxId, create.getContent() + create.getEmbeds().stream()
                    .map(MessageEmbed::toData).map(Object::toString).collect(Collectors.joining())));
        }
        return action;
    }

    /** At most 1 + 13 + 1 + 7 characters. */
    static String of(long outboxId, String content) {
        return "w" + Long.toString(outboxId, 36) + "." + Integer.toUnsignedString(content.hashCode(), 36);
    }

    @FunctionalInterface
    interface Delivering<E extends Exception> {
        void run() throws E;
    }
}
