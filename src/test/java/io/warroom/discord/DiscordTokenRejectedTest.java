package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A token Discord rejects: one clear error without the token, the bot off, Warroom up. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, initArgs = @ResourceArg(name = "token", value = "rejected"))
class DiscordTokenRejectedTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    DiscordPlatform platform;

    @Test
    void aRejectedTokenTurnsTheBotOffWithAClearErrorAndNoToken() {
        String line = discord.log().awaitLine("Discord rejected DISCORD_BOT_TOKEN", Duration.ofSeconds(10));
        assertThat(line, containsString("(401 Unauthorized): the Discord bot is off"));
        assertFalse(platform.enabled(), "nothing is queued for Discord");
        RestAssured.get("/q/health/ready").then().statusCode(200);
        assertEquals(0, discord.identifies().size(), "no gateway connection with a rejected token");
        assertEquals(1, discord.requests("GET", "users/@me").size(), "and no retrying");
        assertThat(discord.log().text(), not(containsString(FakeDiscord.TOKEN)));
    }
}
