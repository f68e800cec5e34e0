import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slash-command load over Socket Mode for bench/slack-socket.sh: a Socket Mode server on 127.0.0.1 that Warroom
 * connects to (apps.connections.open on bench/SlackLoad.java's fake Web API hands out its URL), then that many
 * clients send {@code slash_commands} envelopes (open, status, note, list) and the time from sending each envelope
 * to its acknowledgement is recorded. Runs with Java-WebSocket on the class path (the packaged app's jar).
 *
 * <p>{@code java -cp target/warroom-runner.jar bench/SlackSocketLoad.java --port-file=F --api-port-file=G
 * [--clients=50] [--seconds=20] [--warmup-seconds=5] [--open-share=0.1] [--pause-ms=2000]}. Prints a Markdown table;
 * exits 2 when p99 misses 300 ms or an envelope went unacknowledged.
 */
public class SlackSocketLoad {

    static final double P99_TARGET_MS = 300;
    static final Pattern OPENED = Pattern.compile("Opened (INC-\\d+)");
    static final Pattern ENVELOPE_ID = Pattern.compile("\"envelope_id\":\"([^\"]+)\"");

    record Sample(String verb, long nanos) {
    }

    static final Map<String, CompletableFuture<String>> PENDING = new ConcurrentHashMap<>();
    static final CountDownLatch CONNECTED = new CountDownLatch(1);
    static volatile WebSocket connection;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        WebSocketServer server = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket socket, ClientHandshake handshake) {
                connection = socket;
                socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-bench\"},"
                        + "\"connection_info\":{\"app_id\":\"A0WARROOM1\"}}");
                CONNECTED.countDown();
            }

            @Override
            public void onMessage(WebSocket socket, String message) {
                Matcher id = ENVELOPE_ID.matcher(message);
                if (id.find()) {
                    CompletableFuture<String> waiting = PENDING.remove(id.group(1));
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                }
            }

            @Override
            public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            }

            @Override
            public void onError(WebSocket socket, Exception ex) {
            }

            @Override
            public void onStart() {
            }
        };
        server.setDaemon(true);
        server.setTcpNoDelay(true); // as a real server would: envelopes are small and latency is measured
        server.start();
        while (server.getPort() <= 0) {
            Thread.sleep(10);
        }
        Path portFile = Path.of(opts.get("port-file"));
        Files.writeString(Path.of(portFile + ".tmp"), String.valueOf(server.getPort()));
        Files.move(Path.of(portFile + ".tmp"), portFile);
        System.err.println("[bench] fake Socket Mode server on port " + server.getPort());
        if (!CONNECTED.await(120, TimeUnit.SECONDS)) {
            System.err.println("[bench] Warroom did not connect over Socket Mode within 120 s");
            System.exit(1);
        }
        int code = load(opts);
        server.stop(1000);
        System.exit(code);
    }

    static int load(Map<String, String> opts) throws Exception {
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup-seconds", "5"));
        double openShare = Double.parseDouble(opts.getOrDefault("open-share", "0.1"));
        long pauseMs = Long.parseLong(opts.getOrDefault("pause-ms", "2000"));
        List<String> opened = new CopyOnWriteArrayList<>();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        System.err.printf("[bench] %d clients over Socket Mode, %d s warm-up, %d s measured, pauses of 0-%d ms, "
                + "%.0f%% open%n", clients, warmup, seconds, 2 * pauseMs, openShare * 100);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (pauseMs > 0) {
                        Thread.sleep(random.nextLong(2 * pauseMs + 1));
                    }
                    String verb;
                    String text;
                    if (opened.isEmpty() || random.nextDouble() < openShare) {
                        verb = "open";
                        text = "open Bench " + client + "-" + (n++) + " checkout latency sev:" + (1 + random.nextInt(4))
                                + " service:checkout";
                    } else {
                        String key = opened.get(random.nextInt(opened.size()));
                        int pick = random.nextInt(3);
                        verb = pick == 0 ? "status" : pick == 1 ? "note" : "list";
                        text = pick == 0 ? "status " + key : pick == 1 ? "note " + key + " bench note from client "
                                + client : "list";
                    }
                    String id = UUID.randomUUID().toString();
                    CompletableFuture<String> ack = new CompletableFuture<>();
                    PENDING.put(id, ack);
                    long sent = System.nanoTime();
                    connection.send(envelope(id, text, client));
                    try {
                        String answer = ack.get(10, TimeUnit.SECONDS);
                        long took = System.nanoTime() - sent;
                        if (verb.equals("open")) {
                            Matcher key = OPENED.matcher(answer);
                            if (key.find()) {
                                opened.add(key.group(1));
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                        if (sent >= measureFrom) {
                            samples.add(new Sample(verb, took));
                        }
                    } catch (TimeoutException unacknowledged) {
                        PENDING.remove(id);
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + warmup + 60, TimeUnit.SECONDS);
        String api = "http://127.0.0.1:" + Files.readString(Path.of(opts.get("api-port-file"))).strip();
        String stats = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api + "/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        System.out.printf(Locale.ROOT, "Load over Socket Mode: %d clients, each pausing 0-%d ms between commands, "
                + "%.0f%% `open`; machine load average %s%n%n", clients, 2 * pauseMs, openShare * 100,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.printf(Locale.ROOT, "| Slack slash commands over Socket Mode, %d clients, %d s | acks | per s "
                + "| p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|%n", clients, seconds);
        double p99 = row("all commands", new ArrayList<>(samples), seconds);
        for (String verb : List.of("open", "status", "note", "list")) {
            row("`" + verb + "`", samples.stream().filter(s -> s.verb().equals(verb)).toList(), seconds);
        }
        boolean met = p99 <= P99_TARGET_MS && failures.get() == 0;
        System.out.printf(Locale.ROOT, "%nUnacknowledged envelopes or failed opens: %d. Incidents opened: %d. Fake "
                + "Web API calls: %s%nTarget: envelope → acknowledgement p99 ≤ %.0f ms → %s%n", failures.get(),
                opened.size(), stats, P99_TARGET_MS, met ? "met" : "MISSED");
        return met ? 0 : 2;
    }

    static String envelope(String id, String text, int client) {
        String payload = "{\"token\":\"bench\",\"team_id\":\"T0BENCH001\",\"team_domain\":\"bench\","
                + "\"channel_id\":\"C0GENERAL1\",\"channel_name\":\"general\",\"user_id\":\"U0BENCH"
                + String.format("%03d", client) + "\",\"user_name\":\"bench" + client + "\",\"command\":\"/incident\","
                + "\"text\":\"" + text + "\",\"api_app_id\":\"A0WARROOM1\","
                + "\"response_url\":\"https://hooks.slack.com/commands/T0BENCH001/1/bench\",\"trigger_id\":\""
                + client + "." + System.nanoTime() + "\"}";
        return "{\"envelope_id\":\"" + id + "\",\"payload\":" + payload + ",\"type\":\"slash_commands\","
                + "\"accepts_response_payload\":true}";
    }

    static double row(String label, List<Sample> samples, int seconds) {
        if (samples.isEmpty()) {
            return 0;
        }
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        double p99 = percentile(nanos, 0.99);
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", label, nanos.length,
                nanos.length / (double) seconds, percentile(nanos, 0.50), percentile(nanos, 0.95), p99,
                nanos[nanos.length - 1] / 1e6);
        return p99;
    }

    static double percentile(long[] sortedNanos, double q) {
        int index = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }
}
