package io.warroom.slack;

import com.slack.api.methods.request.chat.ChatPostMessageRequest.ChatPostMessageRequestBuilder;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Makes a post the outbox sends again come out once, as Discord's nonces do: chat.postMessage has no idempotency
 * key. Every post of a delivery carries message metadata naming its outbox row and which of the delivery's posts it
 * is. When an earlier try may have posted (its answer was lost, or the instance holding the lane died), the channel's
 * history since that try is read first, and a post found there counts as made, with its ts. A first try never reads.
 * A lookup that fails for now fails the delivery for now; one Slack refuses for good (the bot is not in the channel,
 * or a history scope is missing) posts again, as before metadata, and says so.
 */
@ApplicationScoped
class SlackPosts {

    static final String EVENT_TYPE = "warroom_outbox";
    /** Messages per history page: few are posted in a channel between two tries; 15 is the least any app gets. */
    static final int PAGE = 15;
    /** Slack's clock against ours. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SlackPosts.class);
    private static final ThreadLocal<Attempt> ATTEMPT = new ThreadLocal<>();

    /** The delivery being tried on this thread; posted turns true once one of its posts may have gone out. */
    private static final class Attempt {
        final OutboxEnvelope envelope;
        boolean posted;

        Attempt(OutboxEnvelope envelope) {
            this.envelope = envelope;
        }
    }

    @FunctionalInterface
    interface Delivering {
        void run() throws DeliveryException;
    }

    @Inject
    SlackClient client;

    @Inject
    SlackBot bot;

    /**
     * Runs one try of a delivery with its posts tagged; a failure after which no post can have gone out says so,
     * so its retry does not look.
     */
    void during(OutboxEnvelope envelope, Delivering delivery) throws DeliveryException {
        Attempt attempt = new Attempt(envelope);
        ATTEMPT.set(attempt);
        try {
            delivery.run();
        } catch (DeliveryException e) {
            throw attempt.posted ? e : e.sentNothing();
        } finally {
            ATTEMPT.remove();
        }
    }

    /**
     * Posts in the channel, unless an earlier try of this delivery already did: then that post's answer. part tells
     * the delivery's posts apart ("card", "message"); answers with an accepted error are returned, not thrown.
     */
    ChatPostMessageResponse post(String what, Set<String> accepted, String channel, String part,
            UnaryOperator<ChatPostMessageRequestBuilder> request) throws DeliveryException {
        Attempt attempt = ATTEMPT.get();
        if (attempt == null) {
            return SlackCalls.call(what, accepted, () -> client.methods().chatPostMessage(r -> request.apply(r)));
        }
        long id = attempt.envelope.id();
        Instant since = attempt.envelope.doubtfulSince();
        if (since != null) {
            Optional<String> earlier = find(what, channel, id, since, messages -> matching(messages, id, part));
            if (earlier.isPresent()) {
                LOG.infof("Slack delivery %d: %s was posted by an earlier try (ts %s); not posting again", id, what,
                        earlier.get());
                ChatPostMessageResponse found = new ChatPostMessageResponse();
                found.setOk(true);
                found.setChannel(channel);
                found.setTs(earlier.get());
                return found;
            }
        }
        Message.Metadata metadata = Message.Metadata.builder().eventType(EVENT_TYPE)
                .eventPayload(Map.of("outbox_id", Long.toString(id), "part", part)).build();
        try {
            ChatPostMessageResponse answer = SlackCalls.call(what, accepted,
                    () -> client.methods().chatPostMessage(r -> request.apply(r).metadata(metadata)));
            attempt.posted |= answer.isOk();
            return answer;
        } catch (DeliveryException e) {
            attempt.posted |= mayHaveDone(e);
            throw e;
        }
    }

    /**
     * Shares a file in the channel once, like {@link #post}: files.completeUploadExternal takes no metadata, so when
     * an earlier try may have shared it, the channel's history since that try is searched for the bot's message
     * sharing a file of this name (a postmortem's is its incident's key). upload runs the whole upload and fails with
     * the answer it got.
     */
    void shareFile(String what, String channel, String filename, Delivering upload) throws DeliveryException {
        Attempt attempt = ATTEMPT.get();
        Instant since = attempt == null ? null : attempt.envelope.doubtfulSince();
        if (since != null) {
            Optional<String> earlier = find(what, channel, attempt.envelope.id(), since,
                    messages -> sharing(messages, filename));
            if (earlier.isPresent()) {
                LOG.infof("Slack delivery %d: %s was shared by an earlier try (ts %s); not uploading again",
                        attempt.envelope.id(), filename, earlier.get());
                return;
            }
        }
        try {
            upload.run();
        } catch (DeliveryException e) {
            if (attempt != null) {
                attempt.posted |= mayHaveDone(e);
            }
            throw e;
        }
    }

    /** Refused (an error code, 429) means not done; no answer or a 5xx may hide a call Slack carried out. */
    private static boolean mayHaveDone(DeliveryException e) {
        return e.reason() == DeliveryException.Reason.UNREACHABLE
                || e.reason() == DeliveryException.Reason.SERVER_ERROR;
    }

    /** The ts of the message found picks out of the channel's history since the earlier try began, if it is there. */
    private Optional<String> find(String what, String channel, long id, Instant since,
            Function<List<Message>, Optional<String>> found) throws DeliveryException {
        String oldest = ts(since.minus(CLOCK_MARGIN));
        String cursor = null;
        do {
            String page = cursor;
            ConversationsHistoryResponse history;
            try {
                history = SlackCalls.call("look for an earlier try to " + what, () -> client.methods()
                        .conversationsHistory(r -> r.channel(channel).oldest(oldest).limit(PAGE)
                                .includeAllMetadata(true).cursor(page)));
            } catch (DeliveryException e) {
                if (e.retryable()) {
                    throw e;
                }
                LOG.warnf("Slack delivery %d may be posted twice: %s (for posts to be looked for before they are"
                        + " sent again, invite the app to the channel and grant it the scopes in the app manifest)",
                        id, e.getMessage());
                return Optional.empty();
            }
            Optional<String> match = history.getMessages() == null ? Optional.empty()
                    : found.apply(history.getMessages());
            if (match.isPresent()) {
                return match;
            }
            cursor = history.isHasMore() && history.getResponseMetadata() != null
                    ? history.getResponseMetadata().getNextCursor() : null;
        } while (cursor != null && !cursor.isEmpty());
        return Optional.empty();
    }

    private Optional<String> matching(List<Message> messages, long id, String part) {
        String outboxId = Long.toString(id);
        Optional<String> self = bot.botUserId();
        return messages.stream().filter(m -> m.getMetadata() != null
                && EVENT_TYPE.equals(m.getMetadata().getEventType())
                && m.getMetadata().getEventPayload() != null
                && outboxId.equals(String.valueOf(m.getMetadata().getEventPayload().get("outbox_id")))
                && part.equals(String.valueOf(m.getMetadata().getEventPayload().get("part")))
                && byThisBot(m, self)).map(Message::getTs).findFirst();
    }

    private Optional<String> sharing(List<Message> messages, String filename) {
        Optional<String> self = bot.botUserId();
        return messages.stream().filter(m -> m.getFiles() != null
                && m.getFiles().stream().anyMatch(f -> filename.equals(f.getName())) && byThisBot(m, self))
                .map(Message::getTs).findFirst();
    }

    /** Another Warroom posting in the same channel numbers its outbox and names its files alike. */
    private static boolean byThisBot(Message m, Optional<String> self) {
        return self.isEmpty() || m.getUser() == null || self.get().equals(m.getUser());
    }

    /** An instant as a Slack ts ("1712345678.123456"). */
    static String ts(Instant at) {
        return BigDecimal.valueOf(at.getEpochSecond()).add(BigDecimal.valueOf(at.getNano(), 9))
                .setScale(6, RoundingMode.DOWN).toPlainString();
    }
}
