package io.warroom.slack;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A token Slack rejects: one clear error without the token, the bot off, Warroom up, nothing sent to Slack. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, initArgs = @ResourceArg(name = "token", value = "rejected"))
class SlackTokenRejectedTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    SlackPlatform platform;

    @Test
    void aRejectedTokenTurnsTheBotOffWithAClearErrorAndNoToken() {
        String line = slack.log().awaitLine("Slack rejected SLACK_BOT_TOKEN", Duration.ofSeconds(10));
        assertThat(line, containsString("ERROR"));
        assertThat(line, containsString("(invalid_auth): the Slack bot is off."));
        assertFalse(platform.enabled(), "nothing is queued for Slack");
        RestAssured.get("/q/health/ready").then().statusCode(200);

        String key = Api.open("Slack refused us", "2", "web");
        Api.run(key, "ack").statusCode(200);
        assertEquals(1, slack.calls().size(), "only auth.test, and no retrying: " + slack.calls());
        assertEquals("auth.test", slack.calls().get(0).method());
        assertThat(slack.log().text(), not(containsString(FakeSlack.TOKEN)));
    }
}
