package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.FakeHttp;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The card's buttons, clicked by anyone in the room: each click is acknowledged at once, runs as the person who
 * clicked (so the timeline names them), and is answered to them alone; Rollback asks in a modal first.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackButtonsTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl hooks = new ResponseUrl();

    @Test
    void everyCardButtonRunsItsCommandAsTheClickerAndAnswersThem() {
        SlackRoom room = openRoom("Checkout 5xx spike sev:2 service:checkout");
        assertEquals(List.of("Acknowledge", "Next phase", "Rollback", "Resolve", "Export postmortem"),
                room.card().buttonLabels());

        Answer ack = click(room, "Acknowledge", FakeSlack.BO, "bo", "/ack");
        assertEquals(200, ack.status());
        assertTrue(ack.took().compareTo(Duration.ofSeconds(3)) < 0, "within Slack's 3 seconds: " + ack.took());
        assertEquals("", ack.body(), "a plain acknowledgement");
        FakeHttp.Request answer = hooks.await(r -> r.path().equals("/ack"), 1, Duration.ofSeconds(10)).get(0);
        assertTrue(answer.body().contains("\"response_type\":\"ephemeral\""), answer.body());
        assertTrue(answer.body().contains("\"replace_original\":false"), "the card stays: " + answer.body());
        assertPhase(room.key(), "triage");
        assertTrue(byActor(room.key(), FakeSlack.BO).size() >= 1, "Bo's click is on the timeline");
        room.awaitCard("the Triage phase", r -> r.card().blockText().contains("▶️ Triage"));

        click(room, "Next phase", FakeSlack.ANA, "ana", "/next");
        hooks.await(r -> r.path().equals("/next"), 1, Duration.ofSeconds(10));
        assertPhase(room.key(), "mitigate");

        click(room, "Resolve", FakeSlack.BO, "bo", "/resolve");
        hooks.await(r -> r.path().equals("/resolve"), 1, Duration.ofSeconds(10));
        assertEquals("resolved", Api.authorized().get("/api/incidents/" + room.key()).then().statusCode(200)
                .extract().jsonPath().getString("status").toLowerCase());

        click(room, "Export postmortem", FakeSlack.ANA, "ana", "/export");
        String exported = hooks.await(r -> r.path().equals("/export"), 1, Duration.ofSeconds(10)).get(0).body();
        assertTrue(exported.contains("Postmortem of " + room.key() + " exported as"), exported);
        slack.awaitMessage(room.channelId(), "the postmortem file", m -> !m.fileIds().isEmpty());
    }

    @Test
    void rollbackAsksInAModalAndRunsOnlyOnceConfirmed() {
        SlackRoom room = openRoom("Bad deploy service:checkout");
        int before = SlackFlow.timeline(room.key()).size();

        Answer clicked = click(room, "Rollback", FakeSlack.BO, "bo", "/rollback");

        assertEquals(200, clicked.status());
        SlackCall asked = slack.awaitCall("views.open", c -> c.json("view").path("callback_id").asText()
                .equals(ConfirmModal.CALLBACK_ID) && c.json("view").toString().contains(room.key()));
        JsonNode view = asked.json("view");
        assertEquals("Roll back " + room.key() + "?", view.path("title").path("text").asText());
        assertEquals("Request rollback", view.path("submit").path("text").asText());
        assertEquals(before, SlackFlow.timeline(room.key()).size(), "nothing ran before confirming");
        assertEquals(List.of(), hooks.requests(r -> r.path().equals("/rollback")), "the modal is the answer");

        Answer confirmed = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.BO, "bo", view, Map.of()));

        assertEquals(200, confirmed.status());
        assertEquals("update", confirmed.json().path("response_action").asText());
        assertEquals("Done", confirmed.json().path("view").path("title").path("text").asText());
        JsonNode requested = SlackFlow.timeline(room.key()).stream().filter(e -> e.path("text").asText()
                .startsWith("Rollback of the last change to checkout requested by")).findFirst().orElseThrow();
        assertEquals(FakeSlack.BO, requested.path("actor").path("id").asText());
    }

    @Test
    void rollbackTypedInTheRoomAsksTheSameWay() {
        SlackRoom room = openRoom("Queue backlog");

        Answer typed = signed.command("rollback", FakeSlack.ANA, "ana", room.channelId(), hooks.url("/typed"));

        assertEquals(200, typed.status());
        assertEquals("", typed.body());
        JsonNode view = slack.awaitCall("views.open", c -> c.json("view").toString().contains("Roll back "
                + room.key())).json("view");
        assertTrue(view.path("blocks").get(0).path("text").path("text").asText().contains("Confirming records a "
                + "rollback request"), view.toString());
    }

    @Test
    void aButtonThatAsksForTextOpensAFormAndTheAnswerCompletesItsCommand() {
        SlackRoom room = openRoom("Login errors");

        Answer clicked = signed.interaction(SlackPayloads.blockAction(FakeSlack.ANA, "ana", room.channelId(),
                room.cardTs(), "wr:" + room.key() + ":update", "Post update", "Status update", hooks.url("/update")));

        assertEquals(200, clicked.status());
        JsonNode view = slack.awaitCall("views.open", c -> c.json("view").path("callback_id").asText()
                .equals(PromptModal.CALLBACK_ID) && c.json("view").toString().contains(room.key())).json("view");
        assertEquals("Status update", view.path("blocks").get(0).path("label").path("text").asText());
        Answer sent = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.ANA, "ana", view, Map.of(
                PromptModal.TEXT, SlackPayloads.textInput("Rolled back; error rate falling"))));
        assertEquals(200, sent.status());
        hooks.await(r -> r.path().equals("/update"), 1, Duration.ofSeconds(10));
        assertTrue(SlackFlow.timeline(room.key()).stream().anyMatch(e -> e.path("text").asText()
                .contains("Rolled back; error rate falling")), "the update is on the timeline");
    }

    private SlackRoom openRoom(String titleAndOptions) {
        String key = SlackFlow.openFromGeneral(signed, titleAndOptions, hooks.url("/opened"));
        return SlackRoom.awaitOpened(slack, key);
    }

    private Answer click(SlackRoom room, String label, String userId, String userName, String hookPath) {
        JsonNode button = room.card().buttons().stream().filter(b -> b.path("text").path("text").asText()
                .equals(label)).findFirst().orElseThrow(() -> new AssertionError("no " + label + " button"));
        return signed.interaction(SlackPayloads.blockAction(userId, userName, room.channelId(), room.cardTs(),
                button.path("action_id").asText(), label, null, hooks.url(hookPath)));
    }

    private static void assertPhase(String key, String phase) {
        assertEquals(phase, Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .jsonPath().getString("phase").toLowerCase());
    }

    private static List<JsonNode> byActor(String key, String userId) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("actor").path("id").asText().equals(userId))
                .toList();
    }
}
