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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load for bench/alerts.sh against a running Warroom: alert intake throughput for single-alert requests and
 * 100-alert Alertmanager batches, with unique and with repeated fingerprints, then a storm of 10,000 firings of one
 * fingerprint, checked through the REST API to have opened exactly one incident. Progress goes to stderr, one
 * Markdown table to stdout; exits 2 when a target is missed.
 *
 * <p>Run: {@code java bench/AlertLoad.java --url=http://127.0.0.1:8080 --alerts-token=… --api-token=…
 * [--clients=16] [--seconds=10] [--warmup-seconds=3] [--storm=10000]}
 */
public class AlertLoad {

    static final double SINGLE_TARGET = 1000;
    static final double BATCH_TARGET = 5000;
    static final int BATCH = 100;

    final String url;
    final String alertsToken;
    final String apiToken;
    final int clients;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String run = Long.toString(System.nanoTime(), 36);

    AlertLoad(String url, String alertsToken, String apiToken, int clients) {
        this.url = url;
        this.alertsToken = alertsToken;
        this.apiToken = apiToken;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            opts.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        AlertLoad load = new AlertLoad(opts.get("url"), opts.get("alerts-token"), opts.get("api-token"),
                Integer.parseInt(opts.getOrDefault("clients", "16")));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup-seconds", "3"));
        int storm = Integer.parseInt(opts.getOrDefault("storm", "10000"));

        List<String[]> rows = new ArrayList<>();
        boolean missed = false;
        load.measure("warm-up", warmup, "generic", n -> load.report("Warm-up " + load.run + " " + n, "warning", n));

        double uniqueSingle = load.measure("single, unique fingerprints", seconds, "generic",
                n -> load.report("Unique " + load.run + " " + n, "warning", n));
        rows.add(row("single alert per request, unique fingerprints (warning)", uniqueSingle, "requests/s",
                SINGLE_TARGET));
        missed |= uniqueSingle < SINGLE_TARGET;

        double repeatedSingle = load.measure("single, one fingerprint", seconds, "generic",
                n -> load.report("Repeated " + load.run, "critical", n));
        rows.add(row("single alert per request, one fingerprint (critical, joins one incident)", repeatedSingle,
                "requests/s", SINGLE_TARGET));
        missed |= repeatedSingle < SINGLE_TARGET;

        double uniqueBatch = BATCH * load.measure("batches, unique fingerprints", seconds, "alertmanager",
                n -> load.alertmanager("Unique-" + load.run + "-" + n, n, "warning", false));
        rows.add(row("Alertmanager batches of 100, unique fingerprints (warning)", uniqueBatch, "alerts/s",
                BATCH_TARGET));
        missed |= uniqueBatch < BATCH_TARGET;

        double repeatedBatch = BATCH * load.measure("batches, same 100 fingerprints", seconds, "alertmanager",
                n -> load.alertmanager("Repeated-" + load.run, n, "critical", true));
        rows.add(row("Alertmanager batches of 100, the same 100 fingerprints (critical, one group)", repeatedBatch,
                "alerts/s", BATCH_TARGET));
        missed |= repeatedBatch < BATCH_TARGET;

        String stormTitle = "Storm " + load.run;
        long start = System.nanoTime();
        int sent = load.fixed(storm, "generic", n -> load.report(stormTitle, "critical", n));
        double stormSeconds = (System.nanoTime() - start) / 1e9;
        long incidents = load.incidentsTitled(stormTitle);
        System.err.printf("[bench] storm: %d firings in %.1f s, %d incident(s)%n", sent, stormSeconds, incidents);
        rows.add(new String[] {"storm: " + storm + " firings of one fingerprint", String.format("%.0f firings/s; "
                + "%d incident(s)", sent / stormSeconds, incidents), "exactly 1 incident", incidents == 1 ? "✅" : "❌"});
        missed |= incidents != 1;

        System.out.println("| Alert intake | Result | Target | |");
        System.out.println("|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.out.printf("%nClients: %d, %d s per part, machine load %s%n", load.clients, seconds,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        System.exit(missed ? 2 : 0);
    }

    static String[] row(String what, double value, String unit, double target) {
        return new String[] {what, String.format("%.0f %s", value, unit), String.format("≥ %.0f", target),
                value >= target ? "✅" : "❌"};
    }

    /** Posts as fast as the clients can for the given seconds; returns requests per second. */
    double measure(String name, int seconds, String source, IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        runClients(() -> {
            while (System.nanoTime() < end) {
                post(source, body.apply(next.getAndIncrement()));
                done.incrementAndGet();
            }
        });
        double rate = done.get() / ((System.nanoTime() - start) / 1e9);
        System.err.printf("[bench] %s: %d requests, %.0f requests/s%n", name, done.get(), rate);
        return rate;
    }

    int fixed(int count, String source, IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        runClients(() -> {
            for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                post(source, body.apply(n));
            }
        });
        return count;
    }

    interface Work {
        void run() throws Exception;
    }

    void runClients(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                work.run();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    void post(String source, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/alerts/" + source))
                .header("Authorization", "Bearer " + alertsToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    long incidentsTitled(String title) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url + "/api/incidents?limit=500"))
                .header("Authorization", "Bearer " + apiToken).build(), HttpResponse.BodyHandlers.ofString()).body();
        String needle = "\"title\":\"" + title + "\"";
        long count = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    String report(String title, String severity, int n) {
        return "{\"title\": \"" + title + "\", \"severity\": \"" + severity + "\", \"service\": \"bench\","
                + " \"environment\": \"bench\", \"source\": \"Bench.java:1\", \"requestId\": \"req-" + n + "\"}";
    }

    /** A 100-alert group; unique fingerprints per batch, or the same 100 each time with a fresh startsAt. */
    String alertmanager(String group, int n, String severity, boolean sameFingerprints) {
        StringBuilder alerts = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            String fingerprint = sameFingerprints ? group + "-" + i : group + "-" + n + "-" + i;
            alerts.append(i == 0 ? "" : ",").append("""
                    {"status": "firing", "labels": {"alertname": "%1$s", "severity": "%2$s", "service": "bench",
                     "instance": "node-%3$d:9100"}, "annotations": {"summary": "Bench alert %1$s"},
                     "startsAt": "2026-11-22T19:00:%4$02d.%5$09dZ", "endsAt": "0001-01-01T00:00:00Z",
                     "generatorURL": "http://prometheus.example/graph", "fingerprint": "%1$s"}
                    """.formatted(fingerprint, severity, i, n % 60, n));
        }
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"%s\\"}", "truncatedAlerts": 0, "status": "firing",
                 "receiver": "warroom", "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                 "externalURL": "http://alertmanager.example", "alerts": [%s]}
                """.formatted(group, alerts);
    }
}
