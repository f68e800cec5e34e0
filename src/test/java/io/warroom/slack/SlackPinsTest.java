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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a 📌 records from Slack's own message format: mrkdwn (mentions, links, escapes) read as plain text, at the
 * message's exact ts. Pinning on every platform is in the chat contract ({@code io.warroom.chat.contract}).
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackPinsTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();

    @Test
    void aPinnedMessageIsRecordedAsPlainTextAtItsExactTsAndRedeliveriesAreSeenAsSuch() {
        SlackRoom room = openRoom("DB cpu");
        String ts = slack.addMessage(room.channelId(), FakeSlack.ANA, "db cpu at 100% since the 14:02 deploy, "
                + "<@" + FakeSlack.BO + "> is on it: <https://grafana.example.com/d/db|DB dashboard> &amp; logs");

        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00001", FakeSlack.BO, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), null).status());
        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00001", FakeSlack.BO, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), 1).status(), "Slack's retry of the same event");
        awaitPins(room.key(), 1);
        assertEquals(200, signed.event(SlackPayloads.reactionAdded("Ev0PIN00002", FakeSlack.ANA, "pushpin",
                room.channelId(), ts, FakeSlack.ANA), null).status(), "someone else pins it too");

        JsonNode pinned = awaitPins(room.key(), 1).get(0);
        assertEquals("📌 ana: db cpu at 100% since the 14:02 deploy, @bo is on it: DB dashboard "
                + "(https://grafana.example.com/d/db) & logs", pinned.path("text").asText());
        assertEquals(time(ts), Instant.parse(pinned.path("time").asText()), "at the exact time it was written");
        Eventually.until("the retry and the second pin were handled", () -> slack.log().text()
                .split("📌 message " + Pattern.quote(ts) + " in " + room.channelId() + " was already recorded", -1)
                .length - 1 >= 2);
        assertEquals(1, pins(room.key()).size(), "the retry and the second pin added nothing");
    }

    private SlackRoom openRoom(String title) {
        try (FakeHttp hooks = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"))) {
            return SlackRoom.awaitOpened(slack, SlackFlow.openFromGeneral(signed, title, hooks.url("/opened")));
        }
    }

    private static List<JsonNode> awaitPins(String key, int count) {
        return Eventually.await(() -> pins(key), p -> p.size() >= count, Duration.ofSeconds(15));
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
