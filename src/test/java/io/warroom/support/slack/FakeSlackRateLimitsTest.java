package io.warroom.support.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake Slack's documented-rate-limit mode, over HTTP as any client sees it. */
class FakeSlackRateLimitsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeSlack slack = FakeSlack.start();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aBurstToOneChannelGets429WithRetryAfterWhileOtherChannelsStillPost() throws Exception {
        slack.enforceDocumentedRateLimits();
        List<HttpResponse<String>> burst = new ArrayList<>();
        for (int i = 0; i < FakeSlackRateLimits.CHANNEL_BURST + 1; i++) {
            burst.add(call("chat.postMessage", "channel=" + FakeSlack.GENERAL + "&text=n" + i));
        }
        burst.subList(0, FakeSlackRateLimits.CHANNEL_BURST).forEach(r -> assertEquals(200, r.statusCode()));
        HttpResponse<String> refused = burst.get(FakeSlackRateLimits.CHANNEL_BURST);
        assertEquals(429, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.body().contains("\"error\":\"ratelimited\""), refused.body());
        assertEquals(200, call("chat.postMessage", "channel=" + FakeSlack.ALERTS + "&text=elsewhere").statusCode());
    }

    @Test
    void aTier2MethodAllowsTwentyAMinuteThenAsksForThreeSeconds() throws Exception {
        slack.enforceDocumentedRateLimits();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, call("conversations.create", "name=room-" + i).statusCode(), "call " + i);
        }
        HttpResponse<String> refused = call("conversations.create", "name=room-20");
        assertEquals(429, refused.statusCode());
        int retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "at most 60 s / 20 calls, less what refilled: " + retryAfter);
    }

    @Test
    void offByDefaultAndTheRecordingIsReadableAsJson() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(200, call("chat.postMessage", "channel=" + FakeSlack.GENERAL + "&text=n" + i).statusCode());
        }
        HttpResponse<String> recording = http.send(HttpRequest.newBuilder(URI.create(
                slack.apiUrl().replace("/api/", "/_fake/calls?method=chat.postMessage"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode calls = new ObjectMapper().readTree(recording.body());
        assertEquals(10, calls.size());
        assertEquals("n9", calls.get(9).path("params").path("text").asText());
        assertTrue(calls.get(0).path("at").asLong() > 0);
        assertTrue(calls.get(0).path("params").path("token").isMissingNode(), "the token is not in the recording");
    }

    private HttpResponse<String> call(String method, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .header("Authorization", "Bearer " + FakeSlack.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
