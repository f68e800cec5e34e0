import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traffic and checks for bench/reliability.sh: one scenario per run (the driver starts and restarts everything
 * around it). Reads the database through psql and the fake platforms through their control path, prints its numbers
 * and one line {@code RESULT <scenario> PASS|FAIL <why>}; exits 0 on PASS, 1 on FAIL.
 *
 * <p>Run: {@code java bench/Reliability.java --scenario=a|b|c|d|e --lb=URL --r1=URL --r2=URL --pid1=PID
 * --pid2=PID --api-token=… --alerts-token=… --fakes=URL --psql="psql -h … -d …" --pg-restart="command"
 * [--soak-minutes=30] [--csv=path]}
 */
public class Reliability {

    final Map<String, String> opt;
    final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> failures = new ArrayList<>();

    Reliability(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            opt.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        Reliability bench = new Reliability(opt);
        String scenario = opt.get("scenario");
        switch (scenario) {
            case "a" -> new Scenarios(bench).killDuringStorm();
            case "b" -> new Scenarios(bench).chatOutage();
            case "c" -> new Scenarios(bench).databaseRestart();
            case "d" -> new Scenarios(bench).sameAlertTwice();
            case "e" -> new Soak(bench).run();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        boolean pass = bench.failures.isEmpty();
        System.out.println("RESULT " + scenario + " " + (pass ? "PASS" : "FAIL " + String.join("; ", bench.failures)));
        System.exit(pass ? 0 : 1);
    }

    // ---- Checks ---------------------------------------------------------------------------------------------------

    void check(boolean ok, String what) {
        System.out.println("  " + (ok ? "ok   " : "FAIL ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    static void say(String format, Object... args) {
        System.out.printf("  " + format + "%n", args);
    }

    /** Polls until the condition holds; returns the seconds it took, or -1 after the timeout. */
    static double await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (condition.getAsBoolean()) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(500);
        }
        return -1;
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    /** One answer: status (-1: connection failed, -2: no answer within the timeout), latency, Retry-After. */
    record Answer(int status, String body, String retryAfter, long millis, long startedAt, String cookies) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Answer send(String base, String method, String path, String body, String authorization, Duration timeout,
            String... headers) {
        long started = System.currentTimeMillis();
        long start = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", "Bearer " + authorization);
        }
        if (body != null && headers.length == 0) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    (System.nanoTime() - start) / 1_000_000, started, String.join("; ", response.headers()
                            .allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList()));
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(-2, e.toString(), null, (System.nanoTime() - start) / 1_000_000, started, "");
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null, (System.nanoTime() - start) / 1_000_000, started, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), null, 0, started, "");
        }
    }

    /** A generic alert; its requestId marks this one delivery in the stored payload. */
    Answer alert(String base, String title, String fingerprint, String requestId) {
        String body = "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"service\": \"reliability\","
                + " \"environment\": \"bench\", \"fingerprint\": \"" + fingerprint + "\", \"requestId\": \""
                + requestId + "\"}";
        return send(base, "POST", "/api/alerts/generic", body, opt.get("alerts-token"), Duration.ofSeconds(30));
    }

    Answer command(String base, String key, String text) {
        String body = "{\"text\": \"" + text + "\", \"user\": \"reliability-bench\"}";
        return send(base, "POST", "/api/incidents/" + key + "/commands", body, opt.get("api-token"),
                Duration.ofSeconds(30));
    }

    /** Opens an incident through the API; returns its key. */
    String openIncident(String title) {
        Answer opened = send(opt.get("lb"), "POST", "/api/incidents", "{\"title\": \"" + title
                + "\", \"severity\": \"SEV2\", \"service\": \"reliability\", \"user\": \"reliability-bench\"}",
                opt.get("api-token"), Duration.ofSeconds(30));
        Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(opened.body());
        if (opened.status() != 201 || !key.find()) {
            throw new IllegalStateException("could not open an incident: " + opened);
        }
        return key.group(1);
    }

    // ---- Database and fakes ---------------------------------------------------------------------------------------

    /** Rows of a query through psql, columns split on tabs; empty when the database does not answer. */
    List<String[]> sql(String query) {
        try {
            List<String> command = new ArrayList<>(List.of("bash", "-c", opt.get("psql") + " -At -F '\t' -f -"));
            Process psql = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            psql.getOutputStream().write(query.getBytes(StandardCharsets.UTF_8));
            psql.getOutputStream().close();
            String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            psql.waitFor();
            List<String[]> rows = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("psql failed", e);
        }
    }

    long count(String query) {
        List<String[]> rows = sql(query);
        return rows.isEmpty() ? -1 : Long.parseLong(rows.get(0)[0]);
    }

    /** stored rows grouped by a marker: marker → count. */
    Map<String, Long> counts(String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] row : sql(query)) {
            counts.put(row[0], Long.parseLong(row[1]));
        }
        return counts;
    }

    /** A post the fakes accepted. */
    record Post(String platform, String channel, String name, long at, String text) {
    }

    List<Post> posts() {
        Answer answer = send(opt.get("fakes"), "GET", "/_fake/posts.tsv", null, null, Duration.ofSeconds(30));
        List<Post> posts = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            String[] f = line.split("\t", 5);
            if (f.length == 5) {
                posts.add(new Post(f[0], f[1], f[2], Long.parseLong(f[3]), f[4]));
            }
        }
        return posts;
    }

    /** Channels per platform in the fakes, Discord categories left out. */
    Map<String, Long> channelsPerPlatform() {
        Answer answer = send(opt.get("fakes"), "GET", "/_fake/channels.tsv", null, null, Duration.ofSeconds(30));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : answer.body().split("\n")) {
            if (!line.isBlank() && line.endsWith("\tfalse")) {
                counts.merge(line.split("\t")[0], 1L, Long::sum);
            }
        }
        return counts;
    }

    long pendingOutbox() {
        return count("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'");
    }

    /** Waits for the outbox to drain; prints and returns the seconds it took (-1: not within the timeout). */
    double awaitOutboxDrained(Duration timeout) throws InterruptedException {
        double seconds = await(timeout, () -> pendingOutbox() == 0);
        Map<String, Long> byStatus = counts("SELECT status, count(*) FROM outbox_message GROUP BY status");
        say("outbox drained in %s; outbox now %s", seconds < 0 ? "NOT within " + timeout.toSeconds() + " s"
                : String.format("%.1f s", seconds), byStatus);
        return seconds;
    }

    /** Rooms in the database against channels the fakes created: one room each, none created twice. */
    void checkRoomsMatchChannels() {
        Map<String, Long> rooms = counts("SELECT platform, count(*) FROM chat_room GROUP BY platform");
        Map<String, Long> channels = channelsPerPlatform();
        for (String platform : List.of("slack", "discord")) {
            long inDb = rooms.getOrDefault(platform.toUpperCase(), rooms.getOrDefault(platform, 0L));
            // Each fake starts with #general, #announcements and #alerts.
            long created = channels.getOrDefault(platform, 3L) - 3;
            check(inDb == created, platform + ": " + created + " channels created for " + inDb
                    + " rooms in the database (a room created twice leaves an extra channel)");
        }
    }

    /** Identical posts in one channel whose text contains the marker: a delivery done twice. */
    void checkNoDoubledPosts(String marker) {
        Map<String, Long> seen = new LinkedHashMap<>();
        for (Post post : posts()) {
            if (post.text().contains(marker)) {
                seen.merge(post.platform() + " #" + post.name() + ": " + post.text(), 1L, Long::sum);
            }
        }
        List<String> doubled = seen.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getValue() + "× " + clip(e.getKey())).toList();
        say("%d distinct posts mention this run", seen.size());
        doubled.stream().limit(5).forEach(d -> say("doubled: %s", d));
        check(doubled.isEmpty(), doubled.size() + " posts doubled in a channel");
    }

    static String clip(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs the work on this many threads and waits for all. */
    static void parallel(int clients, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                work.run();
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    static <T> ConcurrentLinkedQueue<T> queue() {
        return new ConcurrentLinkedQueue<>();
    }

    static CountDownLatch latch() {
        return new CountDownLatch(1);
    }
}

/** Scenarios a to d: what happens to alerts, rooms and messages when a replica, the chat platforms or the database go. */
class Scenarios {

    final Reliability b;

    Scenarios(Reliability bench) {
        this.b = bench;
    }

    int opt(String name, int fallback) {
        return Integer.parseInt(b.opt.getOrDefault(name, Integer.toString(fallback)));
    }

    /** a. kill -9 one replica during an alert storm through HAProxy. */
    void killDuringStorm() throws Exception {
        int incidents = opt("storm-incidents", 10);
        int seconds = opt("storm-seconds", 20);
        String tag = "a-" + b.run;
        System.out.printf("a. kill -9 replica 1 during a %d s alert storm (%d fingerprints, through HAProxy)%n",
                seconds, incidents);
        var accepted = Reliability.<String>queue();
        var refused = Reliability.<Integer>queue();
        var latencies = Reliability.<Long>queue();
        var next = new java.util.concurrent.atomic.AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(seconds * 400L);
                ProcessHandle.of(Long.parseLong(b.opt.get("pid1"))).ifPresent(ProcessHandle::destroyForcibly);
                Reliability.say("killed replica 1 (pid %s) with SIGKILL after %d s", b.opt.get("pid1"), seconds * 4 / 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        Reliability.parallel(opt("clients", 8), () -> {
            while (System.nanoTime() < end) {
                int n = next.getAndIncrement();
                String requestId = tag + "-req-" + n;
                Reliability.Answer answer = b.alert(b.opt.get("lb"), "Storm " + b.run + " " + n % incidents,
                        tag + "-fp-" + n % incidents, requestId);
                latencies.add(answer.millis());
                if (answer.ok()) {
                    accepted.add(requestId);
                } else {
                    refused.add(answer.status());
                }
            }
        });
        killer.join();
        List<Long> millis = List.copyOf(latencies);
        Reliability.say("%d alerts sent (%.0f/s), %d answered 2xx, %d not (statuses %s); latency p50 %d ms, p99 %d ms,"
                + " max %d ms", next.get(), next.get() / (double) seconds, accepted.size(), refused.size(),
                histogram(refused), Reliability.percentile(millis, 0.5), Reliability.percentile(millis, 0.99),
                Reliability.percentile(millis, 1.0));

        b.awaitOutboxDrained(Duration.ofSeconds(opt("drain-seconds", 300)));
        Map<String, Long> stored = b.counts("SELECT substring(payload from '(" + tag + "-req-[0-9]+)'), count(*)"
                + " FROM alert_delivery WHERE payload LIKE '%" + tag + "-req-%' GROUP BY 1");
        long missing = accepted.stream().filter(id -> !stored.containsKey(id)).count();
        long doubled = stored.values().stream().filter(c -> c > 1).count();
        b.check(missing == 0, missing + " of " + accepted.size() + " alerts answered 2xx are missing from the database");
        b.check(doubled == 0, doubled + " alerts stored more than once");
        Reliability.say("%d alerts stored that got no 2xx (in flight at the kill; not promised)",
                stored.size() - accepted.size() + missing);

        checkOneIncidentEach("Storm " + b.run + " ", incidents);
        // Every stored alert counted into its incident exactly once (firings may be flushed a window later).
        Map<String, Long> perFingerprint = b.counts("SELECT substring(payload from '(" + tag + "-fp-[0-9]+)'),"
                + " count(*) FROM alert_delivery WHERE payload LIKE '%" + tag + "-fp-%' GROUP BY 1");
        String firingsQuery = "SELECT substring(fingerprint from '(" + tag + "-fp-[0-9]+)'), firings"
                + " FROM incident_alert WHERE fingerprint LIKE '%" + tag + "-fp-%'";
        double settled = Reliability.await(Duration.ofSeconds(90), () -> b.counts(firingsQuery).equals(perFingerprint));
        Map<String, Long> firings = b.counts(firingsQuery);
        long differ = perFingerprint.keySet().stream().filter(f -> !perFingerprint.get(f).equals(firings.get(f)))
                .count();
        long gap = perFingerprint.values().stream().mapToLong(Long::longValue).sum()
                - firings.values().stream().mapToLong(Long::longValue).sum();
        Reliability.say("alerts stored per fingerprint %s; firings counted %s", perFingerprint, firings);
        b.check(settled >= 0, "firings per incident equal the alerts stored for it, routed exactly once (" + differ
                + " of " + perFingerprint.size() + " incidents differ, " + gap + " stored alerts not counted)");
        b.checkRoomsMatchChannels();
        b.checkNoDoubledPosts("Storm " + b.run + " ");
    }

    /** b. Slack and Discord unreachable for 60 s while an incident posts status updates. */
    void chatOutage() throws Exception {
        int outage = opt("outage-seconds", 60);
        int updates = opt("updates", 40);
        String marker = "Reliab-b " + b.run + " #";
        System.out.printf("b. Slack and Discord unreachable for %d s; %d status updates, one a second%n", outage, updates);
        String key = b.openIncident("Chat outage " + b.run);
        long number = Long.parseLong(key.replaceAll("\\D", ""));
        double rooms = Reliability.await(Duration.ofSeconds(120),
                () -> b.count("SELECT count(*) FROM chat_room WHERE incident_id = " + number) >= 2);
        b.check(rooms >= 0, key + " has a room on Slack and on Discord before the outage");
        List<Integer> accepted = new ArrayList<>();
        List<Integer> acceptedDuringOutage = new ArrayList<>();
        long outageEnds = 0;
        for (int i = 1; i <= updates; i++) {
            if (i == Math.min(10, updates)) {
                b.send(b.opt.get("fakes"), "POST", "/_fake/outage?seconds=" + outage, "", null, Duration.ofSeconds(10));
                outageEnds = System.currentTimeMillis() + outage * 1000L;
                Reliability.say("platforms unreachable from update %d on", i);
            }
            if (b.command(b.opt.get("lb"), key, "update " + marker + String.format("%03d", i)).ok()) {
                accepted.add(i);
                if (outageEnds > System.currentTimeMillis()) {
                    acceptedDuringOutage.add(i);
                }
            }
            Thread.sleep(1000);
        }
        Reliability.say("%d of %d updates answered 2xx", accepted.size(), updates);
        long waitFrom = Math.max(0, outageEnds - System.currentTimeMillis()) / 1000 + opt("drain-seconds", 300);
        Map<String, String> roomChannels = new LinkedHashMap<>();
        for (String[] row : b.sql("SELECT lower(platform), channel_id FROM chat_room WHERE incident_id = " + number)) {
            roomChannels.put(row[0], row[1]);
        }
        Reliability.await(Duration.ofSeconds(waitFrom), () -> roomChannels.values().stream()
                .allMatch(channel -> numbersIn(channel, marker).size() >= accepted.size()));
        b.awaitOutboxDrained(Duration.ofSeconds(60));
        // The backlog: updates accepted while the platforms were unreachable; drained when the last of them arrived.
        Pattern numbered = Pattern.compile(Pattern.quote(marker) + "(\\d+)");
        long backlogDrained = 0;
        for (Reliability.Post post : b.posts()) {
            Matcher m = numbered.matcher(post.text());
            if (m.find() && acceptedDuringOutage.contains(Integer.parseInt(m.group(1)))) {
                backlogDrained = Math.max(backlogDrained, post.at());
            }
        }
        Reliability.say("%d updates queued during the outage; the last of them arrived %.1f s after the platforms came"
                + " back (time to drain)", acceptedDuringOutage.size(), (backlogDrained - outageEnds) / 1000.0);
        for (var room : roomChannels.entrySet()) {
            List<Integer> seen = numbersIn(room.getValue(), marker);
            List<Integer> missing = accepted.stream().filter(n -> !seen.contains(n)).toList();
            long doubles = seen.size() - seen.stream().distinct().count();
            boolean ordered = java.util.stream.IntStream.range(1, seen.size()).allMatch(i -> seen.get(i - 1) < seen.get(i));
            b.check(missing.isEmpty(), room.getKey() + " room: every accepted update arrived (missing " + missing + ")");
            b.check(doubles == 0, room.getKey() + " room: no update doubled (" + doubles + " doubled)");
            b.check(ordered, room.getKey() + " room: updates in order " + (ordered ? "" : seen.toString()));
        }
        b.checkNoDoubledPosts(marker);
    }

    /** The update numbers posted in a channel, in arrival order. */
    List<Integer> numbersIn(String channel, String marker) {
        Pattern number = Pattern.compile(Pattern.quote(marker) + "(\\d+)");
        List<Integer> numbers = new ArrayList<>();
        for (Reliability.Post post : b.posts()) {
            Matcher m = number.matcher(post.text());
            if (post.channel().equals(channel) && m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    /** c. PostgreSQL stopped for a while and started again under a steady load of alerts and commands. */
    void databaseRestart() throws Exception {
        int downSeconds = opt("db-down-seconds", 10);
        String tag = "c-" + b.run;
        System.out.printf("c. PostgreSQL down for %d s under load (alerts and commands through HAProxy)%n", downSeconds);
        String key = b.openIncident("Database restart " + b.run);
        var answers = Reliability.<Reliability.Answer>queue();
        var acceptedAlerts = Reliability.<String>queue();
        var acceptedNotes = Reliability.<String>queue();
        var next = new java.util.concurrent.atomic.AtomicInteger();
        long[] outage = new long[2];
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread restarter = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                outage[0] = System.currentTimeMillis();
                shell(b.opt.get("pg-stop"));
                Thread.sleep(downSeconds * 1000L);
                shell(b.opt.get("pg-start"));
                outage[1] = System.currentTimeMillis();
                Reliability.say("PostgreSQL was down %.1f s", (outage[1] - outage[0]) / 1000.0);
                Thread.sleep(opt("after-seconds", 30) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.set(true);
            }
        });
        restarter.start();
        Reliability.parallel(opt("clients", 4), () -> {
            while (!done.get()) {
                int n = next.getAndIncrement();
                Reliability.Answer answer;
                if (n % 2 == 0) {
                    String requestId = tag + "-req-" + n;
                    answer = b.alert(b.opt.get("lb"), "DB restart " + b.run + " " + n % 5, tag + "-fp-" + n % 5, requestId);
                    if (answer.ok()) {
                        acceptedAlerts.add(requestId);
                    }
                } else {
                    String note = tag + "-note-" + n;
                    answer = b.command(b.opt.get("lb"), key, "note " + note);
                    if (answer.ok()) {
                        acceptedNotes.add(note);
                    }
                }
                answers.add(answer);
                Thread.sleep(50);
            }
        });
        List<Reliability.Answer> during = answers.stream()
                .filter(a -> a.startedAt() >= outage[0] && a.startedAt() <= outage[1]).toList();
        List<Reliability.Answer> after = answers.stream().filter(a -> a.startedAt() > outage[1] + 15_000).toList();
        long maxMillis = during.stream().mapToLong(Reliability.Answer::millis).max().orElse(0);
        long hung = answers.stream().filter(a -> a.status() == -2).count();
        List<Reliability.Answer> badRefusals = during.stream()
                .filter(a -> !a.ok() && (a.status() != 503 || a.retryAfter() == null)).toList();
        long refusedWithoutRetryAfter = badRefusals.size();
        badRefusals.stream().map(a -> a.status() + " " + Reliability.clip(a.body())).distinct().limit(3)
                .forEach(a -> Reliability.say("refused without Retry-After: %s", a));
        Reliability.say("%d requests; during the outage %d: statuses %s, latency p50 %d ms, max %d ms", answers.size(),
                during.size(), histogram(during.stream().map(Reliability.Answer::status).toList()),
                Reliability.percentile(during.stream().map(Reliability.Answer::millis).toList(), 0.5), maxMillis);
        b.check(hung == 0, hung + " requests hung (no answer within 30 s)");
        b.check(maxMillis <= opt("fail-fast-ms", 10_000), "answers during the outage within "
                + opt("fail-fast-ms", 10_000) + " ms (max " + maxMillis + " ms)");
        b.check(refusedWithoutRetryAfter == 0, refusedWithoutRetryAfter
                + " refusals during the outage were not 503 with Retry-After");
        long afterOk = after.stream().filter(Reliability.Answer::ok).count();
        b.check(!after.isEmpty() && afterOk == after.size(), afterOk + " of " + after.size()
                + " requests from 15 s after the restart succeeded");
        Map<String, Long> stored = b.counts("SELECT substring(payload from '(" + tag + "-req-[0-9]+)'), count(*)"
                + " FROM alert_delivery WHERE payload LIKE '%" + tag + "-req-%' GROUP BY 1");
        Map<String, Long> notes = b.counts("SELECT substring(text from '(" + tag + "-note-[0-9]+)'), count(*)"
                + " FROM timeline_entry WHERE text LIKE '%" + tag + "-note-%' GROUP BY 1");
        b.check(acceptedAlerts.stream().allMatch(id -> stored.getOrDefault(id, 0L) == 1),
                "every 2xx alert stored exactly once (" + acceptedAlerts.size() + ")");
        b.check(acceptedNotes.stream().allMatch(id -> notes.getOrDefault(id, 0L) == 1),
                "every 2xx note in the timeline exactly once (" + acceptedNotes.size() + ")");
        b.check(stored.values().stream().allMatch(c -> c == 1) && notes.values().stream().allMatch(c -> c == 1),
                "nothing stored twice");
    }

    /** d. The same alert sent to both replicas at once, directly, many times. */
    void sameAlertTwice() throws Exception {
        int rounds = opt("race-rounds", 100);
        String tag = "d-" + b.run;
        System.out.printf("d. the same alert sent to both replicas at once, %d times%n", rounds);
        var statuses = Reliability.<Integer>queue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int r = 0; r < rounds; r++) {
            CountDownLatch go = Reliability.latch();
            String title = "Race " + b.run + " " + r;
            String fingerprint = tag + "-fp-" + r;
            List<Future<Integer>> both = new ArrayList<>();
            for (String replica : List.of("r1", "r2")) {
                both.add(pool.submit(() -> {
                    go.await();
                    return b.alert(b.opt.get(replica), title, fingerprint, tag + "-" + replica + "-" + fingerprint)
                            .status();
                }));
            }
            go.countDown();
            for (Future<Integer> f : both) {
                statuses.add(f.get());
            }
        }
        pool.shutdown();
        Reliability.say("%d alerts sent; statuses %s", rounds * 2, histogram(statuses));
        b.check(statuses.stream().allMatch(s -> s / 100 == 2), "every alert answered 2xx");
        b.awaitOutboxDrained(Duration.ofSeconds(opt("drain-seconds", 600)));
        checkOneIncidentEach("Race " + b.run + " ", rounds);
        b.checkRoomsMatchChannels();
    }

    /** Exactly one incident per title with this prefix, and each has one room per platform. */
    void checkOneIncidentEach(String prefix, int expected) {
        Map<String, Long> incidents = b.counts("SELECT title, count(*) FROM incident WHERE title LIKE '%" + prefix
                + "%' GROUP BY title");
        long twice = incidents.values().stream().filter(c -> c > 1).count();
        b.check(twice == 0 && incidents.size() <= expected, incidents.size() + " incidents for " + expected
                + " alert identities, " + twice + " opened twice");
        Map<String, Long> rooms = b.counts("SELECT i.title || ' ' || lower(r.platform), count(*) FROM chat_room r"
                + " JOIN incident i ON i.number = r.incident_id WHERE i.title LIKE '%" + prefix + "%'"
                + " GROUP BY i.title, r.platform");
        long roomTwice = rooms.values().stream().filter(c -> c > 1).count();
        b.check(rooms.size() == incidents.size() * 2 && roomTwice == 0, rooms.size() + " rooms for "
                + incidents.size() + " incidents on 2 platforms, " + roomTwice + " incidents with two rooms on one");
    }

    static <T> Map<T, Long> histogram(java.util.Collection<T> values) {
        Map<T, Long> counts = new java.util.TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    static void shell(String command) {
        try {
            int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
            if (exit != 0) {
                Reliability.say("command failed (%d): %s", exit, command);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(command, e);
        }
    }
}

/**
 * e. Mixed traffic (alerts, commands, page loads) for --soak-minutes while every --sample-seconds each replica's heap
 * after a full collection, live threads, database connections and file descriptors are written to a CSV; a
 * least-squares slope per hour shows growth, and growth beyond the samples' own noise fails.
 */
class Soak {

    static final String[] METRICS = {"heap_after_gc_kb", "threads", "db_connections", "fds"};
    /** Growth over the run below these is noise whatever the fit says (KB, threads, connections, descriptors). */
    static final double[] FLOORS = {16 * 1024, 5, 3, 20};

    final Reliability b;
    final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();

    Soak(Reliability bench) {
        this.b = bench;
    }

    void run() throws Exception {
        int minutes = Integer.parseInt(b.opt.getOrDefault("soak-minutes", "30"));
        int every = Integer.parseInt(b.opt.getOrDefault("sample-seconds", "30"));
        System.out.printf("e. soak: %d min of mixed traffic through HAProxy, samples every %d s%n", minutes, every);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(b.openIncident("Soak " + b.run + " " + i));
        }
        String cookie = login();
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread traffic = new Thread(() -> {
            try {
                Reliability.parallel(2, () -> mixedTraffic(keys, cookie, stop));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        traffic.start();
        List<String> csv = new ArrayList<>(List.of("seconds,replica," + String.join(",", METRICS)));
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            double t = (System.nanoTime() - start) / 1e9;
            for (String replica : List.of("1", "2")) {
                long[] values = sample(Long.parseLong(b.opt.get("pid" + replica)), "warroom-" + replica);
                csv.add(String.format("%.0f,warroom-%s,%d,%d,%d,%d", t, replica, values[0], values[1], values[2],
                        values[3]));
                samples.computeIfAbsent("warroom-" + replica, r -> new ArrayList<>())
                        .add(new double[] {t, values[0], values[1], values[2], values[3]});
            }
            Thread.sleep(Math.max(0, Math.min(every * 1000L, (end - System.nanoTime()) / 1_000_000)));
        }
        stop.set(true);
        traffic.join();
        Path file = Path.of(b.opt.getOrDefault("csv", "bench/results/soak-" + b.run + ".csv"));
        Reliability.writeLines(file, csv);
        Reliability.say("%d requests, %d not 2xx; samples in %s", requests.get(), failed.get(), file);
        b.check(failed.get() <= requests.get() / 100, "at most 1% of the soak's requests failed (" + failed.get() + ")");
        System.out.println("  | replica | metric | first | last | slope per hour | noise | verdict |");
        System.out.println("  |---|---|---|---|---|---|---|");
        for (var replica : samples.entrySet()) {
            // The first sample is taken while the traffic warms up; left out when there are enough others.
            List<double[]> rows = replica.getValue().size() >= 6 ? replica.getValue().subList(1, replica.getValue().size())
                    : replica.getValue();
            for (int m = 0; m < METRICS.length; m++) {
                verdict(replica.getKey(), m, rows);
            }
        }
    }

    void verdict(String replica, int metric, List<double[]> rows) {
        int n = rows.size();
        double meanT = rows.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double meanY = rows.stream().mapToDouble(r -> r[metric + 1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] r : rows) {
            sxy += (r[0] - meanT) * (r[metric + 1] - meanY);
            sxx += (r[0] - meanT) * (r[0] - meanT);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double residual = 0;
        for (double[] r : rows) {
            double fit = meanY + slope * (r[0] - meanT);
            residual += Math.pow(r[metric + 1] - fit, 2);
        }
        double noise = n > 2 ? Math.sqrt(residual / (n - 2)) : 0;
        double span = n > 1 ? rows.get(n - 1)[0] - rows.get(0)[0] : 0;
        double growth = slope * span;
        boolean grows = n >= 3 && growth > Math.max(3 * noise, FLOORS[metric]);
        System.out.printf("  | %s | %s | %.0f | %.0f | %+.0f | %.0f | %s |%n", replica, METRICS[metric],
                rows.get(0)[metric + 1], rows.get(n - 1)[metric + 1], slope * 3600, noise, grows ? "GROWS" : "flat");
        if (grows) {
            b.failures.add(replica + " " + METRICS[metric] + " grows " + String.format("%+.0f", slope * 3600) + "/h");
        }
    }

    /** Heap used after a full collection (KB), live threads, open database connections, file descriptors. */
    long[] sample(long pid, String applicationName) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String heap = run("jcmd", Long.toString(pid), "GC.heap_info");
        long used = 0;
        // Serial collector: "def new generation total …K, used …K" and "tenured generation total …K, used …K".
        Matcher m = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K").matcher(heap);
        while (m.find()) {
            used += Long.parseLong(m.group(1));
        }
        long threads = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("Threads:")).mapToLong(l -> Long.parseLong(l.split("\\s+")[1])).findFirst()
                .orElse(-1);
        long fds;
        try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds = list.count();
        }
        long connections = b.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + applicationName + "'");
        return new long[] {used, threads, connections, fds};
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** About five requests a second per client: alerts (a few incidents), notes, the incident pages and the API. */
    void mixedTraffic(List<String> keys, String cookie, java.util.concurrent.atomic.AtomicBoolean stop)
            throws InterruptedException {
        String lb = b.opt.get("lb");
        java.util.Random random = new java.util.Random();
        while (!stop.get()) {
            int n = (int) requests.incrementAndGet();
            String key = keys.get(n % keys.size());
            Reliability.Answer answer = switch (n % 5) {
                case 0 -> b.alert(lb, "Soak alert " + b.run + " " + random.nextInt(20), "e-" + b.run + "-fp-"
                        + random.nextInt(20), "e-" + b.run + "-req-" + n);
                case 1 -> b.command(lb, key, "note soak " + n);
                case 2 -> b.send(lb, "GET", "/incidents/" + key, null, null, Duration.ofSeconds(30), "Cookie", cookie);
                case 3 -> b.send(lb, "GET", "/incidents/" + key + "/timeline?after=0", null, null,
                        Duration.ofSeconds(30), "Cookie", cookie, "Accept", "application/json");
                default -> b.send(lb, "GET", "/api/incidents?limit=50", null, b.opt.get("api-token"),
                        Duration.ofSeconds(30));
            };
            if (!answer.ok()) {
                if (failed.incrementAndGet() <= 5) {
                    Reliability.say("soak request failed: %d %s", answer.status(), Reliability.clip(answer.body()));
                }
            }
            Thread.sleep(200);
        }
    }

    /** Logs in as admin through the login form, as a browser does; returns the session cookie. */
    String login() {
        String lb = b.opt.get("lb");
        Reliability.Answer form = b.send(lb, "GET", "/login", null, null, Duration.ofSeconds(30));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form: " + form.status());
        }
        String body = "username=admin&password=" + java.net.URLEncoder.encode(b.opt.get("admin-password"),
                StandardCharsets.UTF_8) + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + "&next=%2F";
        Reliability.Answer login = b.send(lb, "POST", "/login", body, null, Duration.ofSeconds(30), "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", form.cookies());
        if (login.status() != 303 || !login.cookies().contains("warroom_session=")) {
            throw new IllegalStateException("login as admin failed: " + login.status() + " " + login.body());
        }
        return login.cookies();
    }
}
