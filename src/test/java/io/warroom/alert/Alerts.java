package io.warroom.alert;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.reply.Reply;
import io.warroom.support.Api;
import io.warroom.support.FakeChatPlatform;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Alert deliveries as monitoring systems send them, with the test profile's alert token. */
final class Alerts {

    static final String TOKEN = "test-alerts-token";

    private Alerts() {
    }

    static ValidatableResponse post(String source, String body) {
        return given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body(body)
                .post("/api/alerts/" + source).then();
    }

    static Map<String, Object> incident(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().as(Map.class);
    }

    static List<String> timeline(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("text", String.class);
    }

    /** Incidents whose title is exactly this one. */
    static long incidentsTitled(String title) {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("title", String.class).stream().filter(title::equals).count();
    }

    /** The fields of the last card delivered to the fake Slack for the incident; empty before the first. */
    static Map<String, String> cardOf(FakeChatPlatform.Slack slack, long number) {
        List<OutboxEnvelope> cards = slack.delivered().stream().filter(e -> e.card() != null
                && e.incident() != null && e.incident().number() == number).toList();
        if (cards.isEmpty()) {
            return Map.of();
        }
        return cards.get(cards.size() - 1).card().fields().stream()
                .collect(Collectors.toMap(Reply.Field::label, Reply.Field::value, (x, y) -> y));
    }

    static long number(String key) {
        return Long.parseLong(key.substring("INC-".length()));
    }

    static String alertmanager(String group, String status, String alerts) {
        return """
                {
                  "version": "4",
                  "groupKey": "{}/{severity=\\"critical\\"}:{alertname=\\"%1$s\\"}",
                  "truncatedAlerts": 0,
                  "status": "%2$s",
                  "receiver": "warroom",
                  "groupLabels": {"alertname": "%1$s"},
                  "commonLabels": {"alertname": "%1$s"},
                  "commonAnnotations": {},
                  "externalURL": "http://alertmanager.example:9093",
                  "alerts": [%3$s]
                }
                """.formatted(group, status, alerts);
    }

    static String amAlert(String fingerprint, String status, String severity, String summary, String instance) {
        return """
                {
                  "status": "%2$s",
                  "labels": {"alertname": "CheckoutErrors", "severity": "%3$s", "service": "checkout",
                             "env": "prod", "instance": "%5$s"},
                  "annotations": {"summary": "%4$s", "description": "5xx ratio above 10%% for 5 minutes",
                                  "runbook_url": "https://runbooks.example/checkout-errors"},
                  "startsAt": "2026-11-22T19:00:00.000Z",
                  "endsAt": "%6$s",
                  "generatorURL": "http://prometheus.example:9090/graph?g0.expr=checkout_5xx_ratio",
                  "fingerprint": "%1$s"
                }
                """.formatted(fingerprint, status, severity, summary, instance,
                status.equals("resolved") ? "2026-11-22T19:20:00.000Z" : "0001-01-01T00:00:00Z");
    }
}
