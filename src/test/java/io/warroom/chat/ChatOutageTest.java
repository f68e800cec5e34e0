package io.warroom.chat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Slack and Discord both unreachable for a while during an incident (5 s here; the reliability bench runs 60 s):
 * every message written meanwhile arrives afterwards, in order per channel, none doubled, within the outbox's backoff
 * cap of the platforms' return. A Discord message whose answer was lost after Discord took it is not doubled either.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChatOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /** warroom.outbox.max-backoff, and a few seconds for a loaded machine. */
    private static final Duration RESUMES_WITHIN = Duration.ofSeconds(10 + 4);

    @InjectFakeSlack
    FakeSlack slack;

    @InjectFakeDiscord
    FakeDiscord discord;

    @Test
    void messagesWrittenWhileBothPlatformsAreDownArriveAfterwardsInOrderNoneDoubled() {
        discord.awaitBotReady();
        String key = Api.open("Chat weather", "2", "edge");
        SlackRoom slackRoom = SlackRoom.awaitOpened(slack, key);
        DiscordRoom discordRoom = DiscordRoom.of(discord, key);

        Instant back = Instant.now().plus(OUTAGE);
        slack.outage(OUTAGE);
        discord.outage(OUTAGE);
        List<String> updates = IntStream.rangeClosed(1, 6).mapToObj(i -> "step " + i + " of the outage").toList();
        updates.forEach(update -> Api.run(key, "update " + update).statusCode(200));

        List<String> expected = updates.stream().map(u -> "ana: " + u).toList();
        FakeDiscord.await(Duration.ofSeconds(30), "every update in the Slack room",
                () -> slackRoom.texts().containsAll(expected) ? true : null);
        FakeDiscord.await(Duration.ofSeconds(30), "every update in the Discord room", () -> discordTexts(discordRoom)
                .stream().filter(t -> t.contains("of the outage")).count() >= updates.size() ? true : null);
        assertThat("delivery resumed promptly after the platforms returned",
                Duration.between(back, Instant.now()), lessThan(RESUMES_WITHIN));

        assertEquals(expected, slackRoom.texts().stream().filter(t -> t.endsWith("of the outage")).toList(),
                "in order, each once, on Slack");
        assertEquals(updates, discordTexts(discordRoom).stream().filter(t -> t.contains("of the outage"))
                .map(t -> t.substring(t.indexOf("step"))).toList(), "in order, each once, on Discord");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: " + updates.get(updates.size() - 1));
        List<String> announced = slack.messages(FakeSlack.ANNOUNCEMENTS).stream().map(SlackMessage::text)
                .filter(t -> t.startsWith("📣 " + key) && t.endsWith("of the outage")).toList();
        assertEquals(updates.stream().map(u -> "📣 " + key + " update: " + u).toList(), announced,
                "the announcements channel, in order, each once");
        slackRoom.awaitCard("the last update", r -> r.cardField("Last update").startsWith("step 6"));
        discordRoom.awaitCard("the last update", r -> r.cardField("Last update").startsWith("step 6"));
    }

    @Test
    void aDiscordMessageWhoseAnswerWasLostIsDeliveredAgainButShownOnce() {
        discord.awaitBotReady();
        String key = Api.open("Lost answers", "3", "edge");
        DiscordRoom room = DiscordRoom.of(discord, key);

        discord.loseAnswerNext("POST", "channels/" + room.channelId() + "/messages");
        Api.run(key, "update taken but not acknowledged").statusCode(200);
        Api.run(key, "update the next one").statusCode(200);

        room.awaitPost("the next one");
        assertEquals(1, discord.requests("POST", "channels/" + room.channelId() + "/messages").stream()
                .filter(r -> r.status() == 500).count(), "the first answer was lost, so the outbox sent it again");
        List<Object> nonces = discord.requests("POST", "channels/" + room.channelId() + "/messages").stream()
                .map(r -> (io.vertx.core.json.JsonObject) r.body())
                .filter(b -> b.getString("content", "").contains("taken but not acknowledged"))
                .map(b -> b.getValue("nonce")).toList();
        assertEquals(2, nonces.size(), "sent twice");
        assertEquals(nonces.get(0), nonces.get(1), "with the same nonce both times");
        assertEquals(1, discordTexts(room).stream().filter(t -> t.contains("taken but not acknowledged")).count(),
                "Discord kept one message for the two tries (same nonce)");
        List<String> order = discordTexts(room).stream().filter(t -> t.contains("taken but") || t.contains("next one"))
                .toList();
        assertEquals(2, order.size());
        assertEquals(true, order.get(0).contains("taken but") && order.get(1).contains("next one"), "in order: "
                + order);
    }

    private static List<String> discordTexts(DiscordRoom room) {
        return room.discord().messages(room.channelId()).stream().map(m -> m.getString("content", ""))
                .filter(t -> !t.isEmpty()).toList();
    }
}
