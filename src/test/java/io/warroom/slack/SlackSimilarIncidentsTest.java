package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Similar past incidents in Slack: a field of the pinned card, and {@code /incident similar} typed anywhere. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackSimilarIncidentsTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl responseUrl = new ResponseUrl();

    @Test
    void theCardOfANewIncidentShowsTheEarlierOneWithItsRootCauseAndFix() {
        String service = "streaming-" + UUID.randomUUID().toString().substring(0, 8);
        String earlier = Api.open("Kafka broker disk saturation", "2", service);
        Api.run(earlier, "why retention was 30 days on a 2 TB disk").statusCode(200);
        Api.run(earlier, "resolve cut retention to 7 days").statusCode(200);

        String key = Api.open("Kafka broker disk saturation again", "2", service);
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        String field = room.cardField("Similar past incidents");
        assertTrue(field.startsWith(earlier + " · Kafka broker disk saturation ("), field);
        assertTrue(field.endsWith(") — root cause: retention was 30 days on a 2 TB disk · fix: cut retention to 7 "
                + "days"), field);

        Answer inRoom = signed.command("similar", FakeSlack.ANA, "ana", room.channelId(), hook());
        assertEquals(200, inRoom.status(), inRoom.body());
        String text = inRoom.json().path("text").asText();
        assertTrue(text.startsWith("Similar past incidents to " + key + ", most alike first:\n1. " + earlier), text);
        assertTrue(text.contains("\n   Root cause: retention was 30 days on a 2 TB disk\n   Resolution: cut retention "
                + "to 7 days"), text);
    }

    @Test
    void anIncidentWithoutLookAlikesHasNoSuchFieldAndTheCommandSaysSo() {
        String key = Api.open("Badge printer jammed in the lobby", "4",
                "facilities-" + UUID.randomUUID().toString().substring(0, 8));
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertNull(room.cardField("Similar past incidents"));

        Answer fromGeneral = signed.command("similar " + key, FakeSlack.BO, "bo", FakeSlack.GENERAL, hook());
        assertEquals(200, fromGeneral.status());
        assertTrue(fromGeneral.json().path("text").asText().startsWith("No earlier incident looks like " + key + "."));
    }

    @Test
    void extraWordsOrNoIncidentGetTheUsageLine() {
        Answer extra = signed.command("similar to the last one", FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());
        assertTrue(extra.json().path("text").asText().contains("Usage: /incident similar"), extra.body());
        Answer none = signed.command("similar", FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());
        assertTrue(none.json().path("text").asText().startsWith("Which incident?"), none.body());
    }

    private String hook() {
        return responseUrl.url("/commands/" + FakeSlack.TEAM_ID + "/1/hook");
    }
}
