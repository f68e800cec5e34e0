package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Alerts whose optional fields have an unexpected form are still taken, routed and the oddity noted; only missing
 * or wrong required fields are refused (422, nothing stored). Times come in every form the vendors document.
 */
@QuarkusTest
@TestProfile(AlertProfile.class)
class HostileAlertInputTest {

    @Inject
    RawDeliveries raw;

    @Inject
    FakeChatPlatform.Slack slack;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Alertmanager and Grafana (Go's RFC 3339 with nanoseconds; stored to the microsecond), RFC 3339 with
            // and without a fraction
            "2026-11-22T19:00:00.123456789Z | 2026-11-22T19:00:00.123457Z",
            "2026-11-22T19:00:00Z           | 2026-11-22T19:00:00Z",
            "2026-11-22T19:00:00.5Z         | 2026-11-22T19:00:00.500Z",
            // offsets with a colon, without one (PagerDuty's and CloudWatch's +0000), hours only
            "2026-11-22T20:00:00+01:00      | 2026-11-22T19:00:00Z",
            "2026-11-22T19:00:00.315+0000   | 2026-11-22T19:00:00.315Z",
            "2026-11-22T14:00:00-0500       | 2026-11-22T19:00:00Z",
            "2026-11-22T21:00:00+02         | 2026-11-22T19:00:00Z",
            // RFC 3339's space instead of T, lower-case z, and no offset at all (read as UTC)
            "2026-11-22 19:00:00Z           | 2026-11-22T19:00:00Z",
            "2026-11-22t19:00:00z           | 2026-11-22T19:00:00Z",
            "2026-11-22T19:00:00            | 2026-11-22T19:00:00Z",
            "2026-11-22T19:00               | 2026-11-22T19:00:00Z"})
    void everyDocumentedTimeFormIsAccepted(String sent, String expected) {
        String title = "Time form " + UUID.randomUUID();
        String key = Alerts.post("generic", """
                {"title": "%s", "severity": "critical", "startedAt": "%s"}
                """.formatted(title, sent)).statusCode(200).body("alerts[0].outcome", equalTo("opened"))
                .extract().path("alerts[0].incident");
        Map<?, ?> milestones = (Map<?, ?>) Alerts.incident(key).get("milestones");
        assertEquals(Instant.parse(expected), Instant.parse((String) milestones.get("started")));
        assertFalse(Alerts.timeline(key).stream().anyMatch(t -> t.contains("note:")), "nothing to note");
    }

    @Test
    void pagerDutyTimestampWithoutColonIsAccepted() {
        String dedup = "kuma-" + UUID.randomUUID();
        Alerts.post("pagerduty", """
                {"routing_key": "R0UT1NGKEY", "event_action": "trigger", "dedup_key": "%s",
                 "payload": {"summary": "Uptime check failed %s", "source": "kuma", "severity": "critical",
                             "timestamp": "2015-07-17T08:42:58.315+0000"}}
                """.formatted(dedup, dedup)).statusCode(202).body("dedup_key", equalTo(dedup));
        assertEquals(1, Alerts.incidentsTitled("Uptime check failed " + dedup));
    }

    @Test
    void malformedOptionalFieldsAreIgnoredAndNotedNotRefused() {
        String title = "Optional oddities " + UUID.randomUUID();
        long stored = raw.count("generic");
        String key = Alerts.post("generic", """
                {"title": "%s", "severity": "critical", "service": {"name": "checkout"},
                 "startedAt": "yesterday afternoon", "links": ["https://logs.example"], "statusCode": "teapot",
                 "requestId": "req-42"}
                """.formatted(title)).statusCode(200).body("alerts[0].outcome", equalTo("opened"))
                .extract().path("alerts[0].incident");

        assertEquals(stored + 1, raw.count("generic"));
        String opened = Alerts.timeline(key).stream().filter(t -> t.startsWith("🚨 Alert from")).findFirst()
                .orElseThrow();
        assertEquals("🚨 Alert from Error report: " + title + " (note: `service` is an object, not text; ignored; "
                + "`startedAt` \"yesterday afternoon\" is not an ISO 8601 time; ignored; `links` is not an object of "
                + "strings; ignored; `statusCode` \"teapot\" is not an HTTP status (100-599); ignored)", opened);
        Map<String, String> card = Eventually.await(() -> Alerts.cardOf(slack, Alerts.number(key)),
                c -> c.containsKey("Request"), Duration.ofSeconds(15));
        assertEquals("req-42", card.get("Request"));
        assertFalse(card.containsKey("HTTP status"), card::toString);
    }

    @Test
    void malformedTimesInAlertmanagerAlertsAreNotedOnTheTimeline() {
        String group = "OddTimes-" + UUID.randomUUID();
        String alert = Alerts.amAlert(group, "firing", "critical", "Odd times " + group, "api-1")
                .replace("\"startsAt\": \"2026-11-22T19:00:00.000Z\"", "\"startsAt\": 1732302000")
                .replace("\"fingerprint\": \"" + group + "\"", "\"fingerprint\": [\"" + group + "\"]");
        String key = Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert)).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
        assertTrue(Alerts.timeline(key).contains("🚨 Alert from Alertmanager: Odd times " + group + " (checkout · "
                + "prod) (note: `alerts[0].fingerprint` is an array, not text; ignored; `alerts[0].startsAt` "
                + "\"1732302000\" is not an ISO 8601 time; ignored)"), () -> Alerts.timeline(key).toString());
    }

    @Test
    void aHugeMalformedValueIsClippedInTheNote() {
        String title = "Huge odd time " + UUID.randomUUID();
        String key = Alerts.post("generic", """
                {"title": "%s", "severity": "critical", "startedAt": "%s"}
                """.formatted(title, "9".repeat(100_000))).statusCode(200).extract().path("alerts[0].incident");
        String opened = Alerts.timeline(key).stream().filter(t -> t.startsWith("🚨 Alert from")).findFirst()
                .orElseThrow();
        assertTrue(opened.endsWith("(note: `startedAt` \"" + "9".repeat(60) + "…\" is not an ISO 8601 time; "
                + "ignored)"), opened);
        assertTrue(opened.length() < 300, opened);
    }

    @Test
    void missingOrWrongRequiredFieldsAreStill422AndStoreNothing() {
        long stored = raw.count("generic") + raw.count("alertmanager");
        Alerts.post("generic", "{\"severity\": \"critical\", \"startedAt\": \"garbage\"}").statusCode(422)
                .body("field", equalTo("title"));
        Alerts.post("generic", "{\"title\": {\"text\": \"x\"}}").statusCode(422).body("field", equalTo("title"));
        Alerts.post("generic", "{\"title\": \"t\", \"status\": \"exploded\"}").statusCode(422)
                .body("field", equalTo("status"));
        Alerts.post("alertmanager", Alerts.alertmanager("G", "firing", "{\"status\": \"on fire\", "
                + "\"labels\": {\"alertname\": \"X\"}}")).statusCode(422).body("field", equalTo("alerts[0].status"));
        assertEquals(stored, raw.count("generic") + raw.count("alertmanager"));
    }

    @Test
    void anErrorReportsHttpStatusIsShownOnTheCard() {
        String title = "Upstream answered 502 " + UUID.randomUUID();
        for (String statusCode : List.of("502", "\"502\"")) {
            String key = Alerts.post("generic", """
                    {"title": "%s %s", "severity": "critical", "service": "checkout", "statusCode": %s}
                    """.formatted(title, statusCode.length(), statusCode)).statusCode(200)
                    .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
            Map<String, String> card = Eventually.await(() -> Alerts.cardOf(slack, Alerts.number(key)),
                    c -> c.containsKey("Alert"), Duration.ofSeconds(15));
            assertEquals("502", card.get("HTTP status"), card::toString);
        }
    }
}
