package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the impact began, from Discord: open's started option, the started subcommand, the note's button, the card. */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordImpactStartTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @InjectFakeDiscord
    FakeDiscord discord;

    FakeUser ana;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lima");
    }

    @Test
    void openWithAStartThenTheStartedSubcommandMoveItAndTheCardSaysSince() {
        Instant began = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Orders lost",
                "severity", "2", "service", "discord-orders", "started", TYPED.format(began));
        assertEquals(began, started(room.key()));
        room.awaitCard("since when the impact lasts", r -> r.card().encode().contains("Impact since"));
        assertThat(room.cardField("Impact since"), containsString("before detection"));

        assertThat(discord.slashCommand(ana, room.channelId(), "started", "time", "25:99").awaitAnswerText(),
                startsWith("`started 25:99` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM."));
        Instant earlier = began.minus(Duration.ofHours(2));
        assertThat(discord.slashCommand(ana, room.channelId(), "started", "time", TYPED.format(earlier))
                .awaitAnswerText(), startsWith("Impact began "));

        assertEquals(earlier, started(room.key()));
    }

    @Test
    void theBackfilledNotesButtonMovesTheImpactStart() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Carts emptied",
                "severity", "3", "service", "discord-carts");
        Instant earlier = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES);

        FakeInteraction noted = discord.slashCommand(ana, room.channelId(), "note", "text", "first 5xx in the logs",
                "at", TYPED.format(earlier));
        assertThat(noted.awaitAnswerText(), containsString("(backfilled)"));
        String label = DiscordRoom.buttons(discord.message(noted.messageId()).orElseThrow()).stream()
                .filter(l -> l.startsWith("Impact began ")).findFirst().orElseThrow();
        FakeInteraction clicked = discord.clickLabelled(ana, room.channelId(), noted.messageId(), label);

        assertThat(clicked.awaitAnswerText(), startsWith("Impact began "));
        assertEquals(earlier, started(room.key()));
    }

    private static Instant started(String key) {
        return Instant.parse(Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .path("milestones.started"));
    }
}
