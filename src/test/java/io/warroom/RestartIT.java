package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as a user would, stops it and starts it again: the incident and its timeline are
 * still there. On the default H2 file database this proves data survives a restart; CI also runs it on PostgreSQL.
 * Started without chat tokens, as a newcomer would: it says which bots are off and still takes alerts.
 */
class RestartIT {

    static final Path JAR = Path.of("target/warroom-runner.jar");
    static final String TOKEN = "restart-test-token";
    static final String ALERTS_TOKEN = "restart-alerts-token";

    private final HttpClient http = HttpClient.newHttpClient();
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
    void anIncidentSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("warroom-restart");
        int port = freePort();

        start(dataDir, port);
        String startLog = Files.readString(log);
        assertTrue(startLog.contains("Slack bot is off") && startLog.contains("Discord bot is off"),
                "without chat tokens the log says which bots are off: " + startLog);
        String alert = send(port, "/api/alerts/generic", ALERTS_TOKEN,
                "{\"title\":\"Disk full\",\"severity\":\"critical\",\"service\":\"db\"}");
        assertTrue(alert.contains("\"outcome\":\"opened\""), "alerts open incidents without chat: " + alert);
        String key = field(post(port, "/api/incidents",
                "{\"title\":\"Restart drill\",\"severity\":\"2\",\"service\":\"db\",\"user\":\"ana\"}"), "key");
        post(port, "/api/incidents/" + key + "/commands", "{\"text\":\"ack\",\"user\":\"ana\"}");
        post(port, "/api/incidents/" + key + "/commands", "{\"text\":\"note survived the restart\",\"user\":\"ana\"}");
        app.destroy();
        assertTrue(app.waitFor(20, TimeUnit.SECONDS), "Warroom stops on SIGTERM");

        start(dataDir, port);
        String incident = get(port, "/api/incidents/" + key);
        assertEquals("Restart drill", field(incident, "title"));
        assertEquals("TRIAGE", field(incident, "phase"));
        String timeline = get(port, "/api/incidents/" + key + "/timeline");
        assertTrue(timeline.contains("\"text\":\"survived the restart\""), timeline);
    }

    private void start(Path dataDir, int port) throws IOException, InterruptedException {
        log = Files.createTempFile("warroom-restart", ".log");
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("Warroom exited: " + Files.readString(log));
            }
            try {
                if (http.send(request(port, "/q/health/ready").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Warroom was not ready within 60 s: " + Files.readString(log));
    }

    private String post(int port, String path, String json) throws IOException, InterruptedException {
        return send(port, path, TOKEN, json);
    }

    private String send(int port, String path, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(port, path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, path + " → " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(port, path).header("Authorization", "Bearer " + TOKEN)
                .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
