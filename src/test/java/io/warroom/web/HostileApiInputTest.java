package io.warroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.warroom.monitor.AccessLogBatch;
import io.warroom.monitor.RequestCounts;
import io.warroom.support.Api;
import io.warroom.support.CapturedLog;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile requests to the REST API and the access-log intake: oversized (declared or chunked) and malformed bodies,
 * values longer than their columns, huge echoes. Each asserts the answer and that nothing changed.
 */
@QuarkusTest
class HostileApiInputTest {

    private static final String API_TOO_LARGE = "REST API requests are limited to 65536 bytes (64 KiB); nothing was "
            + "changed.";
    private static final String ALERTS_TOKEN = "test-alerts-token";

    @Inject
    RequestCounts counts;

    private static List<String> timeline(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("text", String.class);
    }

    private static long incidentsTitled(String title) {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("title", String.class).stream().filter(title::equals).count();
    }

    private static HttpResponse<String> chunked(String path, String authorization, byte[] body) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOversizedBodyIs413OnEveryApiRouteAndChangesNothing() {
        String key = Api.open("Hostile sizes " + UUID.randomUUID(), "3", "checkout");
        List<String> before = timeline(key);
        String title = "Oversized " + UUID.randomUUID();
        Api.authorized().body(Map.of("title", title, "description", "d".repeat(70_000))).post("/api/incidents")
                .then().statusCode(413).body("error", equalTo(API_TOO_LARGE));
        Api.authorized().body(Map.of("text", "note " + "n".repeat(5 * 1024 * 1024)))
                .post("/api/incidents/" + key + "/commands").then().statusCode(413)
                .body("error", equalTo(API_TOO_LARGE));
        assertEquals(0, incidentsTitled(title));
        assertEquals(before, timeline(key));
    }

    @Test
    void aChunkedApiBodyIsCountedBeforeItIsParsed() throws Exception {
        String key = Api.open("Hostile chunks " + UUID.randomUUID(), "3", "checkout");
        List<String> before = timeline(key);
        byte[] body = ("{\"text\": \"note " + "n".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = chunked("/api/incidents/" + key + "/commands", "Bearer " + Api.TOKEN, body);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains(API_TOO_LARGE), response.body());
        assertEquals(before, timeline(key));
    }

    @Test
    void malformedApiBodiesAre400AndChangeNothing() {
        String key = Api.open("Hostile JSON " + UUID.randomUUID(), "3", "checkout");
        List<String> before = timeline(key);
        Api.authorized().body("{\"title\": ").post("/api/incidents").then().statusCode(400)
                .body("error", containsString("Malformed JSON"));
        Api.authorized().body("{\"text\": [1, 2]}").post("/api/incidents/" + key + "/commands").then()
                .statusCode(400).body("field", equalTo("text"));
        Api.authorized().body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}).post("/api/incidents/" + key
                + "/commands").then().statusCode(400);
        assertEquals(before, timeline(key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "title, 201",
        "service, 201",
        "description, 4001",
    })
    void anOverLongFieldOfANewIncidentIs422NamingIt(String field, int length) {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Long " + field + " " + marker));
        body.put(field, marker + "x".repeat(length - marker.length()));
        Api.authorized().body(body).post("/api/incidents").then().statusCode(422).body("field", equalTo(field))
                .body("error", equalTo("`" + field + "` is " + length + " characters; the limit is " + (length - 1)
                        + "."));
        assertEquals(0, incidentsTitled("Long " + field + " " + marker));
    }

    @Test
    void anOverLongApiUserIs422NamingIt() {
        String title = "Long user " + UUID.randomUUID();
        Api.authorized().body(Map.of("title", title, "user", Map.of("platform", "slack", "id", "U".repeat(65))))
                .post("/api/incidents").then().statusCode(422).body("field", equalTo("user.id"))
                .body("error", equalTo("`user.id` is 65 characters; the limit is 64."));
        Api.authorized().body(Map.of("title", title, "user", "n".repeat(201))).post("/api/incidents").then()
                .statusCode(422).body("field", equalTo("user.name"));
        assertEquals(0, incidentsTitled(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "link https://dashboards.example/{2001} | `url` is 2028 characters; the limit is 2000.",
        "link https://dashboards.example/d {201} | `label` is 201 characters; the limit is 200.",
        "why {2001} | `why` is 2001 characters; the limit is 2000.",
        "learned wrong {2001} | `lesson` is 2001 characters; the limit is 2000.",
        "action {2001} | `action` is 2001 characters; the limit is 2000.",
        "action fix the alert owner:{201} | `owner` is 201 characters; the limit is 200.",
        "action fix the alert owner:<@{65}> | `owner id` is 65 characters; the limit is 64.",
        "role scribe {201} | `person` is 201 characters; the limit is 200.",
        "run restart web w={4001} | The parameters are 4008 characters; the limit is 4000.",
    })
    void anOverLongCommandArgumentIs422NamingItAndChangesNothing(String command, String error) {
        String key = Api.open("Long arguments " + UUID.randomUUID(), "3", "checkout");
        List<String> before = timeline(key);
        Map<String, Object> incidentBefore = Api.authorized().get("/api/incidents/" + key).then().statusCode(200)
                .extract().as(Map.class);
        String text = expand(command);
        Api.run(key, text).statusCode(422).body("error", containsString(error));
        assertEquals(before, timeline(key));
        Map<String, Object> incidentAfter = Api.authorized().get("/api/incidents/" + key).then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(incidentBefore, incidentAfter);
    }

    /** {n} in a command stands for n letters. */
    private static String expand(String command) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(command);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, "a".repeat(Integer.parseInt(m.group(1))));
        }
        return m.appendTail(text).toString();
    }

    @Test
    void aHugeEchoComesBackClippedAndTheLogStaysShort() {
        String key = Api.open("Echoes " + UUID.randomUUID(), "3", "checkout");
        List<String> before = timeline(key);
        String huge = "word".repeat(15_000);
        try (CapturedLog log = CapturedLog.start()) {
            for (String command : List.of("status " + huge, "sev " + huge, "phase " + huge, "check " + huge,
                    "role " + huge + " me", "rollback " + huge, "link " + huge, huge)) {
                ValidatableResponse answer = Api.run(key, command).statusCode(422);
                String error = answer.extract().path("error");
                assertTrue(error.length() < 400, command.substring(0, 12) + "… answered " + error.length()
                        + " characters");
                assertTrue(error.contains("wordword") && error.contains("…"), error);
            }
            Api.authorized().get("/api/incidents/" + huge.substring(0, 2000)).then().statusCode(404)
                    .body("error", containsString("…` is not an incident key"));
            assertTrue(log.longestLine() < 500, "longest log line: " + log.longestLine() + " characters");
        }
        assertEquals(before, timeline(key));
    }

    @Test
    void anOversizedAccessLogUploadIs413DeclaredOrChunkedAndCountsNothing() throws Exception {
        String service = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String line = "{\"time\":\"" + Instant.now() + "\",\"status\":\"503\"}\n";
        byte[] upload = line.repeat(10 * 1024 * 1024 / line.length() + 1).getBytes(StandardCharsets.UTF_8);
        String refusal = "The upload is larger than 10485760 bytes (WARROOM_ERROR_RATES_MAX_BODY_SIZE); nothing was "
                + "counted. Send smaller batches.";
        given().header("Authorization", "Bearer " + ALERTS_TOKEN).body(upload)
                .post("/api/ingest/access-log?service=" + service).then().statusCode(413)
                .body("error", equalTo(refusal));
        HttpResponse<String> response = chunked("/api/ingest/access-log?service=" + service,
                "Bearer " + ALERTS_TOKEN, upload);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains(refusal), response.body());
        assertEquals(Map.of(), counts.since(Instant.EPOCH).getOrDefault(service, Map.of()));
    }

    @Test
    void malformedAccessLogLinesAreReportedClippedAndNotCounted() {
        String service = "garbled-" + UUID.randomUUID().toString().substring(0, 8);
        String garbage = "{\"time\": \"" + "9".repeat(100_000) + "\", \"status\": \"200\"}\n" + "not json at all "
                .repeat(10_000) + "\n";
        String answer = given().header("Authorization", "Bearer " + ALERTS_TOKEN).body(garbage)
                .post("/api/ingest/access-log?service=" + service).then().statusCode(200)
                .body("accepted", equalTo(0)).body("rejected", equalTo(2)).extract().asString();
        assertTrue(answer.length() < 1_000, answer.length() + " characters");
        Map<Instant, AccessLogBatch.MinuteCount> counted = counts.since(Instant.EPOCH).getOrDefault(service, Map.of());
        assertEquals(Map.of(), counted);
    }
}
