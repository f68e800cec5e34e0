package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a bot token and signing secret, the request URL says Slack is off and what to set. */
@QuarkusTest
class SlackNotConfiguredTest {

    @Test
    void requestsAreAnswered503NamingTheVariablesToSet() {
        Answer answer = SignedSlackRequests.post("token=x&command=%2Fincident&text=status", SignedSlackRequests.FORM,
                Map.of("X-Slack-Request-Timestamp", "1700000000", "X-Slack-Signature", "v0=abc"));

        assertEquals(503, answer.status());
        String error = answer.json().path("error").asText();
        assertTrue(error.startsWith("Slack is not configured"), error);
        assertTrue(error.contains("SLACK_BOT_TOKEN") && error.contains("SLACK_SIGNING_SECRET"), error);
    }
}
