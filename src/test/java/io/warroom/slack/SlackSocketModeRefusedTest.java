package io.warroom.slack;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An app token Slack refuses: one clear log line, Socket Mode off without retrying, readiness still up and saying so,
 * the rest of Warroom running; and with no signing secret, {@code /slack/events} says Socket Mode is on.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "socket", value = "refused"),
    @ResourceArg(name = "slack.signing-secret", value = "")})
class SlackSocketModeRefusedTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void aRefusedAppTokenIsLoggedOnceAndTheRestOfWarroomRuns() {
        slack.log().awaitLine("Slack refused SLACK_APP_TOKEN (invalid_auth)", Duration.ofSeconds(30));
        Eventually.until("readiness reports the refusal", () -> RestAssured.get("/q/health/ready").asString()
                .contains("\"connection\": \"off: app token refused (invalid_auth)\""));

        RestAssured.get("/q/health/ready").then().statusCode(200);
        String key = Api.open("Payments slow", "3", "payments");
        assertTrue(key.startsWith("INC-"), key);
        assertEquals(1, slack.calls("apps.connections.open").size(), "asked once, not retried");
        assertEquals(1, slack.log().count("Slack refused SLACK_APP_TOKEN"));
        assertEquals(0, slack.socket().opened());
        assertThat(slack.log().text(), containsString("Slack bot uses Socket Mode (SLACK_APP_TOKEN is set)"));
        assertEquals(-1, slack.log().text().indexOf(FakeSlack.APP_TOKEN), "the token is never logged");
    }

    @Test
    void theRequestUrlSaysSocketModeIsOnWhenThereIsNoSigningSecret() {
        Answer answer = SignedSlackRequests.post("token=x&command=%2Fincident&text=status", SignedSlackRequests.FORM,
                java.util.Map.of("X-Slack-Request-Timestamp", "1700000000", "X-Slack-Signature", "v0=abc"));

        assertEquals(404, answer.status());
        assertThat(answer.json().path("error").asText(), containsString("Slack runs in Socket Mode here"));
    }
}
