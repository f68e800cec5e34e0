package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to Warroom's {@code POST /slack/events} exactly as Slack does: the body's bytes signed with v0
 * HMAC-SHA256 of {@code v0:<timestamp>:<body>} under the signing secret, in X-Slack-Signature and
 * X-Slack-Request-Timestamp; slash commands form-encoded, interactivity as a {@code payload=} form field, events as
 * JSON.
 */
public final class SignedSlackRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final String FORM = "application/x-www-form-urlencoded";

    /** What Warroom answered. */
    public record Answer(int status, String contentType, String body, Duration took) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String secret;

    public SignedSlackRequests(String secret) {
        this.secret = secret;
    }

    public static SignedSlackRequests forFake() {
        return new SignedSlackRequests(FakeSlack.SIGNING_SECRET);
    }

    /** {@code /incident <text>} typed by a person in a channel; responseUrl is where Slack would take answers. */
    public Answer command(String text, String userId, String userName, String channelId, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        form.put("team_id", FakeSlack.TEAM_ID);
        form.put("team_domain", "acme");
        form.put("channel_id", channelId);
        form.put("channel_name", channelId.equals(FakeSlack.GENERAL) ? "general" : "incident-room");
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", "/incident");
        form.put("text", text);
        form.put("api_app_id", "A0WARROOM1");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId());
        return send(form(form), FORM);
    }

    /** A button click or modal submission: the JSON payload in a {@code payload} form field. */
    public Answer interaction(String payloadJson) {
        return send(form(Map.of("payload", payloadJson)), FORM);
    }

    /** An Events API delivery; retryNum non-null marks Slack's redelivery of the same event. */
    public Answer event(String json, Integer retryNum) {
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Slack-Request-Timestamp", String.valueOf(now));
        headers.put("X-Slack-Signature", signature(String.valueOf(now), json));
        if (retryNum != null) {
            headers.put("X-Slack-Retry-Num", retryNum.toString());
            headers.put("X-Slack-Retry-Reason", "http_timeout");
        }
        return post(json, "application/json", headers);
    }

    /** Signed now, as Slack would. */
    public Answer send(String body, String contentType) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return post(body, contentType, Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", signature(timestamp, body)));
    }

    /** With exactly these headers (none, a wrong signature, an old timestamp…). */
    public static Answer post(String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/slack/events")).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new AssertionError("POST /slack/events failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
    public String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String triggerId() {
        return System.nanoTime() % 10_000_000_000L + ".1000000001." + Long.toHexString(Double.doubleToLongBits(
                Math.random()));
    }
}
