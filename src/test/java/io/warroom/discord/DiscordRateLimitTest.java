package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.chat.OutboxMessage;
import io.warroom.incident.Platform;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.discord.Recorded;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discord's 429s: JDA waits out short ones by itself; a wait longer than discord.request-timeout (2s here) frees the
 * outbox worker, and the outbox tries again after the wait Discord asked for. Either way the message arrives.
 */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordRateLimitTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    EntityManager em;

    @Test
    void aShortRateLimitIsWaitedOutAndTheMessageStillArrives() {
        DiscordRoom room = openRoom("Short limit");
        String path = "channels/" + room.channelId() + "/messages";
        discord.rateLimit("POST", path, 1, 1.0);

        discord.slashCommand(discord.addMember("Cy"), room.channelId(), "update", "text", "Still looking")
                .awaitAnswer();
        room.awaitPost(": Still looking");

        List<Integer> statuses = discord.requests("POST", path).stream().map(Recorded::status).toList();
        assertEquals(429, statuses.get(statuses.size() - 2), "refused once: " + statuses);
        assertEquals(200, statuses.get(statuses.size() - 1), "then sent again: " + statuses);
        assertEquals(0, delivered(room, "Still looking").attempts, "JDA retried by itself; the outbox saw one success");
    }

    @Test
    void aLongRateLimitFreesTheOutboxWhichRetriesAfterTheAskedWait() {
        DiscordRoom room = openRoom("Long limit");
        String path = "channels/" + room.channelId() + "/messages";
        discord.rateLimit("POST", path, 1, 4.0);

        discord.slashCommand(discord.addMember("Di"), room.channelId(), "update", "text", "Rolling back").awaitAnswer();
        room.awaitPost(": Rolling back");

        OutboxMessage delivery = delivered(room, "Rolling back");
        assertEquals(OutboxMessage.Status.DELIVERED, delivery.status);
        assertThat(delivery.attempts, greaterThanOrEqualTo(1));
        assertThat(delivery.lastError, containsString("rate limited by Discord"));
        assertEquals(1, discord.requests("POST", path).stream().filter(r -> r.status() == 429).count());
    }

    private DiscordRoom openRoom(String title) {
        discord.awaitBotReady();
        DiscordRoom room = DiscordRoom.open(discord, discord.addMember("Ana"), discord.generalChannelId(), "title",
                title);
        room.awaitPost("you opened " + room.key());
        return room;
    }

    /** The room post saying this, once delivered. */
    private OutboxMessage delivered(DiscordRoom room, String text) {
        long number = DiscordIncidentFlowTest.number(room.key());
        return FakeDiscord.await(Duration.ofSeconds(15), "the delivery of the room post", () -> QuarkusTransaction
                .requiringNew().call(() -> em.createQuery("from OutboxMessage m where m.platform = :p and "
                        + "m.incidentNumber = :n and m.kind = 'PostToRoom' and m.payload like :text "
                        + "and m.status = :s order by m.id desc", OutboxMessage.class)
                        .setParameter("p", Platform.DISCORD).setParameter("n", number)
                        .setParameter("text", "%" + text + "%")
                        .setParameter("s", OutboxMessage.Status.DELIVERED).setMaxResults(1)
                        .getResultStream().findFirst().orElse(null)));
    }
}
