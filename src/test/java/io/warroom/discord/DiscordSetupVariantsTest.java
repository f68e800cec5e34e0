package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Setups short of the recommended one: no DISCORD_GUILD_ID (commands and rooms go to the bot's only server) and
 * the Message Content intent switched off in the Developer Portal (the bot carries on without it).
 */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, initArgs = {
    @ResourceArg(name = "guild-id", value = "none"),
    @ResourceArg(name = "content-intent", value = "refused")})
class DiscordSetupVariantsTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Test
    void withoutAServerIdCommandsAndRoomsGoToTheOnlyServer() {
        discord.awaitBotReady();
        assertEquals("applications/" + discord.applicationId() + "/guilds/" + discord.guildId() + "/commands",
                discord.registeredCommandsPath(), "registered on the server, not globally");
        DiscordRoom room = DiscordRoom.open(discord, discord.addMember("Ana"), discord.generalChannelId(),
                "title", "No guild configured");
        assertEquals(discord.guildId(), discord.channel(room.channelId()).orElseThrow().getString("guild_id"));
    }

    @Test
    void refusedMessageContentIntentIsExplainedAndPinsStillWork() {
        discord.awaitBotReady();
        List<JsonObject> identifies = discord.identifies();
        assertEquals(1L << 15, identifies.get(0).getLong("intents") & (1L << 15), "asked for message content first");
        assertEquals(0L, identifies.get(identifies.size() - 1).getLong("intents") & (1L << 15), "then went without");
        discord.log().awaitLine("Discord refused the Message Content intent (close code 4014)", Duration.ofSeconds(5));

        FakeUser ana = discord.addMember("Ana");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "No content intent");
        JsonObject said = discord.postAsUser(ana, room.channelId(), "this text is hidden from the bot");
        discord.react(ana, room.channelId(), said.getString("id"), "📌");
        JsonObject pinned = FakeDiscord.await(Duration.ofSeconds(10), "the pin on the timeline", () ->
                DiscordIncidentFlowTest.timeline(room.key()).stream().map(e -> (JsonObject) e)
                        .filter(e -> e.getString("kind").equals("pinned")).findFirst().orElse(null));
        assertEquals("📌 Ana: (text not available: enable the Message Content intent)", pinned.getString("text"));
    }
}
