package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an attacker can send to {@code /slack/events} is refused before it is parsed or run, answered with a short
 * reason, logged in one short line, and changes nothing: oversized bodies, unsigned or future-dated ones, replays of
 * a signed request, requests from another workspace (SLACK_TEAM_ID is set here), malformed payloads.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "slack.team-id", value = FakeSlack.TEAM_ID))
class HostileSlackInputTest {

    private static final String OTHER_TEAM = "T0EVIL0001";
    /** Longest log line a refusal may write. */
    private static final int SHORT_LINE = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    SeenSlackRequests seen;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl hooks = new ResponseUrl();

    @Test
    void aBodyOverTheLimitIsRefusedWith413FromItsLengthAlone() {
        int incidents = SlackFlow.incidentCount();
        long logBefore = slack.log().text().length();
        String huge = SignedSlackRequests.form(command("open Oversized sev:1", FakeSlack.TEAM_ID))
                + "&padding=" + "A".repeat(300 * 1024);

        Answer answer = signed.send(huge, SignedSlackRequests.FORM);

        assertEquals(413, answer.status());
        assertTrue(answer.body().contains("at most 256 KiB"), answer.body());
        assertEquals(incidents, SlackFlow.incidentCount(), "nothing was opened");
        assertShortRefusalLogged(logBefore, "(413)");
    }

    @Test
    void aBodySentWithoutALengthIsMeasuredAndRefusedOverTheLimit() throws Exception {
        int incidents = SlackFlow.incidentCount();
        byte[] huge = (SignedSlackRequests.form(command("open Chunked sev:1", FakeSlack.TEAM_ID)) + "&padding="
                + "B".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
        String now = String.valueOf(Instant.now().getEpochSecond());

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(events())
                .header("Content-Type", SignedSlackRequests.FORM).header("X-Slack-Request-Timestamp", now)
                .header("X-Slack-Signature", signed.signature(now, new String(huge, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(incidents, SlackFlow.incidentCount(), "nothing was opened");
    }

    @Test
    void anUnsignedHugeBodyNeverReachesTheLog() {
        long logBefore = slack.log().text().length();
        String eightMiB = "X".repeat(8 * 1024 * 1024);

        Answer refusedByLength = postQuietly(eightMiB, "text/plain", Map.of());
        Answer unsigned = SignedSlackRequests.post("Y".repeat(200 * 1024), "text/plain", Map.of());

        assertEquals(413, refusedByLength.status(), refusedByLength.body());
        assertEquals(401, unsigned.status(), unsigned.body());
        assertShortRefusalLogged(logBefore, "(401): no signature");
        String written = slack.log().text().substring((int) logBefore);
        assertFalse(written.contains("XXXXXXXXXX") || written.contains("YYYYYYYYYY"), "no body in the log");
        assertTrue(written.length() < 4096, "the log grew by " + written.length() + " characters");
    }

    @Test
    void aSignedSlashCommandSentTwiceRunsOnce() {
        int incidents = SlackFlow.incidentCount();
        String body = SignedSlackRequests.form(command("open Replayed outage sev:3", FakeSlack.TEAM_ID));
        String now = String.valueOf(Instant.now().getEpochSecond());
        Map<String, String> headers = Map.of("X-Slack-Request-Timestamp", now,
                "X-Slack-Signature", signed.signature(now, body));

        Answer first = SignedSlackRequests.post(body, SignedSlackRequests.FORM, headers);
        Answer replayed = SignedSlackRequests.post(body, SignedSlackRequests.FORM, headers);

        assertEquals(200, first.status(), first.body());
        assertEquals(409, replayed.status(), replayed.body());
        assertTrue(replayed.body().contains("already received"), replayed.body());
        assertEquals(incidents + 1, SlackFlow.incidentCount(), "one incident, not two");
        assertEquals(1, titled("Replayed outage"), "one incident with that title");
        assertTrue(slack.log().count("(409): replay of a signed request") >= 1, "the replay was logged");
    }

    @Test
    void slackRetryOfAnEventIsAcknowledgedAndRecordedOnce() {
        SlackRoom room = SlackRoom.awaitOpened(slack, SlackFlow.openFromGeneral(signed, "Retried pin",
                hooks.url("/opened")));
        String ts = slack.addMessage(room.channelId(), FakeSlack.ANA, "checking the retry path");
        String event = SlackPayloads.reactionAdded("Ev0RETRY0001", FakeSlack.BO, "pushpin", room.channelId(), ts,
                FakeSlack.ANA);
        String now = String.valueOf(Instant.now().getEpochSecond());
        Map<String, String> signedNow = Map.of("X-Slack-Request-Timestamp", now,
                "X-Slack-Signature", signed.signature(now, event));
        Map<String, String> sameSignatureRetried = new LinkedHashMap<>(signedNow);
        sameSignatureRetried.put("X-Slack-Retry-Num", "1");
        sameSignatureRetried.put("X-Slack-Retry-Reason", "http_timeout");

        assertEquals(200, SignedSlackRequests.post(event, "application/json", signedNow).status());
        assertEquals(200, SignedSlackRequests.post(event, "application/json", sameSignatureRetried).status());
        assertEquals(200, signed.event(event, 2).status(), "a retry signed afresh");

        Eventually.until("the pin on the timeline", () -> pins(room.key()) == 1);
        assertEquals(1, pins(room.key()), "pinned once");
    }

    @Test
    void signaturesAreForgottenOnlyOnceTheirWindowIsOver() throws Exception {
        long now = Instant.now().getEpochSecond();
        String old = "v0=" + "a".repeat(60) + Long.toHexString(now).substring(4);
        String recent = "v0=" + "b".repeat(60) + Long.toHexString(now).substring(4);
        assertTrue(seen.firstTime(old, now - 3600));
        assertTrue(seen.firstTime(recent, now - 200));

        seen.prune();

        assertTrue(seen.firstTime(old, now - 3600), "an hour-old signature was forgotten");
        assertFalse(seen.firstTime(recent, now - 200), "one still inside the window is kept");
    }

    @Test
    void aTimestampInTheFutureIsRefused() {
        int incidents = SlackFlow.incidentCount();
        String body = SignedSlackRequests.form(command("open From the future sev:1", FakeSlack.TEAM_ID));
        String later = String.valueOf(Instant.now().plusSeconds(400).getEpochSecond());

        Answer answer = SignedSlackRequests.post(body, SignedSlackRequests.FORM, Map.of(
                "X-Slack-Request-Timestamp", later, "X-Slack-Signature", signed.signature(later, body)));

        assertEquals(401, answer.status(), answer.body());
        assertEquals(incidents, SlackFlow.incidentCount());
        assertTrue(slack.log().count("(401): timestamp more than 5 minutes in the future") >= 1);
    }

    @Test
    void requestsFromAnotherWorkspaceAreRefusedWith403() {
        SlackRoom room = SlackRoom.awaitOpened(slack, SlackFlow.openFromGeneral(signed, "Cross workspace",
                hooks.url("/opened")));
        int incidents = SlackFlow.incidentCount();
        int timeline = SlackFlow.timeline(room.key()).size();
        String ackId = room.card().buttons().stream().filter(b -> b.path("text").path("text").asText()
                .equals("Acknowledge")).findFirst().orElseThrow().path("action_id").asText();
        String click = SlackPayloads.blockAction(FakeSlack.BO, "bo", room.channelId(), room.cardTs(), ackId,
                "Acknowledge", null, hooks.url("/ack"));
        String ts = slack.addMessage(room.channelId(), FakeSlack.ANA, "pinned from elsewhere");

        List<Answer> answers = List.of(
                signed.send(SignedSlackRequests.form(command("open Evil sev:1", OTHER_TEAM)), SignedSlackRequests.FORM),
                signed.interaction(click.replace(FakeSlack.TEAM_ID, OTHER_TEAM)),
                signed.interaction(click.replace("\"team_id\":\"" + FakeSlack.TEAM_ID, "\"team_id\":\"" + OTHER_TEAM)),
                signed.event(SlackPayloads.reactionAdded("Ev0EVIL0001", FakeSlack.BO, "pushpin", room.channelId(), ts,
                        FakeSlack.ANA).replace(FakeSlack.TEAM_ID, OTHER_TEAM), null));

        for (Answer answer : answers) {
            assertEquals(403, answer.status(), answer.body());
            assertTrue(answer.body().contains("another Slack workspace"), answer.body());
        }
        assertEquals(incidents, SlackFlow.incidentCount(), "nothing opened");
        assertEquals(timeline, SlackFlow.timeline(room.key()).size(), "nothing on the timeline");
        assertEquals("detect", phase(room.key()), "not acknowledged");
        assertTrue(slack.log().count("(403): request from workspace " + OTHER_TEAM) >= 4, "each refusal logged");
    }

    @Test
    void aMalformedPayloadWithAValidSignatureIsRefusedWith400() {
        int incidents = SlackFlow.incidentCount();
        long logBefore = slack.log().text().length();

        List<Answer> answers = List.of(
                signed.send("payload=%7Bnot-json" + "Z".repeat(20_000), SignedSlackRequests.FORM),
                signed.send("{\"type\":\"event_callback\",\"team_id\":\"" + FakeSlack.TEAM_ID + "\",\"event\":",
                        "application/json"),
                signed.send("Z".repeat(20_000), "text/plain"));

        for (Answer answer : answers) {
            assertTrue(answer.status() == 400, "answered " + answer.status() + " " + answer.body());
        }
        assertEquals(incidents, SlackFlow.incidentCount());
        String written = slack.log().text().substring((int) logBefore);
        assertFalse(written.contains("ZZZZZZZZZZ"), "no body in the log: " + clip(written));
    }

    private void assertShortRefusalLogged(long logBefore, String containing) {
        Eventually.until("a refusal line containing " + containing, () -> slack.log().text().substring(
                (int) logBefore).contains(containing));
        for (String line : slack.log().text().substring((int) logBefore).split("\n")) {
            if (line.contains("Slack request refused")) {
                assertTrue(line.length() < SHORT_LINE, "a long log line: " + clip(line));
            }
        }
    }

    /** Sends without failing when Warroom closes the connection before the whole body was sent. */
    private static Answer postQuietly(String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), "", response.body(), Duration.ZERO);
        } catch (IOException e) {
            throw new AssertionError("POST /slack/events failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static URI events() {
        return URI.create("http://localhost:" + RestAssured.port + "/slack/events");
    }

    private Map<String, String> command(String text, String teamId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        form.put("team_id", teamId);
        form.put("channel_id", FakeSlack.GENERAL);
        form.put("channel_name", "general");
        form.put("user_id", FakeSlack.ANA);
        form.put("user_name", "ana");
        form.put("command", "/incident");
        form.put("text", text);
        form.put("response_url", hooks.url("/command"));
        form.put("trigger_id", System.nanoTime() + ".738474920.8088930838d88f008e0");
        return form;
    }

    private static long titled(String title) {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("title", String.class).stream().filter(title::equals).count();
    }

    private static String phase(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath()
                .getString("phase").toLowerCase();
    }

    private static long pins(String key) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("kind").asText().equals("pinned")).count();
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
