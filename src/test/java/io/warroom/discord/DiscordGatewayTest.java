package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bot's gateway session: identify, heartbeats, the commands it registers, and surviving a dropped connection. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordGatewayTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Test
    void theBotIdentifiesWithTheIntentsItNeedsAndHeartbeats() {
        discord.awaitBotReady();
        JsonObject identify = discord.identifies().get(0);
        assertEquals((1L << 10) | (1L << 15) | 1L, identify.getLong("intents"),
                "guilds, guild message reactions and message content; nothing else");
        assertThat(discord.heartbeats(), greaterThan(0));
    }

    @Test
    void theCommandsRegisteredOnTheServerAreExactlyTheManifest() throws Exception {
        discord.awaitBotReady();
        assertEquals("applications/" + discord.applicationId() + "/guilds/" + discord.guildId() + "/commands",
                discord.registeredCommandsPath());
        JsonArray manifest = new JsonArray(Files.readString(Path.of("bot-manifests/discord-commands.json")));
        assertEquals(manifest, ManifestShape.projectOnto(manifest, discord.registeredCommands()));
    }

    @Test
    void afterTheGatewayDropsTheBotResumesAndMissesNothing() {
        discord.awaitBotReady();
        FakeUser ana = discord.addMember("Ana");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Flaky gateway");
        int identifies = discord.identifies().size();
        int resumes = discord.resumes().size();

        discord.dropGateway();
        // Sent while the bot is away: Discord replays it after RESUME.
        FakeInteraction duringOutage = discord.slashCommand(ana, room.channelId(), "ack");

        FakeDiscord.await(Duration.ofSeconds(20), "a RESUME", () -> discord.resumes().size() > resumes ? true : null);
        JsonObject resume = discord.resumes().get(discord.resumes().size() - 1);
        assertEquals(FakeDiscord.TOKEN, resume.getString("token"));
        assertThat(resume.getLong("seq"), greaterThan(0L));
        assertEquals(identifies, discord.identifies().size(), "resumed, not identified again");
        assertEquals("Acknowledged by Ana; phase Detect → Triage", duringOutage.awaitAnswerText());

        FakeInteraction after = discord.slashCommand(ana, room.channelId(), "next");
        assertEquals("Phase Triage → Mitigate", after.awaitAnswerText());
        room.awaitCard("Mitigate", r -> r.cardEmbed().getString("description").contains("▶️ Mitigate"));
        discord.log().awaitLine("Discord gateway session resumed", Duration.ofSeconds(5));
    }
}
