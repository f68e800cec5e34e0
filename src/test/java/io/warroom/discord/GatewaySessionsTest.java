package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.warroom.support.Eventually;
import io.warroom.support.discord.FakeDiscord;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import org.junit.jupiter.api.Test;

class GatewaySessionsTest {

    @Test
    void anUnreachableGatewayIsRetriedWithGrowingPausesNotInATightLoop() throws Exception {
        List<Long> attemptNanos = new CopyOnWriteArrayList<>();
        try (FakeDiscord discord = FakeDiscord.start();
                ServerSocket brokenGateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> refuseHandshakes(brokenGateway, attemptNanos));
            acceptor.setDaemon(true);
            acceptor.start();
            JDA jda = JDABuilder.createLight(FakeDiscord.TOKEN, EnumSet.of(GatewayIntent.GUILD_MESSAGE_REACTIONS))
                    .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
                    .setSessionController(new GatewaySessions("ws://127.0.0.1:" + brokenGateway.getLocalPort()))
                    .setEnableShutdownHook(false).build();
            try {
                Eventually.await("three connection attempts", () -> List.copyOf(attemptNanos), a -> a.size() >= 3,
                        Duration.ofSeconds(30));
            } finally {
                jda.shutdownNow();
            }
            // Tries at 0 s, 1 s and 3 s; JDA's own queue would try again at once, thousands of times a second. Only
            // lower bounds: a busy machine can stretch any pause.
            Duration firstPause = Duration.ofNanos(attemptNanos.get(1) - attemptNanos.get(0));
            Duration secondPause = Duration.ofNanos(attemptNanos.get(2) - attemptNanos.get(1));
            assertThat(firstPause, greaterThanOrEqualTo(Duration.ofMillis(900)));
            assertThat(secondPause, greaterThanOrEqualTo(Duration.ofMillis(1900)));
        }
    }

    private static void refuseHandshakes(ServerSocket server, List<Long> attemptNanos) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                attemptNanos.add(System.nanoTime());
            } catch (IOException closed) {
                return;
            }
        }
    }
}
