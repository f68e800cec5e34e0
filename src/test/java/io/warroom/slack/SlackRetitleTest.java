package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackRoom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code title} and {@code service} typed in the incident's Slack channel: the card follows, the channel keeps its
 * name.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackRetitleTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl responseUrl = new ResponseUrl();

    @Test
    void theCardShowsTheNewTitleAndServiceWhileTheChannelKeepsItsName() {
        String key = Api.authorized().body(Map.of("title", "Kafka consumers stalled", "severity", "2", "user", "ana"))
                .post("/api/incidents").then().statusCode(201).extract().path("key");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        String channelName = room.name();
        String service = "streaming-" + UUID.randomUUID().toString().substring(0, 8);

        assertEquals("Title changed: Kafka consumers stalled → Kafka consumers stalled on rebalance",
                typed(room, "title Kafka consumers stalled on rebalance"));
        assertEquals("Service set: " + service + " (was: none)", typed(room, "service " + service));

        room.awaitCard("the new title and service", r -> r.card().blockText().contains("Kafka consumers stalled on "
                + "rebalance") && service.equals(r.cardField("Service")));
        assertEquals(channelName, room.channel().name, "links already shared keep working");
        assertEquals(List.of(), slack.calls("conversations.rename"));
    }

    @Test
    void anOverLongTitleOrTwoServicesGetTheUsageLineAndChangeNothing() {
        String key = Api.open("Kafka lag on the audit topic", "3", "audit-" + UUID.randomUUID().toString()
                .substring(0, 8));
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        assertEquals("`title` is 201 characters; the limit is 200.\nUsage: /incident title &lt;new title&gt;",
                typed(room, "title " + "t".repeat(201)));
        assertEquals("`service` takes one name, not `audit ledger`.\nUsage: /incident service &lt;name&gt; | service "
                + "none",
                typed(room, "service audit ledger"));
        assertEquals("Kafka lag on the audit topic", Api.authorized().get("/api/incidents/" + key).then()
                .extract().path("title"));
    }

    /** Typed by Ana in the incident's channel, which names the incident. */
    private String typed(SlackRoom room, String text) {
        Answer answer = signed.command(text, FakeSlack.ANA, "ana", room.channelId(),
                responseUrl.url("/commands/" + FakeSlack.TEAM_ID + "/1/hook"));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().path("text").asText();
    }
}
