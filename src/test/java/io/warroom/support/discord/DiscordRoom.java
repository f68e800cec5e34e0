package io.warroom.support.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident's room on the fake Discord: its channel and its pinned card, as Warroom made them. Get one by opening
 * an incident with {@code /incident open} ({@link #open}) or for an incident opened some other way ({@link #of}).
 */
public record DiscordRoom(FakeDiscord discord, String key, String channelId, String cardId) {

    private static final Pattern OPENED = Pattern.compile("Opened (INC-\\d+):");

    /** {@code /incident open} typed by someone in a channel, then the room Warroom opened for it. */
    public static DiscordRoom open(FakeDiscord discord, FakeUser by, String fromChannelId, Object... options) {
        FakeInteraction open = discord.slashCommand(by, fromChannelId, "open", options);
        Matcher opened = OPENED.matcher(open.awaitAnswerText());
        assertTrue(opened.find(), "answer to /incident open: " + open.awaitAnswerText());
        return of(discord, opened.group(1));
    }

    /** Waits for the room of this incident ({@code INC-42}): its channel, and its card posted and pinned. */
    public static DiscordRoom of(FakeDiscord discord, String key) {
        String prefix = "inc-" + key.substring(4);
        JsonObject channel = FakeDiscord.await(Duration.ofSeconds(10), "the channel of " + key,
                () -> discord.channels().stream().filter(c -> c.getString("name", "").equals(prefix)
                        || c.getString("name", "").startsWith(prefix + "-")).findFirst().orElse(null));
        String channelId = channel.getString("id");
        JsonObject card = discord.awaitMessage(channelId, "the card of " + key, m -> !m.getJsonArray("embeds").isEmpty()
                && m.getJsonArray("embeds").getJsonObject(0).getString("title", "").startsWith(key + " · "));
        FakeDiscord.await(Duration.ofSeconds(10), "the card of " + key + " pinned",
                () -> discord.pinned(channelId).equals(List.of(card.getString("id"))) ? true : null);
        return new DiscordRoom(discord, key, channelId, card.getString("id"));
    }

    /** The card as it is now (edited in place as the incident changes). */
    public JsonObject card() {
        return discord.message(cardId).orElseThrow();
    }

    public JsonObject cardEmbed() {
        return card().getJsonArray("embeds").getJsonObject(0);
    }

    public String cardField(String name) {
        JsonArray fields = cardEmbed().getJsonArray("fields");
        for (Object f : fields) {
            if (((JsonObject) f).getString("name").equals(name)) {
                return ((JsonObject) f).getString("value");
            }
        }
        throw new AssertionError("the card has no field " + name + ": " + fields);
    }

    /** The labels of the card's buttons. */
    public List<String> cardButtons() {
        return buttons(card());
    }

    /** Waits until the card (edited in place) satisfies the check. */
    public void awaitCard(String what, java.util.function.Predicate<DiscordRoom> check) {
        FakeDiscord.await(Duration.ofSeconds(10), "the card of " + key + " to show " + what,
                () -> check.test(this) ? Boolean.TRUE : null);
    }

    /** Waits for a message in the room whose text contains this. */
    public JsonObject awaitPost(String containing) {
        return discord.awaitMessage(channelId, "a message containing \"" + containing + "\"",
                m -> m.getString("content").contains(containing));
    }

    public static List<String> customIds(JsonObject message) {
        return message.getJsonArray("components").stream()
                .flatMap(row -> ((JsonObject) row).getJsonArray("components").stream())
                .map(b -> ((JsonObject) b).getString("custom_id")).toList();
    }

    /** The labels of a message's buttons. */
    public static List<String> buttons(JsonObject message) {
        return message.getJsonArray("components").stream()
                .flatMap(row -> ((JsonObject) row).getJsonArray("components").stream())
                .map(b -> ((JsonObject) b).getString("label")).toList();
    }
}
