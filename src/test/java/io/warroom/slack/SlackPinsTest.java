package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 📌 on a message in an incident room puts it on the timeline once, however often Slack delivers the event. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackPinsTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();

    @Test
    void aPinnedMessageLandsOnTheTimelineOnceWithAuthorTextLinkAndTime() {
        SlackRoom room = openRoom("DB cpu");
        String ts = slack.addMessage(room.channelId(), FakeSlack.ANA, "db cpu at 100% since the 14:02 deploy, "
                + "<@" + FakeSlack.BO + "> is on it: <https://grafana.example.com/d/db|DB dashboard> &amp; logs");
        String other = slack.addMessage(room.channelId(), FakeSlack.BO, "restarting the replica");

        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00001", FakeSlack.BO, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), null).status());
        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00001", FakeSlack.BO, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), 1).status(), "Slack's retry of the same event");
        awaitPins(room.key(), 1);
        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00002", FakeSlack.ANA, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), null).status(), "someone else pins it too");
        signed.event(SlackPayloads.reactionAdded("Ev0PIN00003", FakeSlack.BO, "thumbsup", room.channelId(), other,
                FakeSlack.BO), null);
        signed.event(SlackPayloads.reactionAdded("Ev0PIN00004", FakeSlack.BO, "pushpin", room.channelId(), other,
                FakeSlack.BO), null);
        List<JsonNode> pins = awaitPins(room.key(), 2);

        JsonNode pinned = pins.stream().filter(p -> p.path("text").asText().contains("db cpu")).findFirst()
                .orElseThrow();
        assertEquals("📌 ana: db cpu at 100% since the 14:02 deploy, @bo is on it: DB dashboard "
                + "(https://grafana.example.com/d/db) & logs", pinned.path("text").asText());
        assertEquals(FakeSlack.BO, pinned.path("actor").path("id").asText(), "pinned by Bo");
        assertEquals("bo", pinned.path("actor").path("name").asText());
        assertEquals("https://acme.slack.com/archives/" + room.channelId() + "/p" + ts.replace(".", ""),
                pinned.path("link").asText());
        assertEquals(time(ts), Instant.parse(pinned.path("time").asText()), "at the time it was written");
        assertEquals("📌 bo: restarting the replica", pins.stream().filter(p -> p != pinned).findFirst()
                .orElseThrow().path("text").asText());
        Eventually.until("the retry and the second pin were handled", () -> slack.log().text()
                .split("📌 message " + java.util.regex.Pattern.quote(ts) + " in " + room.channelId()
                        + " was already recorded", -1).length - 1 >= 2);
        assertEquals(2, pins(room.key()).size(), "the retry, the second pin and the 👍 added nothing");
    }

    @Test
    void pinsOutsideIncidentRoomsAreIgnored() {
        SlackRoom room = openRoom("Cache stampede");
        String elsewhere = slack.addMessage(FakeSlack.GENERAL, FakeSlack.ANA, "lunch?");
        String inRoom = slack.addMessage(room.channelId(), FakeSlack.ANA, "cache hit ratio 3%");

        signed.event(SlackPayloads.reactionAdded("Ev0PIN00010", FakeSlack.ANA, "pushpin", FakeSlack.GENERAL,
                elsewhere, FakeSlack.ANA), null);
        signed.event(SlackPayloads.reactionAdded("Ev0PIN00011", FakeSlack.ANA, "pushpin", room.channelId(), inRoom,
                FakeSlack.ANA), null);

        awaitPins(room.key(), 1);
        assertEquals(List.of(), slack.calls("conversations.history", c -> FakeSlack.GENERAL.equals(
                c.param("channel"))), "the bot did not even read #general");
    }

    private SlackRoom openRoom(String title) {
        try (FakeHttp hooks = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"))) {
            return SlackRoom.awaitOpened(slack, SlackFlow.openFromGeneral(signed, title, hooks.url("/opened")));
        }
    }

    private static List<JsonNode> awaitPins(String key, int count) {
        return io.warroom.support.Eventually.await(() -> pins(key), p -> p.size() >= count,
                java.time.Duration.ofSeconds(15));
    }

    private static List<JsonNode> pins(String key) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("kind").asText().equals("pinned")).toList();
    }

    private static Instant time(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                .longValue());
    }
}
