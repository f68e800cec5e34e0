package io.warroom.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.warroom.support.OutboxProbe;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many firings of one alert at once: one incident, one room, a handful of posts with "+N more". */
@QuarkusTest
@TestProfile(AlertProfile.class)
class AlertStormTest {

    private static final Pattern INCIDENT = Pattern.compile("\"incident\":\"(INC-\\d+)\"");

    @Inject
    OutboxProbe outbox;

    @Inject
    TestClock clock;

    @Inject
    FiringFlush flush;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String report(String title, String severity, int n) {
        return "{\"title\": \"" + title + "\", \"severity\": \"" + severity + "\", \"service\": \"search\","
                + " \"source\": \"Search.java:88\", \"requestId\": \"req-" + n + "\"}";
    }

    private HttpResponse<String> send(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/alerts/generic")).header("Authorization", "Bearer " + Alerts.TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrentFirstFiringsOfOneAlertOpenExactlyOneIncident() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String title = "Race " + round + " " + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int n = i;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return send(report(title, "critical", n));
                    }));
                }
                start.countDown();
                Set<String> incidents = new java.util.HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    assertEquals(200, response.statusCode(), response.body());
                    Matcher m = INCIDENT.matcher(response.body());
                    assertTrue(m.find(), response.body());
                    incidents.add(m.group(1));
                }
                assertEquals(1, incidents.size(), incidents::toString);
                assertEquals(1, Alerts.incidentsTitled(title));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenThousandFiringsMakeOneIncidentOneRoomAndAFewPosts() throws Exception {
        String title = "Storm " + UUID.randomUUID();
        Set<String> incidents = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new java.util.ArrayList<>();
        for (int w = 0; w < 8; w++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < 10_000; n = next.getAndIncrement()) {
                    HttpResponse<String> response = send(report(title, "critical", n));
                    Matcher m = INCIDENT.matcher(response.body());
                    if (response.statusCode() != 200 || !m.find()) {
                        failures.incrementAndGet();
                    } else {
                        incidents.add(m.group(1));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        assertEquals(0, failures.get());
        assertEquals(1, incidents.size(), incidents::toString);
        assertEquals(1, Alerts.incidentsTitled(title));
        String key = incidents.iterator().next();

        clock.advance(Duration.ofSeconds(31));
        flush.flush();
        List<OutboxProbe.Row> lane = outbox.lane("slack:" + key);
        assertEquals(1, lane.stream().filter(r -> r.kind().equals("OpenRoom")).count());
        List<String> posts = lane.stream().filter(r -> r.kind().equals("PostToRoom")).map(OutboxProbe.Row::text)
                .toList();
        assertEquals(List.of("🔁 +9999 more firings of " + title + " (coalesced)"), posts);
        assertTrue(lane.size() < 10, () -> lane.size() + " deliveries queued");
    }

    @Test
    void aWarningStormIsPostedOnceThenAsPlusN() throws Exception {
        String title = "Slow queries " + UUID.randomUUID();
        for (int n = 0; n < 50; n++) {
            assertEquals(200, send(report(title, "warning", n)).statusCode());
        }
        clock.advance(Duration.ofSeconds(31));
        flush.flush();
        List<String> posts = outbox.lane("discord:alerts").stream().map(OutboxProbe.Row::text)
                .filter(t -> t.contains(title)).toList();
        assertEquals(List.of("⚠️ [warning] " + title + " (search) from generic", "➕ +49 more: ⚠️ [warning] " + title
                + " (search) from generic"), posts);
        assertEquals(0, Alerts.incidentsTitled(title));
    }
}
