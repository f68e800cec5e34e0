package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.discord.Recorded;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening a room is retried when a step fails: the retry continues at the failed step, and every step (create,
 * people called in, link back, card, pin) is done exactly once, in that order. The topic is set with the channel.
 */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordRoomRetryTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    FakeUser ana;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lima");
    }

    @ParameterizedTest(name = "{0} fails once")
    @ValueSource(strings = {"create", "invite", "link back", "card", "pin"})
    void aFailedStepIsRetriedAndEveryStepHappensOnce(String step) {
        String title = "Retry when " + step + " fails";
        String slug = "retry-when-" + step.replace(' ', '-') + "-fails";
        switch (step) {
            case "create" -> discord.failNext("POST", "guilds/\\d+/channels",
                    b -> b.getString("name", "").endsWith(slug), 500);
            case "invite" -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getString("content", "").contains("you opened"), 500);
            case "link back" -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getString("content", "").contains(title + ": follow it in"), 500);
            case "card" -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getJsonArray("embeds", new JsonArray()).encode().contains(title), 500);
            default -> discord.failNext("PUT", "channels/\\d+/(messages/)?pins/\\d+", b -> true, 500);
        }
        long failedBefore = failures();

        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", title, "severity", "2", "service", "checkout");
        String channel = room.channelId();
        discord.awaitMessage(discord.generalChannelId(), "the link back",
                m -> m.getString("content").contains("<#" + channel + ">"));

        assertEquals(1, failures() - failedBefore, "the scripted failure happened");
        assertEquals(1, discord.channels().stream().filter(c -> c.getString("name", "").endsWith(slug)).count(),
                "one channel");
        assertEquals("SEV2 · Detect · IC: — · " + title, discord.channel(channel).orElseThrow().getString("topic"));
        assertEquals(1, discord.messages(channel).stream()
                .filter(m -> m.getString("content", "").equals(ana.mention() + " you opened " + room.key()
                        + "; this channel is its room.")).count(), "people called in once");
        assertEquals(1, discord.messages(discord.generalChannelId()).stream()
                .filter(m -> m.getString("content", "").contains("<#" + channel + ">")).count(), "one link back");
        assertEquals(1, discord.messages(channel).stream().filter(m -> !m.getJsonArray("embeds").isEmpty()).count(),
                "one card");
        assertEquals(List.of(room.cardId()), discord.pinned(channel));

        List<String> order = discord.requests().stream().filter(r -> r.status() < 300)
                .map(r -> stepOf(r, channel, slug, title)).flatMap(Optional::stream).toList();
        assertEquals(List.of("create", "invite", "link back", "card", "pin"), order);
    }

    private long failures() {
        return discord.requests().stream().filter(r -> r.status() == 500).count();
    }

    private Optional<String> stepOf(Recorded r, String channel, String slug, String title) {
        Predicate<String> content = text -> r.body() instanceof JsonObject json
                && json.getString("content", "").contains(text);
        if (r.is("POST", "guilds/\\d+/channels") && r.json().getString("name", "").endsWith(slug)) {
            return Optional.of("create");
        }
        if (r.is("POST", "channels/" + channel + "/messages") && content.test("you opened")) {
            return Optional.of("invite");
        }
        if (r.is("POST", "channels/" + channel + "/messages")
                && r.json().getJsonArray("embeds", new JsonArray()).encode().contains(title)) {
            return Optional.of("card");
        }
        if (r.is("POST", "channels/\\d+/messages") && content.test("<#" + channel + ">")) {
            return Optional.of("link back");
        }
        if (r.is("PUT", "channels/" + channel + "/(messages/)?pins/\\d+")) {
            return Optional.of("pin");
        }
        return Optional.empty();
    }
}
