package io.warroom.slack;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackSocket;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import io.warroom.support.slack.FakeSlackResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack over Socket Mode, against a fake Socket Mode server that speaks the documented protocol: the same commands,
 * buttons, modals and 📌 as over HTTP, each envelope acknowledged (with the answer as payload), none run twice
 * across a refresh, a dropped connection or a redelivery, and hostile frames dropped or acknowledged with nothing run.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "socket", value = "on"),
    @ResourceArg(name = "slack.signing-secret", value = ""),
    @ResourceArg(name = "slack.team-id", value = FakeSlack.TEAM_ID)})
class SlackSocketModeTest {

    @InjectFakeSlack
    FakeSlack slack;

    private FakeSlackSocket socket;
    private FakeHttp hooks;

    @BeforeEach
    void connect() {
        socket = slack.socket();
        socket.awaitOpened(1);
        hooks = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    }

    @AfterEach
    void stopHooks() {
        hooks.close();
    }

    @Test
    void aCommandAButtonAModalAndAPinOverTheSocketRunThroughTheSameHandlers() {
        SlackRoom room = openRoom("Bad deploy sev:2 service:checkout");

        String clicked = click(room, "ack", "Acknowledge", FakeSlack.BO, "bo", "/ack");
        assertTrue(socket.awaitAck(clicked).payload().isMissingNode(), "a plain acknowledgement");
        hooks.await(r -> r.path().equals("/ack"), 1, Duration.ofSeconds(10));
        assertEquals("TRIAGE", Eventually.await(() -> phase(room.key()), "TRIAGE"::equals, Duration.ofSeconds(10)));

        click(room, "rollback", "Rollback", FakeSlack.BO, "bo", "/rollback");
        SlackCall asked = slack.awaitCall("views.open", c -> c.json("view").path("callback_id").asText()
                .equals(ConfirmModal.CALLBACK_ID) && c.json("view").toString().contains(room.key()));
        String confirmed = socket.send("interactive", SlackPayloads.viewSubmission(FakeSlack.BO, "bo",
                asked.json("view"), Map.of()));
        JsonNode answer = socket.awaitAck(confirmed).payload();
        assertEquals("update", answer.path("response_action").asText(), answer.toString());
        assertEquals("Done", answer.path("view").path("title").path("text").asText());
        JsonNode requested = SlackFlow.timeline(room.key()).stream().filter(e -> e.path("text").asText()
                .startsWith("Rollback of the last change to checkout requested by")).findFirst().orElseThrow();
        assertEquals(FakeSlack.BO, requested.path("actor").path("id").asText());

        String ts = slack.addMessage(room.channelId(), FakeSlack.ANA, "db cpu at 100% since the deploy");
        String pinned = socket.send("events_api", SlackPayloads.reactionAdded("Ev0SOCKPIN1", FakeSlack.BO,
                "pushpin", room.channelId(), ts, FakeSlack.ANA));
        socket.awaitAck(pinned);
        JsonNode pin = Eventually.await(() -> entries(room.key(), "📌"), p -> p.size() == 1, Duration.ofSeconds(15))
                .get(0);
        assertEquals("📌 ana: db cpu at 100% since the deploy", pin.path("text").asText());

        String ready = RestAssured.get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(ready, containsString("\"mode\": \"socket mode\""));
        assertThat(ready, containsString("\"connection\": \"connected\""));
        assertThat(slack.log().text(), not(containsString(FakeSlack.APP_TOKEN)));
        assertThat(slack.log().text(), not(containsString(FakeSlack.TOKEN)));
    }

    @Test
    void aRefreshARedeliveryAndADroppedConnectionMidIncidentLoseNoCommandAndRunNoneTwice() {
        SlackRoom room = openRoom("Queue backlog sev:3 service:jobs");
        int connections = socket.opened();

        String first = command("update first: consumers scaled up", room.channelId());
        socket.awaitAck(first);

        socket.requestRefresh();
        socket.awaitOpened(connections + 1);
        String second = command("update second: backlog draining", room.channelId());
        socket.awaitAck(second);
        socket.send("slash_commands", first, SlackPayloads.slashCommand("update first: consumers scaled up",
                FakeSlack.ANA, "ana", room.channelId(), hooks.url("/again")), 1);
        Eventually.until("the redelivery is acknowledged", () -> socket.acks(first).size() == 2);
        assertTrue(socket.acks(first).get(1).payload().isMissingNode(), "acknowledged, with no answer of its own");

        socket.drop();
        socket.awaitOpened(connections + 2);
        String third = command("update third: backlog cleared", room.channelId());
        socket.awaitAck(third);

        for (String update : List.of("first: consumers scaled up", "second: backlog draining",
                "third: backlog cleared")) {
            assertEquals(1, entries(room.key(), update).size(), "exactly once: " + update);
        }
        assertThat(slack.log().text(), containsString("Slack asked Warroom to reconnect (refresh_requested)"));
        Eventually.until("readiness says connected again", () -> RestAssured.get("/q/health/ready").asString()
                .contains("\"connection\": \"connected\""));
    }

    @Test
    void hostileFramesAreDroppedOrAcknowledgedAndRunNothing() {
        int before = SlackFlow.incidentCount();

        socket.sendRaw("{\"type\":\"slash_commands\",\"envelope_id\":\"half");
        socket.sendRaw("[1,2,3]");
        socket.sendRaw("{\"type\":\"slash_commands\",\"envelope_id\":\"big-1\",\"payload\":{\"text\":\"open "
                + "x".repeat(300_000) + "\"}}");
        socket.sendRaw("{\"type\":\"reticulate_splines\",\"envelope_id\":\"odd-1\",\"payload\":{}}");
        socket.sendRaw("{\"type\":\"slash_commands\",\"payload\":" + SlackPayloads.slashCommand("open No id",
                FakeSlack.ANA, "ana", FakeSlack.GENERAL, hooks.url("/x")) + "}");
        String noPayload = "bare-" + System.nanoTime();
        socket.sendRaw("{\"type\":\"interactive\",\"envelope_id\":\"" + noPayload + "\",\"payload\":\"x\"}");
        String notARequest = socket.send("interactive", "{\"team\":{\"id\":\"" + FakeSlack.TEAM_ID + "\"}}");
        String elsewhere = socket.send("slash_commands", SlackPayloads.slashCommand("open Stranger", FakeSlack.ANA,
                "ana", FakeSlack.GENERAL, hooks.url("/x")).replace(FakeSlack.TEAM_ID, "T0EVIL0001"));

        assertEquals("This Warroom serves another Slack workspace.",
                socket.awaitAck(elsewhere).payload().path("text").asText());
        assertTrue(socket.awaitAck(notARequest).payload().isMissingNode());
        socket.awaitAck(noPayload);
        socket.awaitAck("odd-1");
        String works = command("open Still works after all that", FakeSlack.GENERAL);
        assertThat(socket.awaitAck(works).payload().path("text").asText(), containsString("Opened INC-"));

        assertEquals(before + 1, SlackFlow.incidentCount(), "only the last command ran");
        assertEquals(List.of(), socket.acks("big-1"), "too large to read, so nothing to acknowledge");
        String log = slack.log().text();
        assertThat(log, containsString("Slack Socket Mode frame dropped: not a JSON object"));
        assertThat(log, containsString("more than Slack sends"));
        assertThat(log, containsString("message of unknown type \"reticulate_splines\" ignored"));
        assertThat(log, containsString("envelope dropped: no valid envelope_id"));
        assertThat(log, containsString("refused (request from workspace T0EVIL0001, not " + FakeSlack.TEAM_ID));
        assertFalse(log.contains("xxxxxxxxxxxxxxxx"), "no payload in the log");
    }

    private SlackRoom openRoom(String titleAndOptions) {
        String opened = command("open " + titleAndOptions, FakeSlack.GENERAL);
        JsonNode answer = socket.awaitAck(opened).payload();
        assertEquals("ephemeral", answer.path("response_type").asText(), answer.toString());
        return SlackRoom.awaitOpened(slack, SlackCommandsTest.key(answer.path("text").asText()));
    }

    private String command(String text, String channelId) {
        return socket.send("slash_commands", SlackPayloads.slashCommand(text, FakeSlack.ANA, "ana", channelId,
                hooks.url("/command")));
    }

    private String click(SlackRoom room, String verb, String label, String userId, String userName, String hook) {
        return socket.send("interactive", SlackPayloads.blockAction(userId, userName, room.channelId(),
                room.cardTs(), "wr:" + room.key() + ":" + verb, label, null, hooks.url(hook)));
    }

    private static String phase(String key) {
        return io.warroom.support.Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .jsonPath().getString("phase");
    }

    private static List<JsonNode> entries(String key, String containing) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("text").asText().contains(containing)).toList();
    }
}
