package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Similar past incidents on Discord: a field of the card's embed, and {@code /incident review similar}. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordSimilarIncidentsTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    FakeUser ana;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lima");
    }

    @Test
    void theCardAndTheSlashCommandShowTheEarlierIncidentWithItsRootCause() {
        String service = "dns-" + UUID.randomUUID().toString().substring(0, 8);
        String earlier = Api.open("Resolver timeouts in the eu cluster", "2", service);
        Api.run(earlier, "why the resolver cache was sized for half the pods").statusCode(200);
        Api.run(earlier, "resolve doubled the resolver cache").statusCode(200);

        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title",
                "Resolver timeouts again", "severity", "2", "service", service);

        String field = room.cardField("Similar past incidents");
        assertTrue(field.startsWith(earlier + " · Resolver timeouts in the eu cluster ("), field);
        assertTrue(field.contains("root cause: the resolver cache was sized for half the pods · fix: doubled the "
                + "resolver cache"), field);

        String answer = discord.slashCommand(ana, room.channelId(), "similar").awaitAnswerText();
        assertTrue(answer.startsWith("Similar past incidents to " + room.key() + ", most alike first:\n1. "
                + earlier), answer);
        assertTrue(answer.contains("Root cause: the resolver cache was sized for half the pods"), answer);

        String named = discord.slashCommand(ana, discord.generalChannelId(), "similar", "incident", "INC-x")
                .awaitAnswerText();
        assertTrue(named.contains("is not an incident"), named);
    }
}
