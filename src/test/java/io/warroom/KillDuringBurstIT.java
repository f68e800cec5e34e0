package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.support.Eventually;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged application with SIGKILL in the middle of a burst of alerts and commands, starts it again on the
 * same data, and checks that everything answered 2xx is there: each acknowledged alert's incident exactly once, each
 * acknowledged note on the timeline. On the default H2 database this is what the shared CHECKPOINT before each answer (DurableCommits) buys.
 */
class KillDuringBurstIT {

    private static final Path JAR = Path.of("target/warroom-runner.jar");
    private static final String TOKEN = "kill-test-token";
    private static final String ALERTS_TOKEN = "kill-alerts-token";
    private static final int SENDERS = 4;
    /** Kill once this many alerts have been acknowledged: well inside the burst, and within one incident listing. */
    private static final int KILL_AFTER_ALERTS = 150;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Process app;
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedAlertAndCommandSurvivesSigkillDuringABurst() throws Exception {
        Path dataDir = Files.createTempDirectory("warroom-kill");
        int port = freePort();
        start(dataDir, port);
        String key = json.readTree(send(port, "/api/incidents", TOKEN,
                "{\"title\":\"Kill drill\",\"severity\":\"2\",\"service\":\"db\",\"user\":\"ana\"}").body())
                .get("key").asText();

        Set<String> ackedAlerts = ConcurrentHashMap.newKeySet();
        Set<String> ackedNotes = ConcurrentHashMap.newKeySet();
        AtomicInteger alertCount = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS * 2);
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            senders.submit(() -> burst(() -> {
                String title = "Burst alert " + sender + "-" + alertCount.incrementAndGet();
                if (acknowledged(port, "/api/alerts/generic", ALERTS_TOKEN, "{\"title\":\"" + title
                        + "\",\"severity\":\"critical\",\"service\":\"db\"}")) {
                    ackedAlerts.add(title);
                    if (ackedAlerts.size() >= KILL_AFTER_ALERTS) {
                        enough.countDown();
                    }
                }
            }));
            AtomicInteger notes = new AtomicInteger();
            senders.submit(() -> burst(() -> {
                String text = "burst note " + sender + "-" + notes.incrementAndGet();
                if (acknowledged(port, "/api/incidents/" + key + "/commands", TOKEN, "{\"text\":\"note " + text
                        + "\",\"user\":\"ana\"}")) {
                    ackedNotes.add(text);
                }
            }));
        }
        assertTrue(enough.await(120, TimeUnit.SECONDS), "the burst reached " + KILL_AFTER_ALERTS + " alerts");
        app.destroyForcibly();
        assertTrue(app.waitFor(20, TimeUnit.SECONDS), "Warroom dies on SIGKILL");
        senders.shutdown();
        assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS), "senders stop once Warroom is gone");
        assertTrue(!ackedNotes.isEmpty(), "commands were acknowledged during the burst");

        start(dataDir, port);
        Map<String, Integer> incidentsByTitle = new HashMap<>();
        for (JsonNode incident : json.readTree(get(port, "/api/incidents?status=open&limit=500"))) {
            incidentsByTitle.merge(incident.get("title").asText(), 1, Integer::sum);
        }
        List<String> lost = new ArrayList<>();
        for (String title : ackedAlerts) {
            Integer found = incidentsByTitle.get(title);
            if (found == null) {
                lost.add(title);
            } else {
                assertEquals(1, found, title + " opened exactly one incident");
            }
        }
        assertEquals(List.of(), lost, "of " + ackedAlerts.size() + " acknowledged alerts these were lost");
        Set<String> timeline = new java.util.HashSet<>();
        for (JsonNode entry : json.readTree(get(port, "/api/incidents/" + key + "/timeline"))) {
            timeline.add(entry.get("text").asText());
        }
        List<String> lostNotes = ackedNotes.stream().filter(n -> !timeline.contains(n)).sorted().toList();
        assertEquals(List.of(), lostNotes, "of " + ackedNotes.size() + " acknowledged notes these were lost");
    }

    /** Repeats the request until Warroom stops answering. */
    private static void burst(IoAction action) {
        try {
            while (true) {
                action.run();
            }
        } catch (IOException | InterruptedException gone) {
            // Warroom was killed: the burst is over.
        }
    }

    private interface IoAction {
        void run() throws IOException, InterruptedException;
    }

    private boolean acknowledged(int port, String path, String token, String body)
            throws IOException, InterruptedException {
        return send(port, path, token, body).statusCode() / 100 == 2;
    }

    private HttpResponse<String> send(int port, String path, String token, String body)
            throws IOException, InterruptedException {
        return http.send(request(port, path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(port, path).header("Authorization", "Bearer " + TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private void start(Path dataDir, int port) throws IOException {
        log = Files.createTempFile("warroom-kill", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("WARROOM_DATA_DIR", dataDir.toString());
        env.put("WARROOM_API_TOKEN", TOKEN);
        env.put("WARROOM_ALERTS_TOKEN", ALERTS_TOKEN);
        env.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DISCORD_"));
        env.put("PORT", Integer.toString(port));
        env.put("WARROOM_HOST", "127.0.0.1");
        app = builder.start();
        Eventually.until("Warroom is ready (log: " + log + ")", Duration.ofSeconds(90), () -> {
            if (!app.isAlive()) {
                throw new AssertionError("Warroom exited: " + read(log));
            }
            try {
                return http.send(request(port, "/q/health/ready").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
