import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert to people, for bench/alert-latency.sh: posts distinct critical alerts to a running Warroom whose Slack and
 * Discord are the rate-limited fakes, and reads from the fakes' recordings (/_fake/calls, /_fake/requests) when each
 * incident's room was created, the on-call person invited (Slack: conversations.invite; Discord has no invitation,
 * the room post mentioning them) and paged (the direct message), and the card posted, measured from the alert's 2xx.
 * (a) single alerts one at a time: p50/p95/p99/max per step; (b) a burst of alerts within one second: every room and
 * page counted, the time until the last one, the 429s per method or bucket, and the least time the limits allow.
 * Progress to stderr, Markdown to stdout; exits 2 when the single-alert p99 is over 1 s or anything was lost.
 *
 * <p>Run (Jackson from the test classpath): {@code java -cp … bench/AlertLatency.java --url=… --alerts-token=…
 * --slack-calls=… --discord-requests=… --slack-oncall=U… --discord-oncall=… [--singles=200] [--single-gap-ms=3000]
 * [--warmup=5] [--burst=50] [--refill-s=60] [--burst-timeout-s=600] [--service=paging] [--trace]}; the warm-up alerts are not counted;
 * --trace prints every call the fakes got for the last single alert.
 */
public class AlertLatency {

    static final long TARGET_P99_MS = 1000;
    static final List<String> STEPS = List.of("room", "invited", "paged", "card");
    static final List<String> PLATFORMS = List.of("slack", "discord");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern KEY = Pattern.compile("^([A-Z][A-Z0-9]*-(\\d+)) · ");
    static final Pattern ROOM = Pattern.compile("^inc-(\\d+)(?:-.*)?$");
    static final String PAGED = "📟 You are paged for ";

    final Map<String, String> opts;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    AlertLatency(Map<String, String> opts) {
        this.opts = opts;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            opts.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        AlertLatency bench = new AlertLatency(opts);
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "5"));
        for (int i = 1; i <= warmup; i++) {
            bench.awaitAll(List.of(bench.fire("warm-up " + i)), Duration.ofSeconds(30), 50);
        }
        boolean missed = bench.singles(Integer.parseInt(opts.getOrDefault("singles", "200")));
        int burst = Integer.parseInt(opts.getOrDefault("burst", "50"));
        if (burst > 0) {
            int refill = Integer.parseInt(opts.getOrDefault("refill-s", "60"));
            System.err.printf("[latency] waiting %d s for the platforms' per-minute buckets to refill%n", refill);
            Thread.sleep(refill * 1000L);
            missed |= bench.burst(burst);
        }
        System.exit(missed ? 2 : 0);
    }

    // ---- (a) one at a time ----------------------------------------------------------------------------------------

    boolean singles(int count) throws Exception {
        if (count == 0) {
            return false;
        }
        long gap = Long.parseLong(opts.getOrDefault("single-gap-ms", "3000"));
        Map<String, Map<String, List<Long>>> took = new TreeMap<>();
        int incomplete = 0;
        long phaseStart = System.currentTimeMillis();
        for (int i = 1; i <= count; i++) {
            long started = System.currentTimeMillis();
            Fired fired = fire("single " + i);
            Map<String, Map<String, Long>> seen = awaitAll(List.of(fired), Duration.ofSeconds(30), 20);
            for (String platform : PLATFORMS) {
                for (String step : STEPS) {
                    Long at = steps(seen, platform, fired.key).get(step);
                    if (at == null) {
                        incomplete++;
                        continue;
                    }
                    took.computeIfAbsent(platform, p -> new LinkedHashMap<>())
                            .computeIfAbsent(step, s -> new ArrayList<>()).add(at - fired.answeredAt);
                }
            }
            if (i % 20 == 0) {
                System.err.printf("[latency] %d/%d single alerts%n", i, count);
            }
            if (i == count && opts.containsKey("trace")) {
                trace(fired);
            }
            Thread.sleep(Math.max(0, gap - (System.currentTimeMillis() - started)));
        }
        System.out.printf("%n### (a) %d single critical alerts, one at a time, one every %d ms%n%n", count, gap);
        System.out.println("| platform | step | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | arrived |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        boolean missed = incomplete > 0;
        for (var platform : took.entrySet()) {
            for (var step : platform.getValue().entrySet()) {
                List<Long> sorted = step.getValue().stream().sorted().toList();
                long p99 = pct(sorted, 99);
                missed |= p99 > TARGET_P99_MS;
                System.out.printf("| %s | %s | %d | %d | %d | %d | %d/%d |%n", platform.getKey(), step.getKey(),
                        pct(sorted, 50), pct(sorted, 95), p99, sorted.get(sorted.size() - 1), sorted.size(), count);
            }
        }
        System.out.printf("%nTarget: p99 ≤ %d ms for every step. Steps that never arrived within 30 s: %d.%n",
                TARGET_P99_MS, incomplete);
        printLimits(phaseStart, System.currentTimeMillis(), count, false);
        return missed;
    }

    // ---- (b) a burst -----------------------------------------------------------------------------------------------

    boolean burst(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Fired> fired = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Exception> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 1; i <= count; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    go.await();
                    fired.add(fire("burst " + n));
                } catch (Exception e) {
                    failed.add(e);
                }
                return null;
            });
        }
        long start = System.currentTimeMillis();
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        long lastAnswer = fired.stream().mapToLong(f -> f.answeredAt).max().orElse(start);
        System.err.printf("[latency] burst: %d alerts answered 2xx within %d ms, %d failed%n", fired.size(),
                lastAnswer - start, failed.size());
        long timeout = Long.parseLong(opts.getOrDefault("burst-timeout-s", "600"));
        Map<String, Map<String, Long>> seen = awaitAll(fired, Duration.ofSeconds(timeout), 500);
        long end = System.currentTimeMillis();
        System.out.printf("%n### (b) a burst of %d distinct critical alerts (all answered 2xx within %d ms)%n%n",
                count, lastAnswer - start);
        System.out.println("| platform | step | arrived | last one after the first 2xx (s) |");
        System.out.println("|---|---|---:|---:|");
        boolean missed = fired.size() < count;
        for (String platform : PLATFORMS) {
            for (String step : STEPS) {
                int arrived = 0;
                long last = 0;
                for (Fired f : fired) {
                    Long at = steps(seen, platform, f.key).get(step);
                    if (at != null) {
                        arrived++;
                        last = Math.max(last, at);
                    }
                }
                missed |= arrived < count;
                System.out.printf("| %s | %s | %d/%d | %.1f |%n", platform, step, arrived, count,
                        (last - start) / 1000.0);
            }
        }
        printLimits(start, end, count, true);
        return missed;
    }

    // ---- What arrived ----------------------------------------------------------------------------------------------

    record Fired(String key, long answeredAt) {
    }

    Fired fire(String what) throws Exception {
        String body = "{\"title\":\"Bench latency " + run + " " + what + "\",\"severity\":\"critical\",\"service\":\""
                + opts.getOrDefault("service", "paging") + "\",\"fingerprint\":\"latency-" + run + "-"
                + what.replace(' ', '-') + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(opts.get("url")
                + "/api/alerts/generic")).header("Authorization", "Bearer " + opts.get("alerts-token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long answeredAt = System.currentTimeMillis();
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("alert answered " + response.statusCode() + ": " + response.body());
        }
        String key = JSON.readTree(response.body()).path("alerts").path(0).path("incident").asText();
        if (key.isEmpty()) {
            throw new IllegalStateException("alert opened no incident: " + response.body());
        }
        return new Fired(key, answeredAt);
    }

    /** Polls the fakes until every incident has every step on both platforms, or the time is up. */
    Map<String, Map<String, Long>> awaitAll(List<Fired> fired, Duration timeout, long pollMs) throws Exception {
        long since = fired.stream().mapToLong(Fired::answeredAt).min().orElse(0) - 5_000;
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (true) {
            Map<String, Map<String, Long>> seen = new HashMap<>();
            slack(read(opts.get("slack-calls"), since), seen);
            discord(read(opts.get("discord-requests"), since), seen);
            boolean all = fired.stream().allMatch(f -> PLATFORMS.stream().allMatch(p -> steps(seen, p, f.key)
                    .keySet().containsAll(STEPS)));
            if (all || System.currentTimeMillis() > deadline) {
                return seen;
            }
            Thread.sleep(pollMs);
        }
    }

    JsonNode read(String url, long since) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "?since=" + since)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Slack: the channel created, the card posted where the bot then pinned, the invitation, the direct message. */
    void slack(JsonNode calls, Map<String, Map<String, Long>> seen) {
        Map<String, String> roomKeys = new HashMap<>();
        for (JsonNode call : calls) {
            JsonNode p = call.path("params");
            String method = call.path("method").asText();
            if (call.path("status").asInt() != 200) {
                continue;
            }
            String text = p.path("text").asText("");
            Matcher card = KEY.matcher(text);
            if (method.equals("conversations.create")) {
                Matcher room = ROOM.matcher(p.path("name").asText(""));
                if (room.matches()) {
                    mark(seen, "slack", "#" + room.group(1), "room", call);
                }
            } else if (method.equals("chat.postMessage") && text.startsWith(PAGED)) {
                mark(seen, "slack", text.substring(PAGED.length()).split(" ")[0], "paged", call);
            } else if (method.equals("chat.postMessage") && card.find() && !p.path("blocks").isMissingNode()
                    && p.path("channel").asText().matches("C\\d+")) { // a channel the bot created, not #alerts
                roomKeys.putIfAbsent(p.path("channel").asText(), card.group(1));
                mark(seen, "slack", card.group(1), "card", call);
            } else if (method.equals("conversations.invite")
                    && p.path("users").asText().contains(opts.get("slack-oncall"))
                    && roomKeys.containsKey(p.path("channel").asText())) {
                mark(seen, "slack", roomKeys.get(p.path("channel").asText()), "invited", call);
            }
        }
    }

    /** Discord: the channel created, the card (embed) in it, the post mentioning the on-call, the direct message. */
    void discord(JsonNode requests, Map<String, Map<String, Long>> seen) {
        Map<String, String> roomKeys = new HashMap<>();
        String mention = "<@" + opts.get("discord-oncall") + ">";
        for (JsonNode r : requests) {
            if (r.path("status").asInt() / 100 != 2 || !r.path("method").asText().equals("POST")) {
                continue;
            }
            String path = r.path("path").asText();
            JsonNode body = r.path("body");
            String content = body.path("content").asText("");
            Matcher card = KEY.matcher(body.path("embeds").path(0).path("title").asText(""));
            if (path.matches("guilds/\\d+/channels")) {
                Matcher room = ROOM.matcher(body.path("name").asText(""));
                if (room.matches()) {
                    mark(seen, "discord", "#" + room.group(1), "room", r);
                }
            } else if (path.matches("channels/\\d+/messages") && content.startsWith(PAGED)) {
                mark(seen, "discord", content.substring(PAGED.length()).split(" ")[0], "paged", r);
            } else if (path.matches("channels/\\d+/messages") && card.find()) {
                roomKeys.putIfAbsent(path, card.group(1));
                mark(seen, "discord", card.group(1), "card", r);
            } else if (roomKeys.containsKey(path) && content.contains(mention)) {
                mark(seen, "discord", roomKeys.get(path), "invited", r);
            }
        }
    }

    /** Rooms are known by number ("#7") when created, by key once posted in. */
    static void mark(Map<String, Map<String, Long>> seen, String platform, String key, String step, JsonNode call) {
        seen.computeIfAbsent(platform + " " + key, k -> new HashMap<>()).putIfAbsent(step, call.path("at").asLong());
    }

    /** The steps seen for an incident on a platform, by key and by number. */
    static Map<String, Long> steps(Map<String, Map<String, Long>> seen, String platform, String key) {
        Map<String, Long> steps = new HashMap<>(seen.getOrDefault(platform + " " + key, Map.of()));
        seen.getOrDefault(platform + " #" + key.substring(key.lastIndexOf('-') + 1), Map.of())
                .forEach(steps::putIfAbsent);
        return steps;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Every call the fakes received in the 5 s after this alert's 2xx, to stderr: where the time went. */
    void trace(Fired fired) throws Exception {
        System.err.println("[latency] calls after the 2xx of " + fired.key + " (ms, platform, status, call):");
        for (JsonNode c : read(opts.get("slack-calls"), fired.answeredAt - 1_000)) {
            long after = c.path("at").asLong() - fired.answeredAt;
            if (after <= 5_000) {
                String text = c.path("params").path("text").asText("");
                System.err.printf("  %5d slack   %d %s %s %s%n", after, c.path("status").asInt(),
                        c.path("method").asText(), c.path("params").path("channel").asText(""),
                        text.substring(0, Math.min(40, text.length())));
            }
        }
        for (JsonNode r : read(opts.get("discord-requests"), fired.answeredAt - 1_000)) {
            long after = r.path("at").asLong() - fired.answeredAt;
            if (after <= 5_000) {
                String content = r.path("body").path("content").asText("");
                System.err.printf("  %5d discord %d %s %s %s%n", after, r.path("status").asInt(),
                        r.path("method").asText(), r.path("path").asText(),
                        content.substring(0, Math.min(40, content.length())));
            }
        }
    }

    // ---- What limited it ------------------------------------------------------------------------------------------

    void printLimits(long from, long to, int incidents, boolean leastTime) throws Exception {
        RateLimits limits = RateLimits.count(read(opts.get("slack-calls"), from),
                read(opts.get("discord-requests"), from), to);
        System.out.printf("%nCalls the fakes answered in this phase, and how many they refused with 429%s:%n%n",
                leastTime ? ", and the least time the documented limits allow for them" : "");
        System.out.println(limits.table(leastTime));
    }
}

/**
 * Calls per Slack method and Discord bucket in a phase, their 429s, and the least time the documented limits allow
 * for that many: the same limits as FakeSlackRateLimits and FakeDiscordRateLimits (full buckets at the start).
 */
final class RateLimits {

    /** Slack: requests per minute of each method's tier; the bucket starts full (a minute's worth). */
    static final Map<String, Integer> SLACK_PER_MINUTE = Map.ofEntries(Map.entry("conversations.create", 20),
            Map.entry("conversations.archive", 20), Map.entry("conversations.setTopic", 20),
            Map.entry("pins.add", 20), Map.entry("conversations.invite", 50), Map.entry("conversations.open", 50),
            Map.entry("chat.update", 50), Map.entry("users.info", 100));
    /** Slack posting: burst of 3, then 1 per second per channel (chat.postMessage and chat.update). */
    static final int CHANNEL_BURST = 3;
    /** Discord: bucket name to {limit, window ms}, per channel or guild. */
    static final Map<String, long[]> DISCORD = Map.of("channel-messages-create", new long[] {5, 5_000},
            "channel-messages-edit", new long[] {5, 5_000}, "channel-pins", new long[] {5, 5_000},
            "channel-permissions", new long[] {5, 5_000}, "channel-modify", new long[] {2, 600_000},
            "guild-channels-create", new long[] {5, 5_000}, "dm-open", new long[] {5, 5_000});

    record Row(String platform, String what, int ok, int refused, double leastSeconds) {
    }

    final List<Row> rows = new ArrayList<>();

    static RateLimits count(JsonNode slackCalls, JsonNode discordRequests, long to) {
        RateLimits limits = new RateLimits();
        Map<String, int[]> slack = new TreeMap<>();
        Map<String, Integer> perChannel = new HashMap<>();
        for (JsonNode call : slackCalls) {
            if (call.path("at").asLong() > to) {
                continue;
            }
            String method = call.path("method").asText();
            boolean ok = call.path("status").asInt() == 200;
            int[] n = slack.computeIfAbsent(method, m -> new int[2]);
            n[0] += ok ? 1 : 0;
            n[1] += call.path("status").asInt() == 429 ? 1 : 0;
            if (ok && (method.equals("chat.postMessage") || method.equals("chat.update"))) {
                perChannel.merge(call.path("params").path("channel").asText(), 1, Integer::sum);
            }
        }
        slack.forEach((method, n) -> {
            Integer perMinute = SLACK_PER_MINUTE.get(method);
            double least = perMinute == null ? 0 : Math.max(0, n[0] - perMinute) * 60.0 / perMinute;
            if (method.equals("chat.postMessage") || method.equals("chat.update")) {
                least = Math.max(least, perChannel.values().stream().mapToInt(c -> Math.max(0, c - CHANNEL_BURST))
                        .max().orElse(0));
            }
            limits.rows.add(new Row("slack", method, n[0], n[1], least));
        });
        Map<String, int[]> discord = new TreeMap<>();
        Map<String, Integer> perResource = new HashMap<>();
        for (JsonNode r : discordRequests) {
            if (r.path("at").asLong() > to) {
                continue;
            }
            String bucket = r.path("bucket").asText();
            int status = r.path("status").asInt();
            int[] n = discord.computeIfAbsent(bucket, b -> new int[2]);
            n[0] += status / 100 == 2 ? 1 : 0;
            n[1] += status == 429 ? 1 : 0;
            if (status / 100 == 2) {
                String resource = r.path("path").asText().replaceAll("^(\\w+/[^/]+).*", "$1");
                perResource.merge(bucket + " " + resource, 1, Integer::sum);
            }
        }
        discord.forEach((bucket, n) -> {
            long[] limit = DISCORD.get(bucket);
            double least = 0;
            if (limit != null) {
                least = perResource.entrySet().stream().filter(e -> e.getKey().startsWith(bucket + " "))
                        .mapToDouble(e -> (e.getValue() - 1) / limit[0] * limit[1] / 1000.0).max().orElse(0);
            }
            limits.rows.add(new Row("discord", bucket, n[0], n[1], least));
        });
        return limits;
    }

    String table(boolean leastTime) {
        StringBuilder out = new StringBuilder("| platform | method / bucket | answered 2xx | 429 |"
                + (leastTime ? " least time (s) |" : "") + "\n|---|---|---:|---:|" + (leastTime ? "---:|" : "")
                + "\n");
        for (Row row : rows) {
            out.append(String.format("| %s | %s | %d | %d |%s%n", row.platform(), row.what(), row.ok(),
                    row.refused(), leastTime ? String.format(" %.1f |", row.leastSeconds()) : ""));
        }
        return out.toString();
    }
}
