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
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SlackPayloads;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only requests Slack signed, recently, reach Warroom; anything else gets 401 and changes nothing. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackRequestSigningTest {

    private static final String OPEN = SignedSlackRequests.form(command("open Forged incident sev:1"));

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() {
        Answer answer = signed.send(SlackPayloads.urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7"),
                "application/json");

        assertEquals(200, answer.status());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7", answer.body());
    }

    @Test
    void unsignedWronglySignedStaleAndAlteredRequestsGet401AndChangeNothing() {
        int incidents = incidentCount();
        int modals = slack.calls("views.open").size();
        String now = String.valueOf(Instant.now().getEpochSecond());
        String sixMinutesAgo = String.valueOf(Instant.now().minusSeconds(360).getEpochSecond());
        SignedSlackRequests otherSecret = new SignedSlackRequests("not-the-signing-secret");

        List<Answer> answers = List.of(
                SignedSlackRequests.post(OPEN, SignedSlackRequests.FORM, Map.of()),
                SignedSlackRequests.post(OPEN, SignedSlackRequests.FORM, Map.of("X-Slack-Request-Timestamp", now)),
                SignedSlackRequests.post(OPEN, SignedSlackRequests.FORM, Map.of("X-Slack-Request-Timestamp", now,
                        "X-Slack-Signature", otherSecret.signature(now, OPEN))),
                SignedSlackRequests.post(OPEN, SignedSlackRequests.FORM, Map.of("X-Slack-Request-Timestamp",
                        sixMinutesAgo, "X-Slack-Signature", signed.signature(sixMinutesAgo, OPEN))),
                SignedSlackRequests.post(OPEN.replace("sev%3A1", "sev%3A2"), SignedSlackRequests.FORM, Map.of(
                        "X-Slack-Request-Timestamp", now, "X-Slack-Signature", signed.signature(now, OPEN))),
                SignedSlackRequests.post(SlackPayloads.urlVerification("abc"), "application/json", Map.of()),
                SignedSlackRequests.post("this is not from Slack", "text/plain", Map.of()));

        for (Answer answer : answers) {
            assertEquals(401, answer.status(), "answered " + answer.body());
        }
        assertEquals(incidents, incidentCount(), "no incident was opened");
        assertEquals(modals, slack.calls("views.open").size(), "no modal was opened");
        assertTrue(slack.log().count("Slack request refused (401)") >= answers.size(), "each refusal is logged");
    }

    @Test
    void theSameRequestSignedNowIsAccepted() {
        String now = String.valueOf(Instant.now().getEpochSecond());
        Answer answer = SignedSlackRequests.post(SignedSlackRequests.form(command("help")), SignedSlackRequests.FORM,
                Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature", signed.signature(now,
                        SignedSlackRequests.form(command("help")))));

        assertEquals(200, answer.status());
        assertEquals("ephemeral", answer.json().path("response_type").asText());
        assertTrue(answer.json().path("text").asText().contains("/incident open &lt;title&gt;"), answer.body());
    }

    private static Map<String, String> command(String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        form.put("team_id", FakeSlack.TEAM_ID);
        form.put("channel_id", FakeSlack.GENERAL);
        form.put("channel_name", "general");
        form.put("user_id", FakeSlack.ANA);
        form.put("user_name", "ana");
        form.put("command", "/incident");
        form.put("text", text);
        form.put("response_url", "https://hooks.slack.com/commands/T0ACME0001/1/x");
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return form;
    }

    private static int incidentCount() {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }
}
