package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.reply.Reply;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Application error reports and PagerDuty Events v2, as those senders post them. */
@QuarkusTest
@TestProfile(AlertProfile.class)
class GenericAndPagerDutyIntakeTest {

    @Inject
    FakeChatPlatform.Discord discord;

    private static String report(String title, String requestId) {
        return """
                {
                  "title": "%s",
                  "severity": "critical",
                  "service": "payments",
                  "environment": "production",
                  "source": "src/main/java/com/acme/pay/ChargeService.java:142",
                  "requestId": "%s",
                  "status": "firing",
                  "stack": "java.lang.IllegalStateException: card processor timeout\\n\\tat com.acme.pay.ChargeService.charge(ChargeService.java:142)\\n\\tat com.acme.pay.CheckoutResource.pay(CheckoutResource.java:57)",
                  "links": {"logs": "https://logs.example/search?rid=%2$s"}
                }
                """.formatted(title, requestId);
    }

    @Test
    void errorReportOpensAnIncidentWhoseCardShowsWhereAndWhichRequest() {
        String title = "IllegalStateException in charge " + UUID.randomUUID();
        String key = Alerts.post("generic", report(title, "req-7f3a")).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
        long number = Long.parseLong(key.substring(4));
        Map<String, String> card = Eventually.await(() -> cardOf(number), c -> c.containsKey("Stack"),
                Duration.ofSeconds(15));
        assertEquals("payments · production", card.get("Service"));
        assertEquals("src/main/java/com/acme/pay/ChargeService.java:142", card.get("Source"));
        assertEquals("req-7f3a", card.get("Request"));
        assertTrue(card.get("Stack").contains("IllegalStateException: card processor timeout"), card::toString);
        assertEquals("logs: https://logs.example/search?rid=req-7f3a", card.get("Links"));

        // Same service, title and line: the derived fingerprint matches, so the next report joins.
        Alerts.post("generic", report(title, "req-9c21")).statusCode(200)
                .body("alerts[0].outcome", equalTo("joined")).body("alerts[0].incident", equalTo(key));
        assertEquals(1, Alerts.incidentsTitled(title));

        Alerts.post("generic", report(title, "req-9c22").replace("\"firing\"", "\"resolved\"")).statusCode(200)
                .body("alerts[0].outcome", equalTo("resolved"));
    }

    @Test
    void pagerDutyTriggerAcknowledgeAndResolveAreAnsweredLikePagerDuty() {
        String dedup = "uptime-kuma-" + UUID.randomUUID();
        String trigger = """
                {
                  "routing_key": "R0UT1NGKEY0000000000000000000000",
                  "event_action": "trigger",
                  "dedup_key": "%s",
                  "payload": {
                    "summary": "DOWN: shop.example.com %1$s",
                    "source": "uptime-kuma.example",
                    "severity": "critical",
                    "timestamp": "2026-11-22T19:10:00.000+00:00",
                    "component": "shop-frontend",
                    "group": "shop",
                    "class": "http check",
                    "custom_details": {"status": "timeout after 48s", "url": "https://shop.example.com"}
                  },
                  "client": "Uptime Kuma",
                  "client_url": "https://status.example/dashboard/4",
                  "links": [{"href": "https://status.example/dashboard/4", "text": "Monitor"}],
                  "images": [{"src": "https://status.example/badge/4.svg", "alt": "uptime badge"}]
                }
                """.formatted(dedup);
        Alerts.post("pagerduty", trigger).statusCode(202).body("status", equalTo("success"))
                .body("message", equalTo("Event processed")).body("dedup_key", equalTo(dedup));
        // A redelivery is answered the same way and changes nothing.
        Alerts.post("pagerduty", trigger).statusCode(202).body("dedup_key", equalTo(dedup));
        String title = "DOWN: shop.example.com " + dedup;
        assertEquals(1, Alerts.incidentsTitled(title));
        String key = io.warroom.support.Api.authorized().get("/api/incidents?limit=500").then().extract().jsonPath()
                .getList("findAll { it.title == '" + title + "' }.key", String.class).get(0);
        assertEquals("shop-frontend", Alerts.incident(key).get("service"));

        String ack = "{\"routing_key\": \"R0UT1NGKEY0000000000000000000000\", \"event_action\": \"acknowledge\","
                + " \"dedup_key\": \"" + dedup + "\"}";
        Alerts.post("pagerduty", ack).statusCode(202).body("dedup_key", equalTo(dedup));
        assertTrue(Alerts.timeline(key).contains("👀 Alert acknowledged in PagerDuty Events (" + dedup + ")"),
                () -> Alerts.timeline(key).toString());

        Alerts.post("pagerduty", ack.replace("acknowledge", "resolve")).statusCode(202)
                .body("dedup_key", equalTo(dedup));
        assertTrue(Alerts.timeline(key).stream().anyMatch(t -> t.startsWith("✅ Alert resolved: PagerDuty event "
                + dedup)), () -> Alerts.timeline(key).toString());
    }

    @Test
    void pagerDutyTriggerWithoutDedupKeyIsGivenOne() {
        String summary = "Disk 91% on db-" + UUID.randomUUID();
        String body = "{\"routing_key\": \"k\", \"event_action\": \"trigger\", \"payload\": {\"summary\": \""
                + summary + "\", \"source\": \"db-1\", \"severity\": \"warning\"}}";
        String first = Alerts.post("pagerduty", body).statusCode(202).extract().path("dedup_key");
        assertEquals(32, first.length());
        assertEquals(0, Alerts.incidentsTitled(summary));
    }

    private Map<String, String> cardOf(long number) {
        List<OutboxEnvelope> cards = discord.delivered().stream().filter(e -> e.card() != null
                && e.incident() != null && e.incident().number() == number).toList();
        if (cards.isEmpty()) {
            return Map.of();
        }
        return cards.get(cards.size() - 1).card().fields().stream()
                .collect(Collectors.toMap(Reply.Field::label, Reply.Field::value, (x, y) -> y));
    }
}
