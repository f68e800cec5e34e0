package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.reply.Reply;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.OutboxProbe;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Alertmanager and Grafana webhooks as their documented payloads, through the HTTP endpoint. */
@QuarkusTest
@TestProfile(AlertProfile.class)
class AlertmanagerIntakeTest {

    @Inject
    OutboxProbe outbox;

    @Inject
    FakeChatPlatform.Slack slack;

    @Inject
    RawDeliveries raw;

    @Test
    void criticalGroupOpensOneIncidentWithRoomsAndTheAlertOnItsCard() {
        String group = "CheckoutErrors-" + UUID.randomUUID();
        String body = Alerts.alertmanager(group, "firing",
                Alerts.amAlert(group + "-a", "firing", "critical", "Checkout 5xx above 10% " + group, "checkout-1")
                        + "," + Alerts.amAlert(group + "-b", "firing", "critical", "Checkout 5xx on 2 " + group,
                                "checkout-2"));
        var answer = Alerts.post("alertmanager", body).statusCode(200).body("duplicate", equalTo(false))
                .body("accepted", equalTo(2)).body("alerts[0].outcome", equalTo("opened"))
                .body("alerts[1].outcome", equalTo("joined")).extract().jsonPath();
        String key = answer.getString("alerts[0].incident");
        assertEquals(key, answer.getString("alerts[1].incident"));

        Map<String, Object> incident = Alerts.incident(key);
        assertEquals("Checkout 5xx above 10% " + group, incident.get("title"));
        assertEquals("SEV2", incident.get("severity"));
        assertEquals("checkout", incident.get("service"));
        assertTrue(Alerts.timeline(key).contains("🚨 Alert from Alertmanager: Checkout 5xx above 10% " + group
                + " (checkout · prod)"), () -> Alerts.timeline(key).toString());

        long number = Long.parseLong(key.substring(4));
        Eventually.until("rooms on both platforms", () -> outbox.lane("slack:" + key).stream()
                .anyMatch(r -> r.kind().equals("OpenRoom")) && outbox.lane("discord:" + key).stream()
                .anyMatch(r -> r.kind().equals("OpenRoom")));
        Map<String, String> card = Eventually.await(() -> cardOf(number), c -> c.containsKey("Alert"),
                java.time.Duration.ofSeconds(15));
        assertEquals("checkout · prod", card.get("Service"));
        assertTrue(card.get("Links").contains("runbook: https://runbooks.example/checkout-errors"), card::toString);
        assertTrue(card.get("Links").contains("generator: http://prometheus.example:9090/graph"), card::toString);
    }

    @Test
    void resolvedAlertsAreRecordedAndRecoverIsSuggestedOnceAllHaveResolved() {
        String group = "Latency-" + UUID.randomUUID();
        String a = Alerts.amAlert(group + "-a", "firing", "critical", "Latency high " + group, "api-1");
        String b = Alerts.amAlert(group + "-b", "firing", "critical", "Latency high 2 " + group, "api-2");
        String key = Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", a + "," + b)).statusCode(200)
                .extract().path("alerts[0].incident");

        Alerts.post("alertmanager", Alerts.alertmanager(group, "resolved", Alerts.amAlert(group + "-a", "resolved",
                "critical", "Latency high " + group, "api-1"))).statusCode(200)
                .body("alerts[0].outcome", equalTo("resolved")).body("alerts[0].incident", equalTo(key));
        assertTrue(outbox.lane("slack:" + key).stream().anyMatch(r -> r.text().equals("✅ Alert resolved: Latency "
                + "high " + group + "; 1 alert is still firing.")));

        Alerts.post("alertmanager", Alerts.alertmanager(group, "resolved", Alerts.amAlert(group + "-b", "resolved",
                "critical", "Latency high 2 " + group, "api-2"))).statusCode(200)
                .body("alerts[0].detail", equalTo("resolved on " + key + "; every alert resolved, Recover suggested"));
        assertTrue(Alerts.timeline(key).contains("✅ Alert resolved: Latency high 2 " + group + " (checkout · prod)"),
                () -> Alerts.timeline(key).toString());
        assertTrue(outbox.lane("slack:" + key).stream().anyMatch(r -> r.text().startsWith("✅ Every alert of " + key
                + " has resolved") && r.text().contains("`phase recover`")));
        assertEquals("DETECT", Alerts.incident(key).get("phase"));
    }

    @Test
    void redeliveryOfTheSameGroupPayloadIsIdempotent() {
        String group = "Disk-" + UUID.randomUUID();
        String body = Alerts.alertmanager(group, "firing", Alerts.amAlert(group, "firing", "critical",
                "Disk full " + group, "db-1"));
        long storedBefore = raw.count("alertmanager");
        String key = Alerts.post("alertmanager", body).statusCode(200).extract().path("alerts[0].incident");

        Alerts.post("alertmanager", body).statusCode(200).body("duplicate", equalTo(true))
                .body("alerts.size()", equalTo(0));
        assertEquals(storedBefore + 1, raw.count("alertmanager"));
        // Room opening adds its own entries in the background; only the alert's entry must stay single.
        assertEquals(1, Alerts.timeline(key).stream().filter(t -> t.startsWith("🚨 Alert from Alertmanager: Disk full "
                + group)).count(), () -> Alerts.timeline(key).toString());
        assertEquals(1, Alerts.incidentsTitled("Disk full " + group));
    }

    @Test
    void truncatedAlertsAreReportedBack() {
        String group = "Many-" + UUID.randomUUID();
        String body = Alerts.alertmanager(group, "firing", Alerts.amAlert(group, "firing", "warning",
                "Pods restarting " + group, "k8s-1")).replace("\"truncatedAlerts\": 0", "\"truncatedAlerts\": 37");
        Alerts.post("alertmanager", body).statusCode(200).body("truncatedAlerts", equalTo(37));
    }

    @Test
    void warningsPostToTheAlertChannelsAndOpenNothing() {
        String group = "Warn-" + UUID.randomUUID();
        Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", Alerts.amAlert(group, "firing", "warning",
                "Queue growing " + group, "q-1"))).statusCode(200).body("alerts[0].outcome", equalTo("posted"))
                .body("alerts[0].incident", nullValue());
        assertEquals(0, Alerts.incidentsTitled("Queue growing " + group));
        for (String platform : List.of("slack", "discord")) {
            var post = outbox.lane(platform + ":alerts").stream().filter(r -> r.text().contains(group)).toList();
            assertEquals(1, post.size());
            assertEquals("⚠️ [warning] Queue growing " + group + " (checkout · prod) from alertmanager "
                    + "http://prometheus.example:9090/graph?g0.expr=checkout_5xx_ratio", post.get(0).text());
            assertEquals("ALERT", ((Delivery.PostToChannel) post.get(0).delivery()).purpose().name());
        }
    }

    @Test
    void grafanaAlertsCarryDashboardPanelSilenceAndValues() {
        String rule = "GrafanaCPU-" + UUID.randomUUID();
        String body = """
                {
                  "receiver": "warroom",
                  "status": "firing",
                  "orgId": 1,
                  "alerts": [{
                    "status": "firing",
                    "labels": {"alertname": "%1$s", "severity": "critical", "service": "search",
                               "grafana_folder": "Infra"},
                    "annotations": {"summary": "CPU saturated on search %1$s"},
                    "startsAt": "2026-11-22T19:05:00Z",
                    "endsAt": "0001-01-01T00:00:00Z",
                    "generatorURL": "https://grafana.example/alerting/grafana/abc/view",
                    "fingerprint": "%1$s",
                    "silenceURL": "https://grafana.example/alerting/silence/new?matcher=alertname%%3D%1$s",
                    "dashboardURL": "https://grafana.example/d/search-cpu",
                    "panelURL": "https://grafana.example/d/search-cpu?viewPanel=2",
                    "values": {"A": 97.5, "C": 1},
                    "valueString": "[ var='A' value=97.5 ]"
                  }],
                  "groupLabels": {"alertname": "%1$s"},
                  "commonLabels": {"alertname": "%1$s"},
                  "commonAnnotations": {},
                  "externalURL": "https://grafana.example/",
                  "version": "1",
                  "groupKey": "{}:{alertname=\\"%1$s\\"}",
                  "truncatedAlerts": 0,
                  "title": "[FIRING:1] %1$s",
                  "state": "alerting",
                  "message": "**Firing**"
                }
                """.formatted(rule);
        String key = Alerts.post("grafana", body).statusCode(200).body("alerts[0].outcome", equalTo("opened"))
                .extract().path("alerts[0].incident");
        long number = Long.parseLong(key.substring(4));
        Map<String, String> card = Eventually.await(() -> cardOf(number), c -> c.containsKey("Links"),
                java.time.Duration.ofSeconds(15));
        assertTrue(card.get("Links").contains("dashboard: https://grafana.example/d/search-cpu"), card::toString);
        assertTrue(card.get("Links").contains("panel: https://grafana.example/d/search-cpu?viewPanel=2"));
        assertTrue(card.get("Links").contains("silence: https://grafana.example/alerting/silence/new"));
        assertEquals("Grafana", ((Map<?, ?>) Alerts.incident(key).get("openedBy")).get("displayName"));
    }

    /** The fields of the last card delivered to the fake Slack for the incident. */
    private Map<String, String> cardOf(long number) {
        List<OutboxEnvelope> cards = slack.delivered().stream().filter(e -> e.card() != null
                && e.incident() != null && e.incident().number() == number).toList();
        if (cards.isEmpty()) {
            return Map.of();
        }
        return cards.get(cards.size() - 1).card().fields().stream()
                .collect(Collectors.toMap(Reply.Field::label, Reply.Field::value, (x, y) -> y));
    }
}
