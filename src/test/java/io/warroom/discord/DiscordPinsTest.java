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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 📌 on a message in an incident channel puts it on the timeline once. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordPinsTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Test
    void aPinnedMessageLandsOnTheTimelineOnceWithItsAuthorTimeAndLink() throws Exception {
        discord.awaitBotReady();
        FakeUser ana = discord.addMember("Ana");
        FakeUser bo = discord.addMember("Bo");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "DB cpu");
        JsonObject said = discord.postAsUser(ana, room.channelId(), "db cpu at 100% since the 14:02 deploy");
        Thread.sleep(1100);

        discord.react(bo, room.channelId(), said.getString("id"), "📌");
        JsonObject pinned = awaitPinned(room.key(), 1).get(0);
        discord.react(bo, room.channelId(), said.getString("id"), "📌");
        discord.react(ana, room.channelId(), said.getString("id"), "📌");
        discord.react(bo, room.channelId(), said.getString("id"), "👍");
        JsonObject other = discord.postAsUser(bo, room.channelId(), "restarting the replica");
        discord.react(bo, room.channelId(), other.getString("id"), "📌");
        List<JsonObject> both = awaitPinned(room.key(), 2);

        assertEquals("📌 Ana: db cpu at 100% since the 14:02 deploy", pinned.getString("text"));
        assertEquals("Bo", pinned.getJsonObject("actor").getString("name"), "recorded as pinned by Bo");
        assertEquals("https://discord.com/channels/" + discord.guildId() + "/" + room.channelId() + "/"
                + said.getString("id"), pinned.getString("link"));
        assertEquals(Instant.parse(said.getString("timestamp")).toEpochMilli() / 1000,
                Instant.parse(pinned.getString("time")).toEpochMilli() / 1000, "at the time it was written");
        assertEquals("📌 Bo: restarting the replica", both.get(1).getString("text"));
        assertEquals(2, pins(room.key()).size(), "the repeated and the other reactions added nothing");
    }

    @Test
    void pinsOutsideIncidentChannelsAreIgnored() throws Exception {
        discord.awaitBotReady();
        FakeUser ana = discord.addMember("Ana");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Cache stampede");
        JsonObject elsewhere = discord.postAsUser(ana, discord.generalChannelId(), "lunch?");
        discord.react(ana, discord.generalChannelId(), elsewhere.getString("id"), "📌");
        JsonObject inRoom = discord.postAsUser(ana, room.channelId(), "cache hit ratio 3%");
        discord.react(ana, room.channelId(), inRoom.getString("id"), "📌");
        awaitPinned(room.key(), 1);
        assertEquals(List.of(), discord.requests("GET", "channels/" + discord.generalChannelId() + "/messages/"
                + elsewhere.getString("id")), "the bot did not even fetch a message outside incident channels");
    }

    private static List<JsonObject> awaitPinned(String key, int count) {
        return FakeDiscord.await(Duration.ofSeconds(10), count + " pinned messages on " + key, () -> {
            List<JsonObject> pins = pins(key);
            return pins.size() >= count ? pins : null;
        });
    }

    private static List<JsonObject> pins(String key) {
        JsonArray timeline = DiscordIncidentFlowTest.timeline(key);
        return timeline.stream().map(e -> (JsonObject) e).filter(e -> e.getString("kind").equals("pinned")).toList();
    }
}
