package io.warroom.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.warroom.alert.intake.RawDeliveries;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Grafana's HMAC signature with the timestamp header, and auto-advance to Recover once every alert resolved. */
@QuarkusTest
@TestProfile(SignedGrafanaProfile.class)
class SignedGrafanaTest {

    @Inject
    RawDeliveries raw;

    private static String grafana(String rule, String status) {
        return """
                {"receiver": "warroom", "status": "%2$s", "orgId": 1, "groupKey": "{}:{alertname=\\"%1$s\\"}",
                 "truncatedAlerts": 0, "state": "%3$s", "version": "1", "externalURL": "https://grafana.example/",
                 "alerts": [{"status": "%2$s", "labels": {"alertname": "%1$s", "severity": "critical"},
                   "annotations": {"summary": "%1$s"}, "startsAt": "2026-11-22T19:05:00Z",
                   "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "%1$s",
                   "dashboardURL": "https://grafana.example/d/x", "values": {"B": 12}}]}
                """.formatted(rule, status, status.equals("firing") ? "alerting" : "ok");
    }

    private static String hmac(String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SignedGrafanaProfile.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static ValidatableResponse post(String body, String timestamp, String signature) {
        var request = given().header("Authorization", "Bearer " + Alerts.TOKEN).contentType("application/json")
                .body(body);
        if (timestamp != null) {
            request.header(SignedGrafanaProfile.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            request.header("X-Grafana-Alerting-Signature", signature);
        }
        return request.post("/api/alerts/grafana").then();
    }

    @Test
    void signedDeliveriesAreAcceptedAndAllResolvedMovesTheIncidentToRecover() throws Exception {
        String rule = "Signed-" + UUID.randomUUID();
        String firing = grafana(rule, "firing");
        String now = String.valueOf(Instant.now().getEpochSecond());
        String key = post(firing, now, hmac(now + ":" + firing)).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");

        String resolved = grafana(rule, "resolved");
        post(resolved, now, hmac(now + ":" + resolved)).statusCode(200)
                .body("alerts[0].detail", equalTo("resolved on " + key + "; every alert resolved, moved to Recover"));
        assertEquals("RECOVER", Alerts.incident(key).get("phase"));
    }

    @Test
    void missingWrongOrStaleSignaturesAre401AndStoreNothing() throws Exception {
        String body = grafana("Unsigned-" + UUID.randomUUID(), "firing");
        String now = String.valueOf(Instant.now().getEpochSecond());
        long before = raw.count("grafana");
        post(body, now, null).statusCode(401).body("error", containsString("Missing X-Grafana-Alerting-Signature"));
        post(body, now, hmac(body)).statusCode(401).body("error", containsString("Wrong X-Grafana-Alerting-Signature"));
        post(body, null, hmac(body)).statusCode(401)
                .body("error", containsString("Missing or unreadable " + SignedGrafanaProfile.TIMESTAMP_HEADER));
        String old = String.valueOf(Instant.now().minusSeconds(3600).getEpochSecond());
        post(body, old, hmac(old + ":" + body)).statusCode(401).body("error", containsString("stale or replayed"));
        assertEquals(before, raw.count("grafana"));
    }
}
