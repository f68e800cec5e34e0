package io.warroom.chat.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.warroom.support.Api;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A token the platform rejects at start: one clear error without the token, the bot off, Warroom up and nothing
 * more asked of the platform. The subclasses start both fakes rejecting, so they share one application start.
 */
public abstract class TokenRejectedContract {

    @Inject
    DataSource db;

    protected abstract ChatPlatformDriver driver();

    @Test
    void aRejectedTokenTurnsTheBotOffWithAClearErrorWithoutTheToken() {
        ChatPlatformDriver chat = driver();
        List<String> expected = chat.rejectedTokenLine();
        String line = chat.log().awaitLine(expected.get(0), Duration.ofSeconds(10));
        assertThat(line, containsString("ERROR"));
        assertThat(line, containsString(expected.get(1)));
        RestAssured.get("/q/health/ready").then().statusCode(200);

        String key = Api.open("Refused by chat", "2", "web");
        Api.run(key, "ack").statusCode(200);
        assertEquals(0, Queued.forPlatform(db, chat.platform()), "nothing is queued for it");
        assertEquals(List.of(chat.identityCall()), chat.calls(), "only the token check, and no retrying");
        assertThat(chat.log().text(), not(containsString(chat.token())));
    }
}
