package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.warroom.support.slack.SlackPayloads;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the impact began, from Slack: the open form's date and time picker, and the backfilled note's button. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackImpactStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl hooks = new ResponseUrl();

    @Test
    void theBackfilledNotesButtonMovesTheImpactStartToTheNotesTime() {
        String key = SlackFlow.openFromGeneral(signed, "Orders lost since the afternoon sev:2", hooks.url("/opened"));
        Instant earlier = Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);

        Answer noted = signed.command(key + " note --at " + TYPED.format(earlier) + " first 5xx in the logs",
                FakeSlack.ANA, "ana", FakeSlack.GENERAL, hooks.url("/noted"));

        assertEquals(200, noted.status(), noted.body());
        JsonNode button = buttons(noted.json()).get(0);
        assertTrue(button.path("text").path("text").asText().startsWith("Impact began "), button.toString());
        assertEquals("wr:" + key + ":started " + TYPED.format(earlier), button.path("action_id").asText());
        assertEquals(detected(key), started(key), "nothing moves before the click");

        Answer clicked = signed.interaction(SlackPayloads.blockAction(FakeSlack.ANA, "ana", FakeSlack.GENERAL,
                "1712345678.000100", button.path("action_id").asText(), button.path("text").path("text").asText(),
                null, hooks.url("/clicked")));

        assertEquals(200, clicked.status());
        String answer = hooks.await(r -> r.path().equals("/clicked"), 1, Duration.ofSeconds(10)).get(0).body();
        assertTrue(answer.contains("Impact began ") && answer.contains("before detection"), answer);
        assertEquals(earlier, started(key));
        assertTrue(SlackFlow.timeline(key).stream().anyMatch(e -> e.path("text").asText().startsWith("Impact began")
                && e.path("actor").path("id").asText().equals(FakeSlack.ANA)), "Ana's click is on the timeline");

        signed.interaction(SlackPayloads.blockAction(FakeSlack.ANA, "ana", FakeSlack.GENERAL, "1712345678.000100",
                button.path("action_id").asText(), button.path("text").path("text").asText(), null,
                hooks.url("/again")));
        String again = hooks.await(r -> r.path().equals("/again"), 1, Duration.ofSeconds(10)).get(0).body();
        assertTrue(again.contains("already began"), again);
        assertEquals(1, SlackFlow.timeline(key).stream().filter(e -> e.path("text").asText()
                .startsWith("Impact began")).count(), "a second click changes nothing");
    }

    @Test
    void theOpenFormTakesWhenTheImpactBeganAndRefusesAFutureOne() throws Exception {
        signed.command("", FakeSlack.BO, "bo", FakeSlack.GENERAL, hooks.url("/form"));
        JsonNode view = slack.awaitCall("views.open", c -> c.json("view").path("private_metadata").asText()
                .contains(hooks.url("/form"))).json("view");
        JsonNode picker = view.path("blocks").get(4);
        assertEquals("started", picker.path("block_id").asText());
        assertEquals("datetimepicker", picker.path("element").path("type").asText());
        assertTrue(picker.path("optional").asBoolean(), "the start may be left empty");
        int incidents = SlackFlow.incidentCount();

        Answer future = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.BO, "bo", view, Map.of(
                "title", SlackPayloads.textInput("Refunds stuck in the future"),
                "severity", SlackPayloads.selected("2", "SEV2"),
                "started", picked(Instant.now().plus(Duration.ofHours(2))))));
        assertEquals("errors", future.json().path("response_action").asText(), future.body());
        assertEquals("That is in the future; give when the impact began, or leave it empty.",
                future.json().path("errors").path("started").asText());
        assertEquals(incidents, SlackFlow.incidentCount(), "nothing opened");

        Instant began = Instant.now().minus(Duration.ofMinutes(95)).truncatedTo(ChronoUnit.MINUTES);
        Answer submitted = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.BO, "bo", view, Map.of(
                "title", SlackPayloads.textInput("Refunds stuck"),
                "severity", SlackPayloads.selected("2", "SEV2"),
                "started", picked(began))));
        assertEquals(200, submitted.status());
        String told = hooks.await(r -> r.path().equals("/form") && r.body().contains("Refunds stuck"), 1,
                Duration.ofSeconds(10)).get(0).body();
        String key = SlackCommandsTest.key(JSON.readTree(told).path("text").asText());
        assertEquals(began, started(key));
        assertTrue(told.contains("Impact began "), told);
    }

    private static JsonNode picked(Instant at) {
        ObjectNode value = JSON.createObjectNode().put("type", "datetimepicker");
        return value.put("selected_date_time", at.getEpochSecond());
    }

    private static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> buttons = new ArrayList<>();
        message.path("blocks").forEach(block -> block.path("elements").forEach(element -> {
            if (element.path("type").asText().equals("button")) {
                buttons.add(element);
            }
        }));
        return buttons;
    }

    private static Instant started(String key) {
        return Instant.parse(Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .path("milestones.started"));
    }

    private static Instant detected(String key) {
        return Instant.parse(Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .path("milestones.detected"));
    }
}
