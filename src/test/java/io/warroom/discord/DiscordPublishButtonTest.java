package io.warroom.discord;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public updates from Discord: the `public` option of /incident update, and the echo's publish button. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordPublishButtonTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    FakeUser ana;
    FakeUser bo;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lima");
        bo = discord.addMember("Bo");
    }

    @Test
    void thePublicOptionPublishesTheUpdateAndWithoutItTheUpdateStaysInternal() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Login errors", "severity", "2", "service", "discord-login");

        assertThat(discord.slashCommand(ana, room.channelId(), "update", "text", "DISCORD-OPTION-PUBLIC logins "
                + "fail for some", "public", true).awaitAnswerText(), containsString("shown on the status page"));
        discord.slashCommand(ana, room.channelId(), "update", "text", "DISCORD-OPTION-INTERNAL suspect the IdP",
                "public", false).awaitAnswer();

        assertEquals(List.of("DISCORD-OPTION-PUBLIC logins fail for some"), publicTexts("DISCORD-OPTION"));
    }

    @Test
    void theEchoesButtonPublishesThatUpdateAndASecondClickChangesNothing() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Search down", "severity", "1", "service", "discord-search");
        discord.slashCommand(ana, room.channelId(), "update", "text", "DISCORD-BUTTON-MARKER search is back")
                .awaitAnswer();
        JsonObject echo = room.awaitPost("DISCORD-BUTTON-MARKER search is back");
        assertEquals(List.of("Publish on status page"), DiscordRoom.buttons(echo));
        assertTrue(DiscordRoom.customIds(echo).get(0).startsWith("wr:" + room.key() + ":update --publish "),
                DiscordRoom.customIds(echo).toString());
        assertEquals(List.of(), publicTexts("DISCORD-BUTTON-MARKER"));

        FakeInteraction first = discord.clickLabelled(bo, room.channelId(), echo.getString("id"),
                "Publish on status page");
        assertThat(first.awaitAnswerText(), containsString("is now on the status page"));
        assertTrue(first.ephemeral(), "the answer goes to the person who clicked");
        FakeInteraction second = discord.clickLabelled(bo, room.channelId(), echo.getString("id"),
                "Publish on status page");
        assertThat(second.awaitAnswerText(), containsString("already on the status page"));

        assertEquals(List.of("DISCORD-BUTTON-MARKER search is back"), publicTexts("DISCORD-BUTTON-MARKER"));
    }

    private static List<String> publicTexts(String marker) {
        return given().get("/status.json").jsonPath().getList("incidents.updates.flatten().findAll { it.text"
                + ".startsWith('" + marker + "') }.text", String.class);
    }
}
