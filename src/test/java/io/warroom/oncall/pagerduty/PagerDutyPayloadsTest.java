package io.warroom.oncall.pagerduty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.incident.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Events API v2 shapes PagerDuty documents: trigger with a payload, acknowledge and resolve by dedup_key. */
@QuarkusTest
class PagerDutyPayloadsTest {

    private static Incident incident(Severity severity) {
        return incident(severity, Language.EN);
    }

    private static Incident incident(Severity severity, Language language) {
        Incident incident = Incident.open(new NewIncident("Checkout 5xx spike", severity, "checkout", "5xx on /pay",
                new Person(Platform.SLACK, "U01ANA", "Ana"), Instant.parse("2025-01-07T09:58:00Z")),
                (phase, lang) -> List.of(), language, Instant.parse("2025-01-07T10:00:00Z"));
        incident.number = 42L;
        return incident;
    }

    @Test
    void aTriggerCarriesSummarySourceSeverityAndTheIncidentKeyAsDedupKey() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("incident", "INC-42");
        details.put("severity", "SEV1");
        details.put("phase", "Detect");
        details.put("status", "open");
        details.put("service", "checkout");
        details.put("opened_by", "Ana");
        details.put("description", "5xx on /pay");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("summary", "INC-42 · SEV1 · Checkout 5xx spike");
        payload.put("source", "checkout");
        payload.put("severity", "critical");
        payload.put("timestamp", "2025-01-07T09:58:00Z");
        payload.put("component", "checkout");
        payload.put("group", "payments");
        payload.put("class", "incident");
        payload.put("custom_details", details);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("event_action", "trigger");
        expected.put("dedup_key", "INC-42");
        expected.put("payload", payload);
        expected.put("client", "Warroom");
        expected.put("client_url", "https://warroom.example");
        assertEquals(expected, PagerDutyPayloads.trigger(incident(Severity.SEV1), "payments",
                "https://warroom.example"));
    }

    @Test
    void aKoreanIncidentsDetailsNameItsPhaseAndStatusInKorean() {
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) ((Map<String, Object>) PagerDutyPayloads.trigger(
                incident(Severity.SEV2, Language.KO), null, null).get("payload")).get("custom_details");
        assertEquals("탐지", details.get("phase"));
        assertEquals("진행 중", details.get("status"));
        assertEquals("SEV2", details.get("severity"));
    }

    @Test
    void severitiesMapToPagerDutysFour() {
        assertEquals("error", PagerDutyPayloads.severity(incident(Severity.SEV2)));
        assertEquals("warning", PagerDutyPayloads.severity(incident(Severity.SEV3)));
        assertEquals("info", PagerDutyPayloads.severity(incident(Severity.SEV4)));
    }

    @Test
    void acknowledgeAndResolveNeedOnlyTheDedupKey() {
        assertEquals(Map.of("event_action", "resolve", "dedup_key", "INC-42"),
                PagerDutyPayloads.resolve(incident(Severity.SEV2)));
        assertEquals(Map.of("event_action", "acknowledge", "dedup_key", "INC-42"),
                PagerDutyPayloads.acknowledge(incident(Severity.SEV2)));
    }
}
