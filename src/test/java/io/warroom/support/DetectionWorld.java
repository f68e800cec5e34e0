package io.warroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The world detection tests run in: services on loopback answering their health endpoints with the status a test
 * sets (or not at all), a port where nothing listens, a monitors file tests rewrite, and fake chat platforms.
 */
public class DetectionWorld implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Integer> STATUS = new ConcurrentHashMap<>();
    private static final AtomicLong VERSION = new AtomicLong();
    private static FakeHttp services;
    private static Path monitorsFile;
    private static int closedPort;

    /** The loopback services: {@code /<anything>} answers 200 unless {@link #answer} says otherwise. */
    public static FakeHttp services() {
        return services;
    }

    /** Makes the path answer this status from now on; -1 makes it answer only after 1.5 seconds. */
    public static void answer(String path, int status) {
        STATUS.put(path, status);
    }

    public static String url(String path) {
        return services.url(path);
    }

    /** A URL where nothing listens: connecting is refused. */
    public static String refusedUrl() {
        return "http://127.0.0.1:" + closedPort + "/healthz";
    }

    /** Replaces the monitors file; Warroom reads it again at its next use. */
    public static void monitors(String yaml) {
        try {
            Files.writeString(monitorsFile, yaml);
            // Each version gets its own modification time, even when written within the file system's resolution.
            Files.setLastModifiedTime(monitorsFile, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")
                    .plusSeconds(VERSION.incrementAndGet())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        services = FakeHttp.start(request -> {
            int status = STATUS.getOrDefault(request.path(), 200);
            if (status < 0) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FakeHttp.Response.of(200, "{\"status\":\"UP\"}");
            }
            return FakeHttp.Response.of(status, status < 300 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        });
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
            Path dir = Files.createDirectories(Path.of("target", "detection-world").toAbsolutePath());
            monitorsFile = dir.resolve("monitors.yaml");
            monitors("monitors: []\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("warroom.monitors.file", monitorsFile.toString(), "warroom-test.fake-chat", "true");
    }

    @Override
    public void stop() {
        services.close();
    }
}
