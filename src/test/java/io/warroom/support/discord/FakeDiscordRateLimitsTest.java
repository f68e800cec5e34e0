package io.warroom.support.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake Discord's rate-limit mode, with the headers JDA reads, over HTTP as any client sees it. */
class FakeDiscordRateLimitsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeDiscord discord = FakeDiscord.start();

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void theSixthMessageInFiveSecondsToOneChannelGets429WithTheBucketHeaders() throws Exception {
        discord.enforceDocumentedRateLimits();
        String channel = discord.generalChannelId();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> ok = post("channels/" + channel + "/messages", "{\"content\":\"n" + i + "\"}");
            assertEquals(200, ok.statusCode());
            assertEquals("5", ok.headers().firstValue("X-RateLimit-Limit").orElse(null));
            assertEquals(String.valueOf(5 - i), ok.headers().firstValue("X-RateLimit-Remaining").orElse(null));
            assertEquals("channel-messages-create", ok.headers().firstValue("X-RateLimit-Bucket").orElse(null));
            assertTrue(ok.headers().firstValue("X-RateLimit-Reset").isPresent());
        }
        HttpResponse<String> refused = post("channels/" + channel + "/messages", "{\"content\":\"n6\"}");
        assertEquals(429, refused.statusCode());
        JsonObject body = new JsonObject(refused.body());
        assertTrue(body.getDouble("retry_after") > 0 && body.getDouble("retry_after") <= 5, refused.body());
        assertEquals(false, body.getBoolean("global"));
        assertEquals("user", refused.headers().firstValue("X-RateLimit-Scope").orElse(null));
        assertTrue(Double.parseDouble(refused.headers().firstValue("X-RateLimit-Reset-After").orElse("0")) > 0);
        assertEquals(200, post("channels/" + discord.alertsChannelId() + "/messages", "{\"content\":\"x\"}")
                .statusCode(), "another channel has a bucket of its own");
    }

    @Test
    void offByDefaultAndTheRecordingIsReadableAsJson() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertEquals(200, post("channels/" + discord.generalChannelId() + "/messages",
                    "{\"content\":\"n" + i + "\"}").statusCode());
        }
        JsonArray recording = new JsonArray(http.send(HttpRequest.newBuilder(URI.create(discord.recordingUrl()))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(8, recording.size());
        JsonObject last = recording.getJsonObject(7);
        assertEquals("channel-messages-create", last.getString("bucket"));
        assertEquals("n7", last.getJsonObject("body").getString("content"));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(discord.apiUrl() + path))
                .header("Authorization", "Bot " + FakeDiscord.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
