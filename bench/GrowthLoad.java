import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for bench/growth.sh: incidents with a realistic life, all through the API. Each is opened by a critical alert
 * that fires three times, then acknowledged, moved through the phases with notes on the way, given three whys and two
 * action items, resolved and closed: about 30 timeline entries. Prints the mean timeline length to stdout.
 *
 * <p>Run: {@code java bench/GrowthLoad.java --url=http://127.0.0.1:8080 --api-token=… --alerts-token=…
 * [--incidents=1000] [--clients=8]}
 */
public class GrowthLoad {

    static final Pattern INCIDENT = Pattern.compile("\"incident\"\\s*:\\s*\"(INC-\\d+)\"");
    static final Pattern ENTRY = Pattern.compile("\"recordedAt\"");

    final String url;
    final String apiToken;
    final String alertsToken;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    GrowthLoad(String url, String apiToken, String alertsToken) {
        this.url = url;
        this.apiToken = apiToken;
        this.alertsToken = alertsToken;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        GrowthLoad load = new GrowthLoad(opts.get("url"), opts.get("api-token"), opts.get("alerts-token"));
        int incidents = Integer.parseInt(opts.getOrDefault("incidents", "1000"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "8"));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger entries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < incidents; n = next.getAndIncrement()) {
                    entries.addAndGet(load.incident(n));
                    if (n % 100 == 99) {
                        System.err.println("[bench] " + (n + 1) + " incidents");
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%.1f%n", entries.get() / (double) incidents);
    }

    /** One incident's life; the number of entries on its timeline. */
    int incident(int n) throws Exception {
        String key = null;
        for (int firing = 0; firing < 3; firing++) {
            // The same alert (one fingerprint) firing again: a new delivery, so not a redelivery to drop.
            String answer = send(HttpRequest.newBuilder(URI.create(url + "/api/alerts/generic"))
                    .header("Authorization", "Bearer " + alertsToken), "{\"title\":\"Checkout latency above 2 s ("
                    + n + ")\",\"severity\":\"critical\",\"service\":\"checkout\",\"environment\":\"production\","
                    + "\"source\":\"alert-" + n + "\",\"requestId\":\"req-" + n + "-" + firing + "\",\"description\":"
                    + "\"p99 latency of POST /checkout above 2 s for 5 minutes on 3 of 6 pods\"}");
            Matcher incident = INCIDENT.matcher(answer);
            if (key == null && incident.find()) {
                key = incident.group(1);
            }
        }
        if (key == null) {
            throw new IllegalStateException("the alerts for incident " + n + " opened none");
        }
        List<String> commands = new ArrayList<>(List.of("ack", "role commander me", "sev 2"));
        for (int i = 1; i <= 6; i++) {
            commands.add("note checked dashboards round " + i + ": error rate " + (i * 7) + "% on checkout pods");
        }
        commands.add("next");
        for (int i = 1; i <= 6; i++) {
            commands.add("note mitigation step " + i + ": scaled checkout to " + (6 + i) + " pods, still watching");
        }
        commands.add("update Checkout is slow for some customers; we are scaling out and watching the error rate.");
        commands.add("next");
        commands.add("note rolled back deploy 2026.12." + (n % 28 + 1) + " of checkout");
        commands.add("next");
        commands.add("why the payment provider client retried without backoff");
        commands.add("why the retry policy was copied from an internal service with no rate limits");
        commands.add("why nobody reviewed client settings against the provider's limits");
        commands.add("action Add backoff and a retry budget to the payment client owner:me due:2027-01-15");
        commands.add("action Alert on provider 429s before latency climbs");
        commands.add("learned wrong Retry policies need the downstream's limits next to them");
        commands.add("resolve Rolled back; latency normal since the rollback");
        commands.add("close");
        for (String command : commands) {
            send(HttpRequest.newBuilder(URI.create(url + "/api/incidents/" + key + "/commands"))
                    .header("Authorization", "Bearer " + apiToken),
                    "{\"text\":\"" + command + "\",\"user\":\"bench-" + (n % 20) + "\"}");
        }
        String timeline = http.send(HttpRequest.newBuilder(URI.create(url + "/api/incidents/" + key + "/timeline"))
                .header("Authorization", "Bearer " + apiToken).build(), HttpResponse.BodyHandlers.ofString()).body();
        return (int) ENTRY.matcher(timeline).results().count();
    }

    String send(HttpRequest.Builder request, String json) throws Exception {
        HttpResponse<String> response = http.send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.build().uri().getPath() + " " + json + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
