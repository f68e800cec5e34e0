package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack rate-limiting and failing for a while: nothing is lost, Retry-After is honoured, order is kept. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackOutageTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void whenSlackIsDownForAWhileEveryMessageArrivesAfterwardsInOrder() {
        String key = Api.open("Slack weather", "2", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "🚨 " + key + " opened: Slack weather (SEV2 · edge)");
        int before = slack.calls().size();

        slack.failNext(1, 429, 3);
        slack.failNext(1, 500, null);
        slack.failNext(1, 503, null);
        Api.run(key, "update first").statusCode(200);
        Api.run(key, "update second").statusCode(200);
        Api.run(key, "update third").statusCode(200);

        room.awaitPost("ana: third");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: third");
        assertEquals(List.of("ana: first", "ana: second", "ana: third"), room.texts().stream()
                .filter(t -> t.matches("ana: (first|second|third)")).toList());
        assertEquals(List.of("📣 " + key + " update: first", "📣 " + key + " update: second",
                "📣 " + key + " update: third"), slack.messages(FakeSlack.ANNOUNCEMENTS).stream()
                .map(SlackMessage::text).filter(t -> t.startsWith("📣 " + key)).toList());

        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        SlackCall limited = during.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
        // Announcements have a lane of their own, so the next call to the refused call's channel is the retry.
        SlackCall next = during.subList(during.indexOf(limited) + 1, during.size()).stream()
                .filter(c -> c.method().equals(limited.method())
                        && java.util.Objects.equals(c.param("channel"), limited.param("channel")))
                .findFirst().orElseThrow();
        assertTrue(Duration.between(limited.at(), next.at()).compareTo(Duration.ofMillis(2900)) >= 0,
                "waited as Retry-After said: " + Duration.between(limited.at(), next.at()));
        assertEquals(2, during.stream().filter(c -> c.status() >= 500).count());
        room.awaitCard("the last update", r -> r.cardField("Last update").startsWith("third"));
    }
}
