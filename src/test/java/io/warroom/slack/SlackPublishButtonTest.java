package io.warroom.slack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The room's echo of a status update carries "Publish on status page"; a click shows that update on /status. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackPublishButtonTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl hooks = new ResponseUrl();

    @Test
    void theEchoesButtonPublishesThatUpdateAndASecondClickChangesNothing() {
        String key = SlackFlow.openFromGeneral(signed, "Payments failing sev:2 service:slack-payments",
                hooks.url("/opened"));
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        signed.command("update SLACK-PUBLISH-MARKER card payments recovering", FakeSlack.ANA, "ana",
                room.channelId(), hooks.url("/typed"));
        // The card shows the latest update too, with its own buttons: the echo is the message offering to publish.
        SlackMessage echo = slack.awaitMessage(room.channelId(), "the update's echo", m -> m.blockText()
                .contains("SLACK-PUBLISH-MARKER") && publishButton(m) != null);
        JsonNode button = publishButton(echo);
        assertEquals(1, echo.buttons().size(), echo.buttons().toString());
        assertEquals("Publish on status page", button.path("text").path("text").asText());
        assertTrue(button.path("action_id").asText().startsWith("wr:" + key + ":update --publish "),
                button.toString());
        assertEquals(List.of(), publicTexts(), "not public before the click");

        Answer first = click(room, echo, button, "/first");
        Answer second = click(room, echo, button, "/second");

        assertEquals(200, first.status());
        assertEquals(200, second.status());
        String firstAnswer = hooks.await(r -> r.path().equals("/first"), 1, Duration.ofSeconds(10)).get(0).body();
        String secondAnswer = hooks.await(r -> r.path().equals("/second"), 1, Duration.ofSeconds(10)).get(0).body();
        assertTrue(firstAnswer.contains("is now on the status page"), firstAnswer);
        assertTrue(secondAnswer.contains("already on the status page"), secondAnswer);
        assertEquals(List.of("SLACK-PUBLISH-MARKER card payments recovering"), publicTexts());
        assertTrue(SlackFlow.timeline(key).stream().anyMatch(e -> e.path("text").asText().endsWith(
                "shown on the status page") && e.path("actor").path("id").asText().equals(FakeSlack.BO)),
                "Bo's click is on the timeline");
    }

    private static JsonNode publishButton(SlackMessage message) {
        return message.buttons().stream().filter(b -> b.path("action_id").asText().contains(":update --publish "))
                .findFirst().orElse(null);
    }

    private Answer click(SlackRoom room, SlackMessage echo, JsonNode button, String hook) {
        return signed.interaction(SlackPayloads.blockAction(FakeSlack.BO, "bo", room.channelId(), echo.ts,
                button.path("action_id").asText(), button.path("text").path("text").asText(), null, hooks.url(hook)));
    }

    private static List<String> publicTexts() {
        return given().get("/status.json").jsonPath().getList(
                "incidents.updates.flatten().findAll { it.text.startsWith('SLACK-PUBLISH-MARKER') }.text", String.class);
    }
}
