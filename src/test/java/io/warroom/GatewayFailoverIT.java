package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.support.PackagedApp;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeUser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two packaged replicas on one PostgreSQL database and one (fake) Discord: exactly one connects to the gateway; when
 * it is killed with SIGKILL, the other connects within 30 s and answers the commands sent through the gateway; when
 * that one shuts down on SIGTERM it releases the lease and the first, started again, connects within a few seconds.
 */
class GatewayFailoverIT {

    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(30);
    /** A replica shutting down releases the lease: the next try (every 5 s) takes it, then logs in. */
    private static final Duration HANDOVER_BOUND = Duration.ofSeconds(15);

    private FakeDiscord discord;
    private final List<PackagedApp> replicas = new ArrayList<>();

    @BeforeEach
    void onPostgres() throws SQLException {
        String url = System.getenv("WARROOM_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "two replicas need one shared PostgreSQL database; an H2 file admits a single process");
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("WARROOM_DB_USER", "warroom"),
                System.getenv().getOrDefault("WARROOM_DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            // A lease left by an earlier run's replicas would only delay the first connection by its 15 s.
            statement.execute("DELETE FROM replica_lease");
        } catch (SQLException noTableYet) {
            // the first replica creates it
        }
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (PackagedApp replica : replicas) {
            replica.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void oneReplicaHoldsTheGatewayAndTheOtherTakesOverWithin30sOfItsSigkill() throws Exception {
        PackagedApp first = replica("replica-1");
        first.start();
        PackagedApp second = replica("replica-2");
        second.start();

        discord.awaitBotReady();
        PackagedApp holder = FakeDiscord.await(Duration.ofSeconds(20), "one replica reporting the gateway connected",
                () -> gateway(first).equals("connected") ? first : gateway(second).equals("connected") ? second : null);
        PackagedApp standby = holder == first ? second : first;
        String holderName = holder == first ? "replica-1" : "replica-2";
        assertEquals("standby: gateway held by " + holderName, gateway(standby));
        assertEquals(1, discord.identifies().size(), "exactly one replica connected");
        assertTrue(metric(holder).contains("warroom_discord_gateway_connected 1.0"), metric(holder));
        assertTrue(metric(standby).contains("warroom_discord_gateway_connected 0.0"), metric(standby));

        assertTrue(holder.kill(), "the holder died");
        long killed = System.nanoTime();
        FakeDiscord.await(TAKEOVER_BOUND.plusSeconds(10), "the other replica connecting to the gateway",
                () -> discord.gatewayReady() && discord.identifies().size() == 2 ? Boolean.TRUE : null);
        Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
        System.out.printf("Discord gateway takeover after SIGKILL of its holder: %d ms%n", takeover.toMillis());
        assertTrue(takeover.compareTo(TAKEOVER_BOUND) < 0, "took over in " + takeover.toMillis() + " ms");

        FakeUser ana = discord.addMember("Ana");
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Replica lost");
        assertEquals("Acknowledged by Ana; phase Detect → Triage",
                discord.slashCommand(ana, room.channelId(), "ack").awaitAnswerText());
        FakeDiscord.await(Duration.ofSeconds(10), "the other replica reporting the gateway connected",
                () -> gateway(standby).equals("connected") ? Boolean.TRUE : null);

        holder.start(); // the killed replica comes back under its name, as a new process: it waits its turn
        assertEquals("standby: gateway held by " + (holder == first ? "replica-2" : "replica-1"), gateway(holder));
        assertTrue(standby.stop(), "the holder shut down on SIGTERM");
        long stopped = System.nanoTime();
        FakeDiscord.await(HANDOVER_BOUND, "the restarted replica connecting to the gateway",
                () -> discord.gatewayReady() && discord.identifies().size() == 3 ? Boolean.TRUE : null);
        Duration handover = Duration.ofNanos(System.nanoTime() - stopped);
        System.out.printf("Discord gateway handover after SIGTERM of its holder: %d ms%n", handover.toMillis());
        FakeDiscord.await(Duration.ofSeconds(10), "the restarted replica reporting the gateway connected",
                () -> gateway(holder).equals("connected") ? Boolean.TRUE : null);
    }

    private PackagedApp replica(String name) throws Exception {
        Map<String, String> env = new HashMap<>();
        discord.config().forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replace('.', '_')
                .replace('-', '_'), value));
        env.put("WARROOM_REPLICA_NAME", name);
        PackagedApp replica = PackagedApp.onFreshData("warroom-" + name, "failover-token", "failover-alerts")
                .withEnv(env);
        replicas.add(replica);
        return replica;
    }

    /** What the replica's readiness says of the Discord gateway. */
    private static String gateway(PackagedApp replica) {
        try {
            String ready = replica.get("/q/health/ready");
            int at = ready.indexOf("\"gateway\": \"");
            return at < 0 ? "" : ready.substring(at + 12, ready.indexOf('"', at + 12));
        } catch (Exception e) {
            return "";
        }
    }

    private static String metric(PackagedApp replica) throws Exception {
        return replica.get("/q/metrics");
    }
}
