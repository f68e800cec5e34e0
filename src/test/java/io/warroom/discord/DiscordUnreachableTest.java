package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.chat.OutboxMessage;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.ConfigResource;
import io.warroom.support.discord.FakeDiscord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Discord's API cannot be reached (here: nothing listens on the port): Warroom is ready anyway, says what is wrong,
 * keeps trying, and keeps what it has to tell Discord until it can.
 */
@QuarkusTest
@WithTestResource(value = ConfigResource.class, initArgs = {
    @ResourceArg(name = "discord.bot-token", value = FakeDiscord.TOKEN),
    @ResourceArg(name = "discord.api-url", value = "http://127.0.0.1:9/api/v10/"),
    @ResourceArg(name = "discord.gateway-url", value = "ws://127.0.0.1:9/gateway")})
class DiscordUnreachableTest {

    @Inject
    EntityManager em;

    @Test
    void warroomRunsSaysDiscordIsUnreachableAndKeepsTheDeliveries() {
        RestAssured.get("/q/health/ready").then().statusCode(200);
        String line = ConfigResource.log().awaitLine("Discord API at http://127.0.0.1:9/api/v10/ is unreachable",
                Duration.ofSeconds(10));
        assertThat(line, containsString("(connection refused); retrying in 5s. Everything else keeps running."));

        String key = Api.open("Discord is down", "2", "chat");
        OutboxMessage waiting = FakeDiscord.await(Duration.ofSeconds(10), "a failed try to open the room",
                () -> QuarkusTransaction.requiringNew().call(() -> em.createQuery("from OutboxMessage m where "
                        + "m.platform = :p and m.kind = 'OpenRoom' and m.lastError is not null", OutboxMessage.class)
                        .setParameter("p", Platform.DISCORD).getResultStream().findFirst().orElse(null)));
        assertTrue(waiting.status == OutboxMessage.Status.PENDING, "kept for later, not given up");
        assertThat(waiting.lastError, containsString("Discord bot is not connected"));
        Api.run(key, "ack").statusCode(200);
        assertThat(ConfigResource.log().text(), not(containsString(FakeDiscord.TOKEN)));
    }
}
