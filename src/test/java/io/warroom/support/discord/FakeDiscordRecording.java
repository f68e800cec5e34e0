package io.warroom.support.discord;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What the fake received, as JSON on {@code GET /_fake/requests} for benches that time deliveries from outside:
 * {@code [{"at":epochMillis,"method":…,"path":…,"status":…,"bucket":…,"body":…}]}, oldest first. Query
 * {@code since=epochMillis} narrows it.
 */
final class FakeDiscordRecording {

    private FakeDiscordRecording() {
    }

    static void serve(HttpServerRequest request, List<Recorded> requests) {
        String since = request.getParam("since");
        long from = since == null ? 0 : Long.parseLong(since);
        JsonArray out = new JsonArray();
        for (Recorded r : requests) {
            if (r.at().toEpochMilli() >= from) {
                out.add(new JsonObject().put("at", r.at().toEpochMilli()).put("method", r.method())
                        .put("path", r.path()).put("status", r.status())
                        .put("bucket", FakeDiscordRateLimits.bucketOf(r.method(), r.path())).put("body", r.body()));
            }
        }
        request.response().putHeader("Content-Type", "application/json").end(out.encode());
    }
}
