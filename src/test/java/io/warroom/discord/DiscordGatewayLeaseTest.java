package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.warroom.jobs.ReplicaLeases;
import io.warroom.jobs.ReplicaLeases.Holder;
import io.warroom.support.Eventually;
import io.warroom.support.TestClock;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Discord gateway through its lease, as two replicas on one database see it: this application is replica-a, the
 * test acts as replica-b through the same lease table. The holder connects (the real JDA client against the fake
 * gateway); when replica-b takes the lease after replica-a's renewals stopped, replica-a's next renewal is refused
 * and it disconnects; once replica-b lets go, replica-a connects again and answers commands.
 */
@QuarkusTest
@TestProfile(DiscordGatewayLeaseTest.LeaseOn.class)
@WithTestResource(FakeDiscordResource.class)
class DiscordGatewayLeaseTest {

    /** The lease on (also on H2), renewed only when the test says, and long enough for the watch to leave it be. */
    public static class LeaseOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("discord.gateway-lease", "true", "discord.gateway-lease-every", "1h",
                    "discord.gateway-lease-ttl", "10m", "warroom.replica.name", "replica-a");
        }
    }

    static final Duration TTL = Duration.ofMinutes(10);
    static final Holder REPLICA_B = new Holder("process-of-replica-b", "replica-b");

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    GatewayLease gateway;

    @Inject
    ReplicaLeases leases;

    @Inject
    DiscordPlatform platform;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        leases.release(GatewayLease.LEASE, REPLICA_B);
        gateway.renew();
    }

    @Test
    void theHolderConnectsAndTheOtherReplicaCannotTakeTheGateway() {
        discord.awaitBotReady();
        assertThat(ready(), containsString("\"gateway\": \"connected\""));
        assertThat(ready(), containsString("\"replica\": \"replica-a\""));
        assertThat(metrics(), containsString("warroom_discord_gateway_connected 1.0"));
        assertTrue(platform.deliversHere());

        assertFalse(leases.tryHold(GatewayLease.LEASE, REPLICA_B, TTL), "held by replica-a");
    }

    @Test
    void aHolderWhoseLeaseWasTakenDisconnectsAndConnectsAgainOnceItIsFree() {
        discord.awaitBotReady();
        int connections = discord.connections();

        clock.advance(TTL.plusMinutes(1)); // replica-a's renewals did not reach the database for a whole lease
        assertTrue(leases.tryHold(GatewayLease.LEASE, REPLICA_B, TTL), "replica-b takes the lease that ran out");
        gateway.renew();
        Eventually.until("replica-a disconnected from the gateway", () -> !discord.gatewayReady());
        assertThat(ready(), containsString("\"gateway\": \"standby: gateway held by replica-b\""));
        assertThat(metrics(), containsString("warroom_discord_gateway_connected 0.0"));
        assertFalse(platform.deliversHere(), "the outbox leaves Discord to the replica holding the gateway");
        discord.log().awaitLine("Replica replica-a lost the Discord gateway lease to another replica: disconnecting",
                Duration.ofSeconds(5));

        leases.release(GatewayLease.LEASE, REPLICA_B); // replica-b shut down
        gateway.renew();
        discord.awaitBotReady();
        assertEquals(connections + 1, discord.connections(), "connected once more");
        FakeUser ana = discord.addMember("Ana");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Gateway moved back");
        assertEquals("Acknowledged by Ana; phase Detect → Triage",
                discord.slashCommand(ana, room.channelId(), "ack").awaitAnswerText());
        assertThat(ready(), containsString("\"gateway\": \"connected\""));
    }

    private static String ready() {
        return RestAssured.get("/q/health/ready").then().statusCode(200).extract().asString();
    }

    private static String metrics() {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
