import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for bench/core.sh against a running Warroom: commands through the REST API beside the cheapest authenticated
 * endpoint at the same concurrency, then the postmortem export of an incident with a long timeline. Prints one
 * Markdown table with the startup numbers core.sh passes in. Progress goes to stderr, the table to stdout.
 *
 * <p>Run: {@code java bench/CoreLoad.java --url=http://127.0.0.1:8080 --token=… [--pid=…] [--ready-ms=2900,3100]
 * [--clients=50] [--seconds=30] [--warmup-seconds=10] [--incidents=200] [--entries=10000] [--exports=7]
 * [--parts=latency,export] [--database="PostgreSQL 15 at …"] [--reference=true]}; with --reference the load runs
 * against bench/BareNoteServer.java and the ratio sets no target.
 */
public class CoreLoad {

    static final double READY_TARGET_MS = 3000;
    static final double RSS_TARGET_MB = 300;
    static final double RATIO_TARGET = 3.0;
    static final double EXPORT_TARGET_MS = 500;
    /** Commands and the trivial endpoint take turns in rounds this long, so a noisy neighbour hits both alike. */
    static final int ROUND_SECONDS = 5;
    /** USER_HZ of /proc/PID/stat: 100 on every Linux build that matters here. */
    static final long CLOCK_TICKS_PER_SECOND = 100;

    final String url;
    final String token;
    final int clients;
    /** The app's process id, to read its CPU time; null when unknown (then no CPU column). */
    final String pid;
    final HttpClient http;

    CoreLoad(String url, String token, int clients, String pid) {
        this.url = url;
        this.token = token;
        this.clients = clients;
        this.pid = pid;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) {
        try {
            measure(options(args));
        } catch (Exception e) {
            System.err.println("[bench] failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void measure(Map<String, String> opts) throws Exception {
        String url = required(opts, "url");
        String token = required(opts, "token");
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup-seconds", "10"));
        int incidentCount = Integer.parseInt(opts.getOrDefault("incidents", "200"));
        int entries = Integer.parseInt(opts.getOrDefault("entries", "10000"));
        int exports = Integer.parseInt(opts.getOrDefault("exports", "7"));
        List<String> parts = List.of(opts.getOrDefault("parts", "latency,export").split(","));
        long[] readyMs = opts.containsKey("ready-ms") ? Arrays.stream(opts.get("ready-ms").split(","))
                .mapToLong(Long::parseLong).toArray() : new long[0];

        CoreLoad load = new CoreLoad(url, token, clients, opts.get("pid"));
        List<Row> rows = new ArrayList<>();
        if (opts.containsKey("database")) {
            rows.add(new Row("Database", opts.get("database"), "", null));
        }
        if (readyMs.length > 0) {
            long[] sorted = readyMs.clone();
            Arrays.sort(sorted);
            double median = median(sorted);
            String cpu = "";
            if (opts.containsKey("ready-cpu-ms")) {
                long[] cpuMs = Arrays.stream(opts.get("ready-cpu-ms").split(",")).mapToLong(Long::parseLong)
                        .sorted().toArray();
                cpu = String.format(Locale.ROOT, "; app CPU until ready %.2f s", median(cpuMs) / 1000);
            }
            rows.add(new Row("Startup to ready (process start → `/q/health/ready` 200), median of " + sorted.length,
                    String.format(Locale.ROOT, "%.2f s (%.2f–%.2f s)%s", median / 1000, sorted[0] / 1000.0,
                            sorted[sorted.length - 1] / 1000.0, cpu), "≤ 3 s", median <= READY_TARGET_MS));
        }

        if (parts.contains("latency")) {
            latency(load, rows, incidentCount, warmup, seconds,
                    Boolean.parseBoolean(opts.getOrDefault("reference", "false")));
        }
        if (parts.contains("export")) {
            export(load, rows, entries, exports);
        }
        if (opts.containsKey("pid")) {
            long rss = rssMb(opts.get("pid"));
            rows.add((readyMs.length > 0 ? 1 : 0) + (opts.containsKey("database") ? 1 : 0), new Row("Resident memory (RSS) after the run", rss + " MB",
                    "≤ 300 MB", rss <= RSS_TARGET_MB));
        }
        rows.add(new Row("Machine: " + Runtime.getRuntime().availableProcessors()
                + " cores, 1-minute load average at start → end", opts.getOrDefault("load-before", "?") + " → "
                + loadAverage(), "", null));
        print(rows);
        boolean missed = rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.met()));
        System.exit(missed ? 2 : 0);
    }

    static void latency(CoreLoad load, List<Row> rows, int incidentCount, int warmup, int seconds, boolean reference)
            throws Exception {
        int clients = load.clients;
        progress("Opening " + incidentCount + " incidents");
        List<String> keys = load.openIncidents(incidentCount);

        progress("Warming up for " + warmup + " s (" + clients + " clients, commands and version mixed)");
        load.run(warmup, i -> i % 2 == 0 ? load.version() : load.note(keys));

        progress("Measuring for " + seconds + " s: commands and version take turns every " + ROUND_SECONDS + " s");
        Sampler version = new Sampler();
        Sampler commands = new Sampler();
        for (int elapsed = 0; elapsed < seconds; elapsed += 2 * ROUND_SECONDS) {
            int round = Math.min(ROUND_SECONDS, Math.max(1, (seconds - elapsed) / 2));
            version.add(load.run(round, i -> load.version()));
            commands.add(load.run(round, i -> load.note(keys)));
        }
        rows.add(new Row("`GET /api/version` (trivial, authenticated), " + clients + " clients", version.describe(),
                "", null));
        rows.add(new Row("`POST /api/incidents/{key}/commands` (`note …` over " + incidentCount + " incidents), "
                + clients + " clients", commands.describe(), "", null));
        double ratio = commands.p99() / version.p99();
        rows.add(new Row("Command p99 ÷ trivial p99", String.format(Locale.ROOT, "%.2f×", ratio),
                reference ? "" : "≤ 3×", reference ? null : ratio <= RATIO_TARGET));
    }

    static void export(CoreLoad load, List<Row> rows, int entries, int exports) throws Exception {
        String big = load.openIncident("Export benchmark: a long incident");
        progress("Seeding " + big + " with " + entries + " timeline entries through the API");
        load.seed(big, entries);
        int onTimeline = load.timelineSize(big);
        if (onTimeline != entries) {
            throw new IllegalStateException(big + " has " + onTimeline + " timeline entries, expected " + entries);
        }
        progress("Exporting the postmortem of " + big + " " + (exports + 1) + " times");
        long[] exportMs = new long[exports];
        long first = load.export(big, entries);
        long cpuBefore = load.cpuNanos();
        for (int n = 0; n < exports; n++) {
            exportMs[n] = load.export(big, entries);
        }
        double cpuMsPerExport = (load.cpuNanos() - cpuBefore) / 1e6 / exports;
        Arrays.sort(exportMs);
        double exportMedian = median(exportMs);
        rows.add(new Row("Postmortem export of " + String.format(Locale.ROOT, "%,d", entries)
                + " timeline entries, median of " + exports, String.format(Locale.ROOT,
                "%.0f ms (min %d, max %d; first export %d ms)%s", exportMedian, exportMs[0], exportMs[exports - 1],
                first, load.pid == null ? "" : String.format(Locale.ROOT, "; app CPU %.0f ms/export", cpuMsPerExport)),
                "≤ 500 ms", exportMedian <= EXPORT_TARGET_MS));
    }

    // ---- Requests ---------------------------------------------------------------------------------------------

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    HttpRequest version() {
        return request("/api/version").GET().build();
    }

    HttpRequest note(List<String> keys) {
        String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
        return command(key, "note checked the dashboards, error rate " + ThreadLocalRandom.current().nextInt(100)
                + "% on node " + ThreadLocalRandom.current().nextInt(1000));
    }

    HttpRequest command(String key, String text) {
        return request("/api/incidents/" + key + "/commands").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\",\"user\":\"bench\"}")).build();
    }

    String openIncident(String title) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/incidents").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title
                        + "\",\"severity\":\"SEV2\",\"service\":\"checkout\",\"user\":\"bench\"}")).build(), 201);
        Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"(INC-\\d+)\"").matcher(response.body());
        if (!key.find()) {
            throw new IllegalStateException("no incident key in " + response.body());
        }
        return key.group(1);
    }

    List<String> openIncidents(int count) throws Exception {
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            keys.add(openIncident("Checkout 5xx spike " + (n + 1)));
        }
        return keys;
    }

    /** Adds notes until the incident's timeline (which starts with "opened") holds {@code entries} entries. */
    void seed(String key, int entries) throws Exception {
        AtomicInteger left = new AtomicInteger(entries - 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    send(command(key, "note seed " + n + ": retried the payment provider, still timing out"), 200);
                }
                return null;
            }));
        }
        for (Future<Void> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    int timelineSize(String key) throws Exception {
        String body = send(request("/api/incidents/" + key + "/timeline").GET().build(), 200).body();
        return (int) Pattern.compile("\"recordedAt\"").matcher(body).results().count();
    }

    /** One export, timed; checks it is the whole postmortem, not an error. */
    long export(String key, int entries) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request("/api/incidents/" + key + "/postmortem.md").GET().build(), 200);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long rows = response.body().lines().filter(l -> l.startsWith("| 20")).count();
        if (rows != entries) {
            throw new IllegalStateException("the export of " + key + " has " + rows + " timeline rows, expected "
                    + entries);
        }
        return ms;
    }

    HttpResponse<String> send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** {@code clients} threads, each sending the next request as soon as the last one answered, for a while. */
    Sampler run(int seconds, IntFunction<HttpRequest> next) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Sampler>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                Sampler own = new Sampler();
                for (int i = 0; System.nanoTime() < end; i++) {
                    HttpRequest request = next.apply(i);
                    long sent = System.nanoTime();
                    send(request, 200);
                    own.record(System.nanoTime() - sent);
                }
                return own;
            }));
        }
        long cpuBefore = cpuNanos();
        Sampler all = new Sampler();
        for (Future<Sampler> f : results) {
            all.add(f.get());
        }
        all.wallNanos = System.nanoTime() - start;
        all.cpuNanos = cpuNanos() - cpuBefore;
        pool.shutdown();
        return all;
    }

    /** CPU time the app has used so far (user + system), from /proc; 0 without a pid. */
    long cpuNanos() throws IOException {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    }

    // ---- Numbers ----------------------------------------------------------------------------------------------

    /** Latencies of one kind of request, in nanoseconds, and the wall time they took. */
    static final class Sampler {
        long[] samples = new long[1024];
        int size;
        long wallNanos;
        long cpuNanos;

        void record(long nanos) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = nanos;
        }

        void add(Sampler other) {
            for (int i = 0; i < other.size; i++) {
                record(other.samples[i]);
            }
            wallNanos += other.wallNanos;
            cpuNanos += other.cpuNanos;
        }

        double percentileMs(double p) {
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * size) - 1;
            return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
        }

        double p99() {
            return percentileMs(99);
        }

        String describe() {
            String cpu = cpuNanos == 0 ? "" : String.format(Locale.ROOT, " · app CPU %.2f ms/request",
                    cpuNanos / 1e6 / size);
            return String.format(Locale.ROOT, "p50 %.1f ms · p99 %.1f ms · max %.1f ms · %,.0f req/s (%,d requests)%s",
                    percentileMs(50), percentileMs(99), percentileMs(100), size / (wallNanos / 1e9), size, cpu);
        }
    }

    record Row(String what, String measured, String target, Boolean met) {
    }

    static void print(List<Row> rows) {
        System.out.println("| Measure | Result | Target | Met |");
        System.out.println("|---|---|---|---|");
        for (Row row : rows) {
            String met = row.met() == null ? "" : row.met() ? "yes" : "**no**";
            System.out.println("| " + row.what() + " | " + row.measured() + " | " + row.target() + " | " + met + " |");
        }
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static long rssMb(String pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return opts;
    }

    static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return value;
    }

    static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
