package io.warroom.support.discord;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An interaction the fake sent to the bot (a slash command, a click, a form), and what the bot answered: the callback
 * (deferred reply, deferred update, a form, ...) and the edits of its original response.
 */
public final class FakeInteraction {

    public static final int DEFERRED_REPLY = 5;
    public static final int DEFERRED_UPDATE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int MODAL = 9;
    public static final int EPHEMERAL = 64;

    final String id;
    final String token;
    final String channelId;
    final long sentAtNanos = System.nanoTime();
    final List<JsonObject> callbacks = new CopyOnWriteArrayList<>();
    final List<Long> callbackNanos = new CopyOnWriteArrayList<>();
    final List<JsonObject> edits = new CopyOnWriteArrayList<>();
    final List<JsonObject> followUps = new CopyOnWriteArrayList<>();
    volatile String originalMessageId;
    /** The message a component interaction came from; its edits land there. */
    volatile String sourceMessageId;

    FakeInteraction(String id, String token, String channelId) {
        this.id = id;
        this.token = token;
        this.channelId = channelId;
    }

    public String id() {
        return id;
    }

    /** Whether the bot answered this interaction at all (so far). */
    public boolean answered() {
        return !callbacks.isEmpty();
    }

    /** The bot's first answer to Discord: {@code {type, data}}. */
    public JsonObject awaitCallback() {
        return FakeDiscord.await(Duration.ofSeconds(10), "a callback to interaction " + id,
                () -> callbacks.isEmpty() ? null : callbacks.get(0));
    }

    /** How long the bot took to send its first answer (Discord allows 3 seconds). */
    public Duration callbackDelay() {
        awaitCallback();
        return Duration.ofNanos(callbackNanos.get(0) - sentAtNanos);
    }

    /** The response as the person sees it once the bot has filled in its deferred reply. */
    public JsonObject awaitAnswer() {
        return FakeDiscord.await(Duration.ofSeconds(10), "an answer to interaction " + id,
                () -> edits.isEmpty() ? null : edits.get(edits.size() - 1));
    }

    /** The answer's text: its content, or its first embed's description when the text was long. */
    public String awaitAnswerText() {
        JsonObject answer = awaitAnswer();
        String content = answer.getString("content", "");
        JsonArray embeds = answer.getJsonArray("embeds", null);
        if (!content.isEmpty() || embeds == null || embeds.isEmpty()) {
            return content;
        }
        return answer.getJsonArray("embeds").getJsonObject(0).getString("description", "");
    }

    /** Whether only the person who acted sees the response. */
    public boolean ephemeral() {
        JsonObject callback = awaitCallback();
        JsonObject data = callback.getJsonObject("data", new JsonObject());
        return (data.getInteger("flags", 0) & EPHEMERAL) != 0;
    }

    /** The id of the message holding the response, for clicking its buttons. */
    public String messageId() {
        awaitAnswer();
        return originalMessageId != null ? originalMessageId : sourceMessageId;
    }

    public List<JsonObject> followUps() {
        return List.copyOf(followUps);
    }
}
