package io.warroom.support.discord;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Discord that accepts connections and never answers (a hung proxy, a black-holed route), for proving that nothing
 * in Warroom waits on Discord.
 */
public class SilentDiscordResource implements QuarkusTestResourceLifecycleManager {

    private ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-discord");
        acceptor.setDaemon(true);
        acceptor.start();
        String base = "127.0.0.1:" + server.getLocalPort();
        return Map.of("discord.bot-token", FakeDiscord.TOKEN, "discord.api-url", "http://" + base + "/api/v10/",
                "discord.gateway-url", "ws://" + base + "/gateway");
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
