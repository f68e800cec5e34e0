package io.warroom.monitor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.warroom.support.Api;
import io.warroom.support.DetectionProfile;
import io.warroom.support.DetectionWorld;
import io.warroom.support.OutboxProbe;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access logs shipped over HTTP, and the 5xx-ratio rules the job evaluates every minute with a fixed clock. */
@QuarkusTest
@TestProfile(DetectionProfile.class)
class ErrorRateTest {

    static final String ALERTS_TOKEN = "test-alerts-token";

    @Inject
    TestClock clock;

    @Inject
    ErrorRateJob job;

    @Inject
    OutboxProbe outbox;

    @Inject
    RequestCounts counts;

    @BeforeEach
    void perServiceRulesInTheFile() {
        DetectionWorld.monitors("""
                monitors: []
                error_rates:
                  payments: { warning_percent: 1, critical_percent: 3, min_requests: 20, window: 2m }
                """);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    static ValidatableResponse ship(String service, String lines) {
        return given().header("Authorization", "Bearer " + ALERTS_TOKEN).contentType("application/x-ndjson")
                .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/ingest/access-log?service=" + service).then();
    }

    private void evaluateAt(Instant now) {
        clock.fix(now);
        job.run();
    }

    private List<String> alertChannelPosts() {
        return outbox.lane("slack:alerts").stream().map(OutboxProbe.Row::text).toList();
    }

    @Test
    void twelvePercentOfFiveHundredsOpensAnIncidentAndItsEndIsRecordedThere() {
        Instant start = Instant.parse("2025-06-02T10:00:00Z");
        for (int m = 0; m < 5; m++) {
            ship("orders", AccessLogs.minute(start.plusSeconds(60L * m), 100, 12)).statusCode(200)
                    .body("accepted", equalTo(100));
        }
        evaluateAt(start.plusSeconds(4 * 60 + 30));

        var open = HealthCheckTest.openIncidents("orders");
        assertEquals(1, open.size());
        assertEquals("orders: 12.0% of requests failed with 5xx over 5m", open.get(0).get("title"));
        String key = (String) open.get(0).get("key");
        String description = HealthCheckTest.incident(key).getString("description");
        assertTrue(description.startsWith("60 of 500 requests (12.0%) answered 5xx between 10:00 and 10:05 UTC "
                + "(warning at 5%, critical at 10%, at least 100 requests)."), description);

        evaluateAt(start.plusSeconds(5 * 60 + 30));
        assertEquals(1, HealthCheckTest.openIncidents("orders").size(), "still 12%: no second incident");

        ship("orders", AccessLogs.minute(start.plusSeconds(5 * 60), 400, 0) + AccessLogs.minute(start.plusSeconds(
                6 * 60), 400, 0)).statusCode(200);
        evaluateAt(start.plusSeconds(6 * 60 + 30));
        assertTrue(HealthCheckTest.timeline(key).stream().anyMatch(t -> t.startsWith("✅ Alert resolved: orders: "
                + "5xx error rate back below 5%")), HealthCheckTest.timeline(key).toString());
    }

    @Test
    void sixPercentPostsAWarningToTheAlertChannelAndOpensNothing() {
        Instant start = Instant.parse("2025-06-03T10:00:00Z");
        ship("catalog", AccessLogs.minute(start, 200, 12)).statusCode(200);
        evaluateAt(start.plusSeconds(30));

        assertEquals(List.of(), HealthCheckTest.openIncidents("catalog"));
        assertTrue(alertChannelPosts().contains("⚠️ [warning] catalog: 6.0% of requests failed with 5xx over 5m "
                + "(catalog) from error-rate"), alertChannelPosts().toString());

        ship("catalog", AccessLogs.minute(start.plusSeconds(60), 1000, 0)).statusCode(200);
        evaluateAt(start.plusSeconds(90));
        assertTrue(alertChannelPosts().contains("✅ Resolved: catalog: 5xx error rate back below 5% (catalog) from "
                + "error-rate"), alertChannelPosts().toString());
    }

    @Test
    void fewerRequestsThanTheMinimumAreNotJudged() {
        Instant start = Instant.parse("2025-06-04T10:00:00Z");
        ship("tiny", AccessLogs.minute(start, 99, 50)).statusCode(200);
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("tiny"));
        assertTrue(alertChannelPosts().stream().noneMatch(p -> p.contains("tiny")), alertChannelPosts().toString());

        ship("tiny", AccessLogs.minute(start, 1, 1)).statusCode(200);
        evaluateAt(start.plusSeconds(40));
        assertEquals(1, HealthCheckTest.openIncidents("tiny").size(), "51 of 100: judged now");
    }

    @Test
    void aServiceRuleInTheMonitorsFileOverridesTheGlobalOne() {
        Instant start = Instant.parse("2025-06-05T10:00:00Z");
        // 4% of 25 requests: below the global warning and minimum, critical for payments (3%, at least 20).
        ship("payments", AccessLogs.minute(start, 25, 1)).statusCode(200);
        evaluateAt(start.plusSeconds(30));
        var open = HealthCheckTest.openIncidents("payments");
        assertEquals(1, open.size());
        assertEquals("payments: 4.0% of requests failed with 5xx over 2m", open.get(0).get("title"));

        // The 2m window moves past the failing minute.
        ship("payments", AccessLogs.minute(start.plusSeconds(120), 30, 0)).statusCode(200);
        evaluateAt(start.plusSeconds(150));
        String key = (String) open.get(0).get("key");
        assertTrue(HealthCheckTest.timeline(key).stream().anyMatch(t -> t.contains("5xx error rate back below 1%")),
                HealthCheckTest.timeline(key).toString());
    }

    @Test
    void unreadableLinesAreCountedAndReportedWhileTheOthersCount() {
        Instant start = Instant.parse("2025-06-06T10:00:00Z");
        String upload = AccessLogs.line(start, 200, 1) + "\n"
                + "127.0.0.1 - - [06/Jun/2025:10:00:01 +0000] \"GET / HTTP/1.1\" 200 612\n"
                + AccessLogs.line(start.plusSeconds(2), 502, 2) + "\n"
                + "{\"time\":\"2025-06-06T10:00:03+00:00\",\"status\":\"-\"}\n\n"
                + AccessLogs.line(start.plusSeconds(4), 200, 3) + "\n";
        ship("inventory", upload).statusCode(200)
                .body("service", equalTo("inventory"))
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(2))
                .body("rejectedLines[0].line", equalTo(2))
                .body("rejectedLines[0].reason", equalTo("not JSON (Unexpected character ('.' (code 46)): Expected "
                        + "space separating root-level values)"))
                .body("rejectedLines[1].line", equalTo(4))
                .body("rejectedLines[1].reason", equalTo("`status` \"-\" is not an HTTP status code"));
    }

    @Test
    void shippingNeedsTheAlertTokenAndAServiceName() {
        given().body(AccessLogs.line(Instant.now(), 200, 1)).post("/api/ingest/access-log?service=www").then()
                .statusCode(401).body("error", equalTo("Missing alert token: send it as `Authorization: Bearer "
                        + "<token>`, as the basic-auth password, or as ?token=."));
        given().header("Authorization", "Bearer " + Api.TOKEN).body(AccessLogs.line(Instant.now(), 200, 1))
                .post("/api/ingest/access-log?service=www").then().statusCode(401);
        given().body(AccessLogs.line(Instant.now(), 200, 1)).post("/api/ingest/access-log?service=www&token="
                + ALERTS_TOKEN).then().statusCode(200).body("accepted", equalTo(1));
        ship("", "").statusCode(422).body("field", equalTo("service"));
        ship("bad/name", "").statusCode(422).body("error", equalTo("`service` must be 1-100 letters, digits, `.`, "
                + "`-` or `_`."));
    }

    @Test
    void anUploadOverTenMebibytesIsRefusedWhole() {
        Instant start = Instant.parse("2025-06-07T10:00:00Z");
        String line = AccessLogs.line(start, 503, 7) + "\n";
        String upload = line.repeat((int) (10L * 1024 * 1024 / line.length()) + 1);
        ship("bulk", upload).statusCode(413).body("error", equalTo("The upload is larger than 10485760 bytes "
                + "(WARROOM_ERROR_RATES_MAX_BODY_SIZE); nothing was counted. Send smaller batches."));
        evaluateAt(start.plusSeconds(30));
        assertEquals(List.of(), HealthCheckTest.openIncidents("bulk"), "nothing of the refused upload counted");
    }

    @Test
    void countsOlderThanTheRetentionAreDropped() {
        Instant start = Instant.parse("2025-06-08T10:00:00Z");
        ship("archive", AccessLogs.minute(start, 100, 0) + AccessLogs.minute(start.plus(Duration.ofMinutes(90)), 10,
                0)).statusCode(200);
        assertEquals(List.of(start, start.plus(Duration.ofMinutes(90))), minutesKept("archive"));
        evaluateAt(start.plus(Duration.ofMinutes(121)).plusSeconds(30));
        assertEquals(List.of(start.plus(Duration.ofMinutes(90))), minutesKept("archive"), "kept for 2h");
    }

    private List<Instant> minutesKept(String service) {
        return counts.since(Instant.EPOCH).getOrDefault(service, java.util.Map.of()).keySet().stream().sorted()
                .toList();
    }
}
