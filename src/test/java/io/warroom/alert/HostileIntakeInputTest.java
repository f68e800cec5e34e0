package io.warroom.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.support.CapturedLog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile deliveries to the alert intake, over HTTP as a sender would make them: oversized (declared or chunked),
 * malformed, over-long fields, echoes. Runs in the default test profile, which lists no SNS topics.
 */
@QuarkusTest
class HostileIntakeInputTest {

    private static final int MIB = 1024 * 1024;
    private static final String TOO_LARGE = "Alert deliveries are limited to 1048576 bytes (1 MiB); nothing was stored.";

    @Inject
    RawDeliveries raw;

    private long stored() {
        return List.of("alertmanager", "grafana", "sns", "pagerduty", "generic").stream().mapToLong(raw::count).sum();
    }

    /** A payload that is valid JSON of the source's shape up to its padding, which makes it `bytes` long. */
    private static String padded(String title, int bytes) {
        String head = "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"status\": \"firing\", \"pad\": \"";
        return head + "x".repeat(bytes - head.length() - 2) + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"alertmanager", "grafana", "sns", "pagerduty", "generic"})
    void aDeclaredBodyOverOneMebibyteIs413OnEverySourceAndStoresNothing(String source) {
        String title = "Oversized " + source + " " + UUID.randomUUID();
        long before = stored();
        Alerts.post(source, padded(title, MIB + 1)).statusCode(413).body("error", equalTo(TOO_LARGE));
        assertEquals(before, stored());
        assertEquals(0, Alerts.incidentsTitled(title));
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsCountedAsItArrivesAnd413() throws Exception {
        String title = "Chunked " + UUID.randomUUID();
        byte[] body = padded(title, 2 * MIB).getBytes(StandardCharsets.UTF_8);
        long before = stored();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/alerts/generic"))
                        .header("Authorization", "Bearer " + Alerts.TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains(TOO_LARGE), response.body());
        assertEquals(before, stored());
        assertEquals(0, Alerts.incidentsTitled(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alertmanager", "grafana", "pagerduty", "generic"})
    void malformedBodiesAre400OnEverySourceAndStoreNothing(String source) {
        long before = stored();
        Alerts.post(source, "{\"alerts\": [ {\"status\": ").statusCode(400)
                .body("error", containsString("Malformed JSON"));
        Alerts.post(source, "").statusCode(400).body("error", equalTo("Empty body: expected a JSON object."));
        given().header("Authorization", "Bearer " + Alerts.TOKEN).contentType("application/json")
                .body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}).post("/api/alerts/" + source).then()
                .statusCode(400);
        Alerts.post(source, "\"just a string\"").statusCode(400)
                .body("error", equalTo("Expected a JSON object, got string."));
        assertEquals(before, stored());
    }

    @Test
    void snsWithoutATopicAllowListIs503SayingHowToSetIt() {
        long before = stored();
        given().contentType("text/plain; charset=UTF-8").header("x-amz-sns-message-type", "SubscriptionConfirmation")
                .body("{\"Type\": \"SubscriptionConfirmation\", \"TopicArn\": "
                        + "\"arn:aws:sns:eu-west-1:999999999999:anyone\"}")
                .post("/api/alerts/sns").then().statusCode(503)
                .body("error", containsString("Amazon SNS intake is off until you list the topics it may take: set "
                        + "WARROOM_ALERTS_SNS_TOPICS to comma-separated topic ARNs"));
        assertEquals(before, stored());
    }

    @Test
    void overLongCosmeticFieldsAreClippedAndTheAlertIsStillTaken() {
        String id = UUID.randomUUID().toString();
        String title = "Long " + id + " " + "t".repeat(10_000);
        String body = "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"service\": \"" + "s".repeat(10_000)
                + "\", \"environment\": \"" + "e".repeat(10_000) + "\", \"requestId\": \"" + "r".repeat(10_000)
                + "\", \"source\": \"" + "f".repeat(10_000) + "\", \"labels\": {\"team\": \"" + "l".repeat(10_000)
                + "\"}, \"links\": {\"dashboard\": \"https://grafana.example/" + "d".repeat(5_000) + "\", "
                + "\"runbook\": \"https://runbooks.example/long\"}}";
        long before = raw.count("generic");
        String key = Alerts.post("generic", body).statusCode(200).body("alerts[0].outcome", equalTo("opened"))
                .extract().path("alerts[0].incident");
        assertEquals(before + 1, raw.count("generic"));
        Map<String, Object> incident = Alerts.incident(key);
        String storedTitle = (String) incident.get("title");
        assertEquals(200, storedTitle.length());
        assertTrue(storedTitle.startsWith("Long " + id) && storedTitle.endsWith("…"), storedTitle);
        assertEquals("s".repeat(199) + "…", incident.get("service"));
        List<String> timeline = Alerts.timeline(key);
        assertTrue(timeline.stream().anyMatch(t -> t.startsWith("🚨 Alert from")), timeline.toString());
    }

    @Test
    void aVeryLongFingerprintKeepsItsIdentity() {
        String fingerprint = UUID.randomUUID() + "f".repeat(10_000);
        String body = "{\"title\": \"Fingerprinted " + UUID.randomUUID() + "\", \"severity\": \"critical\", "
                + "\"fingerprint\": \"" + fingerprint + "\"}";
        String key = Alerts.post("generic", body).statusCode(200).body("alerts[0].outcome", equalTo("opened"))
                .extract().path("alerts[0].incident");
        Alerts.post("generic", body.replace("critical\"", "critical\", \"description\": \"again\"")).statusCode(200)
                .body("alerts[0].outcome", equalTo("joined")).body("alerts[0].incident", equalTo(key));
    }

    @Test
    void echoesOfHugeValuesAreClippedAndLogLinesStayShort() {
        String severity = "apocalyptic".repeat(80_000);
        long before = stored();
        try (CapturedLog log = CapturedLog.start()) {
            ValidatableResponse refused = Alerts.post("generic", "{\"title\": \"t\", \"severity\": \"" + severity
                    + "\"}").statusCode(422).body("field", equalTo("severity"));
            String error = refused.extract().path("error");
            assertTrue(error.startsWith("Field `severity` must be critical, warning or info (or error, high, low...), "
                    + "not `apocalypticapocalyptic"), error.substring(0, Math.min(200, error.length())));
            assertTrue(error.length() < 300, error.length() + " characters");
            Alerts.post("x".repeat(3_000), "{}").statusCode(404).body("error.length()", lessThan(300));
            Alerts.post("generic", padded("logged", MIB + 10)).statusCode(413);
            assertTrue(log.longestLine() < 500, "longest log line: " + log.longestLine() + " characters");
            assertTrue(log.lines().stream().noneMatch(l -> l.contains("apocalypticapocalypticapocalyptic")
                    || l.contains("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")), log.lines().toString());
        }
        assertEquals(before, stored());
    }
}
