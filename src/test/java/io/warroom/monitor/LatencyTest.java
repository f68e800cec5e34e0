package io.warroom.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.warroom.support.DetectionProfile;
import io.warroom.support.DetectionWorld;
import io.warroom.support.OutboxProbe;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response times in access logs shipped over HTTP, and the latency rules the job evaluates every minute with a fixed
 * clock: warnings in the alert channel, incidents for the service, resolutions on the incident.
 */
@QuarkusTest
@TestProfile(DetectionProfile.class)
class LatencyTest {

    @Inject
    TestClock clock;

    @Inject
    LatencyJob job;

    @Inject
    OutboxProbe outbox;

    @Inject
    LatencyCounts histograms;

    @BeforeEach
    void perServiceRulesInTheFile() {
        DetectionWorld.monitors("""
                monitors: []
                latency:
                  quotes: { statistic: p95, warning: 500ms, critical: 2s, min_requests: 50 }
                  exports: { enabled: false }
                """);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    static ValidatableResponse ship(String service, String lines) {
        return given().header("Authorization", "Bearer " + ErrorRateTest.ALERTS_TOKEN)
                .contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .post("/api/ingest/access-log?service=" + service).then();
    }

    private void evaluateAt(Instant now) {
        clock.fix(now);
        job.run();
    }

    private List<String> alertChannelPosts() {
        return outbox.lane("slack:alerts").stream().map(OutboxProbe.Row::text).toList();
    }

    private static String openIncidentKey(String service) {
        var open = HealthCheckTest.openIncidents(service);
        assertEquals(1, open.size(), open.toString());
        return (String) open.get(0).get("key");
    }

    @Test
    void anAverageAboveOneSecondWarnsAboveThreeSecondsOpensAnIncidentAndRecoveryResolvesIt() {
        Instant start = Instant.parse("2025-07-01T10:00:00Z");
        ship("shipping", AccessLogs.timed(start, 100, "1.500")).statusCode(200)
                .body("accepted", equalTo(100)).body("timed", equalTo(100));
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("shipping"));
        assertTrue(alertChannelPosts().contains("⚠️ [warning] shipping: average response time 1.5 s over 5m "
                + "(100 requests), warning threshold 1 s (shipping) from latency"), alertChannelPosts().toString());

        ship("shipping", AccessLogs.timed(start.plusSeconds(60), 200, "4.000")).statusCode(200);
        evaluateAt(start.plusSeconds(90));
        String key = openIncidentKey("shipping");
        assertEquals("shipping: average response time 3.17 s over 5m (300 requests), incident threshold 3 s",
                HealthCheckTest.incident(key).getString("title"));
        String description = HealthCheckTest.incident(key).getString("description");
        assertTrue(description.startsWith("Between 09:57 and 10:02 UTC: 300 requests with a response time, average "
                + "3.17 s, p95 3.96 s, p99 3.99 s (avg: warning above 1 s, incident above 3 s, at least 100 "
                + "requests)."), description);

        evaluateAt(start.plusSeconds(150));
        assertEquals(1, HealthCheckTest.openIncidents("shipping").size(), "still slow: no second incident");

        StringBuilder fast = new StringBuilder();
        for (int m = 2; m <= 6; m++) {
            fast.append(AccessLogs.timed(start.plusSeconds(60L * m), 120, "0.200"));
        }
        ship("shipping", fast.toString()).statusCode(200).body("timed", equalTo(600));
        evaluateAt(start.plusSeconds(6 * 60 + 30));
        assertTrue(HealthCheckTest.timeline(key).stream().anyMatch(t -> t.startsWith("✅ Alert resolved: shipping: "
                + "average response time back within 1 s (200 ms over 5m)")), HealthCheckTest.timeline(key)
                .toString());
    }

    @Test
    void aP95RuleCatchesASlowTailWhileTheAverageLooksFine() {
        Instant start = Instant.parse("2025-07-02T10:00:00Z");
        String tail = AccessLogs.timed(start, 180, "0.080") + AccessLogs.timed(start.plusSeconds(1), 20, "4.200");
        ship("quotes", tail).statusCode(200).body("timed", equalTo(200));
        ship("catalog-average", tail).statusCode(200);
        evaluateAt(start.plusSeconds(30));

        String key = openIncidentKey("quotes");
        assertEquals("quotes: p95 response time 4.5 s over 5m (200 requests), incident threshold 2 s",
                HealthCheckTest.incident(key).getString("title"));
        assertTrue(HealthCheckTest.incident(key).getString("description").contains("average 492 ms"));
        assertEquals(List.of(), HealthCheckTest.openIncidents("catalog-average"), "the global rule judges the "
                + "average, 492 ms");
        assertTrue(alertChannelPosts().stream().noneMatch(p -> p.contains("catalog-average")));
    }

    @Test
    void linesWithoutAResponseTimeDoNotCountTowardsTheMinimum() {
        Instant start = Instant.parse("2025-07-03T10:00:00Z");
        ship("invoicing", AccessLogs.timed(start, 99, "5.000") + AccessLogs.timed(start, 300, "-")).statusCode(200)
                .body("accepted", equalTo(399)).body("timed", equalTo(99));
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("invoicing"));
        assertTrue(alertChannelPosts().stream().noneMatch(p -> p.contains("invoicing")),
                alertChannelPosts().toString());

        ship("invoicing", AccessLogs.timed(start.plusSeconds(10), 1, "5.000")).statusCode(200);
        evaluateAt(start.plusSeconds(40));
        String key = openIncidentKey("invoicing");
        assertEquals("invoicing: average response time 5 s over 5m (100 requests), incident threshold 3 s",
                HealthCheckTest.incident(key).getString("title"));

        // Traffic ebbs: the window moves past the slow minute and too few timed requests are left to judge.
        ship("invoicing", AccessLogs.timed(start.plusSeconds(5 * 60), 10, "5.000")).statusCode(200);
        evaluateAt(start.plusSeconds(5 * 60 + 30));
        assertTrue(HealthCheckTest.timeline(key).stream().anyMatch(t -> t.startsWith("✅ Alert resolved: invoicing: "
                + "average response time no longer judged: 10 requests with a response time over 5m, fewer than "
                + "100")), HealthCheckTest.timeline(key).toString());
    }

    @Test
    void aServiceSwitchedOffInTheMonitorsFileIsNotJudgedAndItsRaisedAlertResolves() {
        Instant start = Instant.parse("2025-07-04T10:00:00Z");
        ship("exports", AccessLogs.timed(start, 200, "45.000")).statusCode(200);
        ship("reports", AccessLogs.timed(start, 200, "2.000")).statusCode(200);
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("exports"));
        assertTrue(alertChannelPosts().stream().noneMatch(p -> p.contains("exports")), alertChannelPosts().toString());
        assertTrue(alertChannelPosts().contains("⚠️ [warning] reports: average response time 2 s over 5m "
                + "(200 requests), warning threshold 1 s (reports) from latency"), alertChannelPosts().toString());

        DetectionWorld.monitors("""
                monitors: []
                latency:
                  reports: { enabled: false }
                """);
        evaluateAt(start.plusSeconds(40));
        assertTrue(alertChannelPosts().contains("✅ Resolved: reports: average response time no longer judged "
                + "(switched off in the monitors file) (reports) from latency"), alertChannelPosts().toString());
    }

    @Test
    void impossibleResponseTimesAreRefusedLineByLineAndNeverJudged() {
        Instant start = Instant.parse("2025-07-05T10:00:00Z");
        String good = AccessLogs.timed(start, 120, "0.050");
        String hostile = AccessLogs.timed(start, 1, "-3.0") + AccessLogs.timed(start, 1, "NaN")
                + AccessLogs.timed(start, 1, "1e9") + AccessLogs.timed(start, 1, "9999999.000")
                + AccessLogs.timed(start, 1, "x".repeat(5000))
                + AccessLogs.timed(start, 1, "").replace("\"request_time\":\"\"", "\"request_time\":1e400");
        ship("basket", good + hostile).statusCode(200)
                .body("accepted", equalTo(120))
                .body("timed", equalTo(120))
                .body("rejected", equalTo(6))
                .body("rejectedLines[0].line", equalTo(121))
                .body("rejectedLines[0].reason", equalTo("`request_time` \"-3.0\" is not a time in seconds"))
                .body("rejectedLines[2].reason", equalTo("`request_time` \"1e9\" is not a time in seconds"))
                .body("rejectedLines[4].reason", equalTo("`request_time` \"" + "x".repeat(39) + "…\" is not a time "
                        + "in seconds"))
                .body("rejectedLines[5].reason", equalTo("`request_time` \"Infinity\" is not a time in seconds"));
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("basket"));
        assertTrue(alertChannelPosts().stream().noneMatch(p -> p.contains("basket")), alertChannelPosts().toString());
    }

    @Test
    void responseTimesOlderThanTheRetentionAreDropped() {
        Instant start = Instant.parse("2025-07-06T10:00:00Z");
        Instant later = start.plus(java.time.Duration.ofMinutes(90));
        ship("archive-api", AccessLogs.timed(start, 10, "0.100") + AccessLogs.timed(later, 10, "0.100"))
                .statusCode(200);
        assertEquals(List.of(start, later), minutesKept("archive-api"));
        evaluateAt(start.plus(java.time.Duration.ofMinutes(121)).plusSeconds(30));
        assertEquals(List.of(later), minutesKept("archive-api"), "kept for 2h, like the request counts");
    }

    private List<Instant> minutesKept(String service) {
        return histograms.since(Instant.EPOCH).getOrDefault(service, java.util.Map.of()).keySet().stream().sorted()
                .toList();
    }
}
