package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.support.Eventually;
import io.warroom.support.PackagedApp;
import io.warroom.support.PrivatePostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for a while and started again under a steady load of alerts and commands, on a cluster of the
 * test's own: every request is answered within seconds (2xx if it made it, else 503 with Retry-After), requests
 * succeed again afterwards without restarting Warroom, every acknowledged alert and command is stored exactly once,
 * and the live threads return to their level before the outage.
 */
class DatabaseRestartIT {

    /** How long PostgreSQL is away. */
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    /** The pool's acquisition timeout (5 s) plus a command's wait in line (5 s) at most, and slack. */
    private static final long ANSWERED_WITHIN_MS = 15_000;
    private static final Pattern LIVE_THREADS = Pattern.compile("(?m)^jvm_threads_live_threads(?:\\{[^}]*})? (\\S+)$");

    /** One request of the load and how it was answered. */
    record Sent(String kind, String text, int status, String retryAfter, long tookMs, String phase) {
        boolean stored() {
            return status / 100 == 2;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private volatile String phase = "before";
    private PackagedApp app;
    private PrivatePostgres postgres;

    @AfterEach
    void stop() throws Exception {
        loading.set(false);
        if (app != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/DatabaseRestartIT-app.log"), app.log());
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void requestsFailFastDuringARestartSucceedAfterItAndNothingIsLostOrDoubled() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getenv("WARROOM_DB_KIND")), "the packaged jar is built "
                + "for H2 here; this test restarts PostgreSQL and runs on a PostgreSQL build (WARROOM_DB_KIND)");
        postgres = PrivatePostgres.start();
        app = PackagedApp.onFreshData("warroom-pg-restart", "restart-token", "restart-alerts-token")
                .onDatabase(postgres.jdbcUrl(), "postgres");
        app.start();
        String key = json.readTree(app.post("/api/incidents",
                "{\"title\":\"Restart drill\",\"severity\":\"2\",\"service\":\"db\",\"user\":\"ana\"}").body())
                .get("key").asText();

        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int s = 0; s < 2; s++) {
            int sender = s;
            AtomicInteger alerts = new AtomicInteger();
            load.submit(() -> steadily(() -> {
                String title = "Restart alert " + sender + "-" + alerts.incrementAndGet();
                record("alert", title, () -> app.alert("generic", "{\"title\":\"" + title
                        + "\",\"severity\":\"critical\",\"service\":\"db\"}"));
            }));
            AtomicInteger notes = new AtomicInteger();
            load.submit(() -> steadily(() -> {
                String text = "restart note " + sender + "-" + notes.incrementAndGet();
                record("note", text, () -> app.post("/api/incidents/" + key + "/commands",
                        "{\"text\":\"note " + text + "\",\"user\":\"ana\"}"));
            }));
        }
        Eventually.until("a steady load is answered", Duration.ofSeconds(60),
                () -> sent.stream().filter(Sent::stored).count() >= 100);
        int threadsBefore = liveThreads();

        phase = "outage";
        postgres.stopServer();
        Thread.sleep(OUTAGE.toMillis()); // the outage itself
        postgres.startServer();
        long startedAt = System.nanoTime();
        phase = "after";
        Eventually.until("requests succeed again", Duration.ofSeconds(60), () -> lastAfter(20).size() == 20
                && lastAfter(20).stream().allMatch(Sent::stored));
        long resumedMs = (System.nanoTime() - startedAt) / 1_000_000;
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load stops");

        // The numbers docs/operations.md quotes.
        System.out.printf("DatabaseRestartIT: answers by phase and status %s; slowest 503 %d ms; 20 successes in a "
                + "row %d ms after PostgreSQL was started again%n", summary(), sent.stream().filter(r -> r.status()
                == 503).mapToLong(Sent::tookMs).max().orElse(0), resumedMs);
        List<Sent> badAnswers = sent.stream().filter(r -> !r.stored() && !(r.status() == 503
                && r.retryAfter() != null)).toList();
        assertEquals(List.of(), badAnswers, "answers other than 2xx or 503 with Retry-After");
        List<Sent> slow = sent.stream().filter(r -> r.tookMs() > ANSWERED_WITHIN_MS).toList();
        assertEquals(List.of(), slow, "answers slower than " + ANSWERED_WITHIN_MS + " ms");
        assertTrue(sent.stream().anyMatch(r -> r.phase().equals("outage") && r.status() == 503),
                "the outage was answered 503: " + summary());

        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl() + "?user=postgres")) {
            for (Sent r : sent) {
                int stored = r.kind().equals("alert")
                        ? count(db, "SELECT COUNT(*) FROM incident WHERE title = ?", r.text())
                        : count(db, "SELECT COUNT(*) FROM timeline_entry WHERE text = ?", r.text());
                if (r.stored()) {
                    assertEquals(1, stored, r + " is stored exactly once");
                } else {
                    assertTrue(stored <= 1, r + " is stored at most once");
                }
            }
        }
        String log = app.log();
        // One line each way, not one per request or job tick; a command that committed just as the server stopped
        // may end the first noticed outage a moment before the next request notices it again.
        long began = log.split("Database unavailable \\(", -1).length - 1;
        long ended = log.split("Database available again after", -1).length - 1;
        assertTrue(began >= 1 && began <= 2 && ended == began, began + " outage lines and " + ended + " recovery lines");
        Eventually.until("live threads back to " + threadsBefore + " (+5)", Duration.ofSeconds(120),
                () -> liveThreads() <= threadsBefore + 5);
    }

    private void steadily(IoCall call) {
        while (loading.get()) {
            try {
                call.run();
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void record(String kind, String text, IoRequest request) throws IOException, InterruptedException {
        String during = phase;
        long start = System.nanoTime();
        int status;
        String retryAfter = null;
        try {
            HttpResponse<String> response = request.send();
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        } catch (java.net.http.HttpTimeoutException e) {
            status = -1;
        }
        sent.add(new Sent(kind, text, status, retryAfter, (System.nanoTime() - start) / 1_000_000, during));
    }

    private List<Sent> lastAfter(int n) {
        List<Sent> after = sent.stream().filter(r -> r.phase().equals("after")).toList();
        return after.subList(Math.max(0, after.size() - n), after.size());
    }

    private String summary() {
        Map<String, Long> byPhaseAndStatus = sent.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.phase() + " " + r.status(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        return byPhaseAndStatus.toString();
    }

    private int liveThreads() {
        String metrics;
        try {
            metrics = app.get("/q/metrics");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("/q/metrics did not answer", e);
        }
        Matcher found = LIVE_THREADS.matcher(metrics);
        assertTrue(found.find(), "/q/metrics has jvm_threads_live_threads");
        return (int) Double.parseDouble(found.group(1));
    }

    private static int count(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private interface IoCall {
        void run() throws IOException, InterruptedException;
    }

    private interface IoRequest {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }
}
