package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.support.Api;
import io.warroom.support.discord.SilentDiscordResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Discord accepts the connection and never answers: Warroom is ready and serves commands all the same. */
@QuarkusTest
@WithTestResource(SilentDiscordResource.class)
class DiscordSilentApiTest {

    @Inject
    DiscordBot bot;

    @Test
    void readinessAndCommandsNeverWaitOnDiscord() {
        RestAssured.get("/q/health/ready").then().statusCode(200);
        assertEquals("logging in", bot.status(), "the bot is still waiting for Discord's first answer");
        String key = Api.open("Discord hangs", "2", "chat");
        Api.run(key, "ack").statusCode(200);
        assertTrue(bot.enabled(), "deliveries stay queued for when Discord answers");
    }
}
