package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.ConfigResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without DISCORD_BOT_TOKEN the bot is off: one clear line, nothing queued for Discord, everything else works. */
@QuarkusTest
@WithTestResource(ConfigResource.class)
class DiscordBotOffTest {

    @Inject
    DiscordPlatform discord;

    @Inject
    EntityManager em;

    @Test
    void withoutATokenTheBotIsOffAndSaysSoOnce() {
        ConfigResource.log().awaitLine("Discord bot is off: DISCORD_BOT_TOKEN is not set.", Duration.ofSeconds(5));
        assertEquals(1, ConfigResource.log().count("Discord bot is off"));
        assertFalse(discord.enabled());

        String key = Api.open("No Discord here", "2", "web");
        Api.run(key, "ack").statusCode(200);
        long queued = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.platform = :p", Long.class)
                .setParameter("p", Platform.DISCORD).getSingleResult());
        assertEquals(0, queued);
        assertEquals(0, ConfigResource.log().count("net.dv8"), "JDA never started");
    }
}
