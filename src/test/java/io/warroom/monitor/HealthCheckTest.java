package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.warroom.support.Api;
import io.warroom.support.DetectionProfile;
import io.warroom.support.DetectionWorld;
import io.warroom.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health checks from the monitors file, run by their job with a fixed clock against services on loopback. */
@QuarkusTest
@TestProfile(DetectionProfile.class)
class HealthCheckTest {

    @Inject
    TestClock clock;

    @Inject
    HealthCheckJob job;

    @Inject
    EntityManager em;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    /** The open incidents of a service, as the REST API lists them. */
    static List<Map<String, Object>> openIncidents(String service) {
        return Api.authorized().get("/api/incidents?status=open").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.service == '" + service + "' }");
    }

    static JsonPath incident(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
    }

    static List<String> timeline(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("text", String.class);
    }

    private void checkAt(String time) {
        clock.fix(Instant.parse(time));
        job.run();
    }

    private static long requestsTo(String path) {
        return DetectionWorld.services().requests(r -> r.path().equals(path)).size();
    }

    @Test
    void failuresInARowUpToTheThresholdOpenAnIncidentAndRecoveryResolvesIt() {
        DetectionWorld.answer("/checkout/healthz", 503);
        DetectionWorld.monitors("""
                monitors:
                  - name: checkout-health
                    url: %s
                    service: checkout
                    interval: 30s
                    timeout: 2s
                    failures_before_alert: 2
                """.formatted(DetectionWorld.url("/checkout/healthz")));

        checkAt("2025-05-06T10:00:00Z");
        assertEquals(1, requestsTo("/checkout/healthz"));
        assertEquals(List.of(), openIncidents("checkout"), "one failure is below the threshold of 2");

        checkAt("2025-05-06T10:00:10Z");
        assertEquals(1, requestsTo("/checkout/healthz"), "the interval of 30s has not passed");

        checkAt("2025-05-06T10:00:30Z");
        List<Map<String, Object>> open = openIncidents("checkout");
        assertEquals(1, open.size());
        assertEquals("checkout: health check checkout-health is failing: answered HTTP 503 after", ((String) open
                .get(0).get("title")).replaceAll(" \\d+ ms.*", ""));
        String key = (String) open.get(0).get("key");
        String description = incident(key).getString("description");
        assertTrue(description.matches("GET http://127\\.0\\.0\\.1:\\d+/checkout/healthz failed 2 checks in a row "
                + "\\(every 30s\\); last: answered HTTP 503 after \\d+ ms \\(accepted: 2xx\\)\\.(?s).*"), description);

        checkAt("2025-05-06T10:01:00Z");
        assertEquals(1, openIncidents("checkout").size(), "still failing: the same incident, no second one");

        DetectionWorld.answer("/checkout/healthz", 200);
        checkAt("2025-05-06T10:01:30Z");
        assertTrue(timeline(key).stream().anyMatch(t -> t.startsWith("✅ Alert resolved: checkout: health check "
                + "checkout-health recovered")), timeline(key).toString());
        assertEquals(4, requestsTo("/checkout/healthz"));
    }

    @Test
    void noAnswerInTimeAndARefusedConnectionAreFailuresThatSayWhatHappened() {
        DetectionWorld.answer("/search/ready", -1);
        DetectionWorld.monitors("""
                monitors:
                  - name: search-ready
                    url: %s
                    service: search
                    timeout: 1s
                  - name: ledger-health
                    url: %s
                    service: ledger
                """.formatted(DetectionWorld.url("/search/ready"), DetectionWorld.refusedUrl()));

        checkAt("2025-05-07T10:00:00Z");

        List<Map<String, Object>> search = openIncidents("search");
        assertEquals(1, search.size());
        assertEquals("search: health check search-ready is failing: no answer within 1s", search.get(0).get("title"));
        List<Map<String, Object>> ledger = openIncidents("ledger");
        assertEquals(1, ledger.size());
        assertEquals("ledger: health check ledger-health is failing: connection refused", ledger.get(0).get("title"));
        assertTrue(incident((String) ledger.get(0).get("key")).getString("description").startsWith("GET "
                + DetectionWorld.refusedUrl() + " its check failed; last: connection refused."));
        DetectionWorld.answer("/search/ready", 200);
    }

    @Test
    void acceptedCodesMethodAndHeadersComeFromTheFile() {
        DetectionWorld.answer("/admin/ping", 401);
        DetectionWorld.monitors("""
                monitors:
                  - name: admin-ping
                    url: %s
                    service: admin
                    method: HEAD
                    accept: [2xx, 401]
                    headers: { X-Probe: warroom }
                """.formatted(DetectionWorld.url("/admin/ping")));

        checkAt("2025-05-08T10:00:00Z");

        var request = DetectionWorld.services().requests(r -> r.path().equals("/admin/ping")).get(0);
        assertEquals("HEAD", request.method());
        assertEquals("warroom", request.header("X-Probe"));
        assertEquals(List.of(), openIncidents("admin"), "401 is accepted for this monitor");
    }

    @Test
    void eachMonitorsStateIsKeptInTheDatabaseSoARestartContinuesWhereItWas() {
        DetectionWorld.answer("/billing/healthz", 500);
        DetectionWorld.monitors("""
                monitors:
                  - name: billing-health
                    url: %s
                    service: billing
                    failures_before_alert: 3
                """.formatted(DetectionWorld.url("/billing/healthz")));
        checkAt("2025-05-09T10:00:00Z");
        checkAt("2025-05-09T10:01:00Z");
        assertEquals(List.of(2, false, Instant.parse("2025-05-09T10:02:00Z")), state("billing-health"));
        assertEquals(List.of(), openIncidents("billing"));

        checkAt("2025-05-09T10:02:00Z");
        assertEquals(1, openIncidents("billing").size(), "the third failure in a row alerts");
        assertEquals(List.of(3, true, Instant.parse("2025-05-09T10:03:00Z")), state("billing-health"));
    }

    /** Failures in a row, firing, next check: what a restarted instance reads. */
    private List<Object> state(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MonitorState s = em.find(MonitorState.class, name);
            return List.of(s.consecutiveFailures, s.firing, s.nextCheckAt);
        });
    }
}
