package io.warroom.support.discord;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's rate limits, for a {@link FakeDiscord} told to enforce them, with the headers JDA reads. Discord
 * documents the global limit (50 requests per second per bot, interactions exempt) and the header format
 * (https://docs.discord.com/developers/topics/rate-limits); it does not publish per-route numbers ("should not be
 * hard coded"), so the routes below use what bots see in X-RateLimit-Limit: 5 per 5 s per channel for messages,
 * and 2 per 10 minutes per channel for a channel's name or topic (discord/discord-api-docs issue 1829). Buckets are
 * fixed windows per route and top-level resource (the channel or guild id), as Discord's are.
 */
final class FakeDiscordRateLimits {

    static final int GLOBAL_PER_SECOND = 50;

    private record Route(String method, Pattern path, String bucket, int limit, long windowMillis) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", Pattern.compile("channels/(\\d+)/messages"), "channel-messages-create", 5, 5_000),
            new Route("PATCH", Pattern.compile("channels/(\\d+)/messages/\\d+"), "channel-messages-edit", 5, 5_000),
            new Route("PUT", Pattern.compile("channels/(\\d+)/(?:messages/)?pins/\\d+"), "channel-pins", 5, 5_000),
            new Route("PUT", Pattern.compile("channels/(\\d+)/permissions/\\d+"), "channel-permissions", 5, 5_000),
            new Route("PATCH", Pattern.compile("channels/(\\d+)"), "channel-modify", 2, 600_000),
            new Route("POST", Pattern.compile("guilds/(\\d+)/channels"), "guild-channels-create", 5, 5_000),
            new Route("POST", Pattern.compile("users/@me/(channels)"), "dm-open", 5, 5_000));

    /** A fixed window: {@code used} calls since it opened, full until {@code resetAt}. */
    private static final class Window {
        long resetAt;
        int used;
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Window global = new Window();

    /** The bucket a call falls in, as X-RateLimit-Bucket names it, or "global" for routes with only the global. */
    static String bucketOf(String method, String path) {
        for (Route route : ROUTES) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                return route.bucket();
            }
        }
        return "global";
    }

    /**
     * Takes one call from the global and the route's bucket: a 429 answer when either is spent, else the headers the
     * answer carries (empty for routes without a bucket of their own).
     */
    FakeRest.Answer take(String method, String path, Map<String, String> headers) {
        long now = System.currentTimeMillis();
        if (!path.startsWith("interactions/")) {
            synchronized (global) {
                if (open(global, now, 1_000).used >= GLOBAL_PER_SECOND) {
                    double wait = (global.resetAt - now) / 1000.0;
                    Map<String, String> refused = new LinkedHashMap<>();
                    refused.put("Retry-After", Long.toString((long) Math.ceil(wait)));
                    refused.put("X-RateLimit-Global", "true");
                    refused.put("X-RateLimit-Scope", "global");
                    return refusal(wait, true, refused);
                }
                global.used++;
            }
        }
        for (Route route : ROUTES) {
            Matcher m = route.path().matcher(path);
            if (route.method().equals(method) && m.matches()) {
                return take(route, m.group(1), now, headers);
            }
        }
        return null;
    }

    private FakeRest.Answer take(Route route, String resource, long now, Map<String, String> headers) {
        Window window = windows.computeIfAbsent(route.bucket() + ":" + resource, k -> new Window());
        synchronized (window) {
            open(window, now, route.windowMillis());
            boolean refused = window.used >= route.limit();
            if (!refused) {
                window.used++;
            }
            double resetAfter = (window.resetAt - now) / 1000.0;
            headers.put("X-RateLimit-Limit", Integer.toString(route.limit()));
            headers.put("X-RateLimit-Remaining", Integer.toString(route.limit() - window.used));
            headers.put("X-RateLimit-Reset", String.format(java.util.Locale.ROOT, "%.3f", window.resetAt / 1000.0));
            headers.put("X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", resetAfter));
            headers.put("X-RateLimit-Bucket", route.bucket());
            if (!refused) {
                return null;
            }
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Retry-After", Long.toString((long) Math.ceil(resetAfter)));
            all.put("X-RateLimit-Scope", "user");
            return refusal(resetAfter, false, all);
        }
    }

    private static Window open(Window window, long now, long windowMillis) {
        if (now >= window.resetAt) {
            window.resetAt = now + windowMillis;
            window.used = 0;
        }
        return window;
    }

    private static FakeRest.Answer refusal(double wait, boolean global, Map<String, String> headers) {
        headers.put("Via", "1.1 google"); // JDA takes a 429 without it for Cloudflare's ban of the address
        return new FakeRest.Answer(429, new JsonObject().put("message", "You are being rate limited.")
                .put("retry_after", wait).put("global", global), headers);
    }
}
