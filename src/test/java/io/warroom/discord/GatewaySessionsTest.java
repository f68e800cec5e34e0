package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.warroom.support.discord.FakeDiscord;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import org.junit.jupiter.api.Test;

class GatewaySessionsTest {

    @Test
    void anUnreachableGatewayIsRetriedWithGrowingPausesNotInATightLoop() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (FakeDiscord discord = FakeDiscord.start();
                ServerSocket brokenGateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> refuseHandshakes(brokenGateway, attempts));
            acceptor.setDaemon(true);
            acceptor.start();
            JDA jda = JDABuilder.createLight(FakeDiscord.TOKEN, EnumSet.of(GatewayIntent.GUILD_MESSAGE_REACTIONS))
                    .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
                    .setSessionController(new GatewaySessions("ws://127.0.0.1:" + brokenGateway.getLocalPort()))
                    .setEnableShutdownHook(false).build();
            try {
                Thread.sleep(3500);
            } finally {
                jda.shutdownNow();
            }
            // Tries at 0 s, 1 s and 3 s; JDA's own queue would have tried thousands of times by now.
            assertThat(attempts.get(), allOf(greaterThanOrEqualTo(2), lessThanOrEqualTo(4)));
        }
    }

    private static void refuseHandshakes(ServerSocket server, AtomicInteger attempts) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                attempts.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
