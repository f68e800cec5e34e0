package io.warroom.support.slack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's documented Web API rate limits, for a {@link FakeSlack} told to enforce them. Sources:
 * https://docs.slack.dev/apis/web-api/rate-limits (Tier 2 20+ per minute, Tier 3 50+, Tier 4 100+, each per method
 * per workspace with occasional bursts; posting messages about 1 per second per channel, short bursts allowed) and
 * each method's reference page for its tier. Each limit is a token bucket: a full bucket is the burst Slack
 * tolerates, and it refills at the documented rate; an empty bucket answers 429 with the seconds until the next token.
 */
final class FakeSlackRateLimits {

    /** Messages Slack lets through at once in one channel before the 1 per second applies. */
    static final int CHANNEL_BURST = 3;

    /** Requests per minute per method, from the method's tier; absent methods are not limited here. */
    private static final Map<String, Integer> PER_MINUTE = Map.ofEntries(
            Map.entry("conversations.create", 20), // Tier 2
            Map.entry("conversations.archive", 20), // Tier 2
            Map.entry("conversations.setTopic", 20), // Tier 2
            Map.entry("pins.add", 20), // Tier 2
            Map.entry("conversations.invite", 50), // Tier 3
            Map.entry("conversations.open", 50), // Tier 3
            Map.entry("conversations.history", 50), // Tier 3
            Map.entry("conversations.replies", 50), // Tier 3
            Map.entry("users.lookupByEmail", 50), // Tier 3
            Map.entry("chat.update", 50), // Tier 3, and the per-channel posting limit below
            Map.entry("chat.postEphemeral", 100), // Tier 4
            Map.entry("users.info", 100), // Tier 4
            Map.entry("views.open", 100), // Tier 4
            Map.entry("chat.getPermalink", 100), // Special, at least Tier 4
            Map.entry("files.getUploadURLExternal", 20), // Tier 2
            Map.entry("files.completeUploadExternal", 20)); // Tier 2

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Seconds the caller must wait (Retry-After) if this call is over a limit, else null; takes a token if not. */
    Integer retryAfter(String method, Map<String, String> params) {
        long now = System.nanoTime();
        Integer perMinute = PER_MINUTE.get(method);
        if (perMinute != null) {
            Integer wait = bucket(method, perMinute, perMinute / 60.0).take(now);
            if (wait != null) {
                return wait;
            }
        }
        if (("chat.postMessage".equals(method) || "chat.update".equals(method)) && params.get("channel") != null) {
            return bucket("posting to " + params.get("channel"), CHANNEL_BURST, 1.0).take(now);
        }
        return null;
    }

    private Bucket bucket(String key, int capacity, double perSecond) {
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, perSecond));
    }

    /** Tokens refill continuously up to the burst; a call takes one. */
    private static final class Bucket {
        private final int capacity;
        private final double perSecond;
        private double tokens;
        private long updatedNanos = System.nanoTime();

        Bucket(int capacity, double perSecond) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
        }

        synchronized Integer take(long now) {
            tokens = Math.min(capacity, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return null;
            }
            return (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
        }
    }
}
