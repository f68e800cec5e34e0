import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slash-command load for bench/slack.sh, JDK only, in two modes.
 *
 * <p>{@code java bench/SlackLoad.java serve --port-file=F}: a minimal Slack Web API on 127.0.0.1 (auth.test,
 * conversations.create/setTopic/invite, chat.postMessage/update, pins.add, users.info, views.open…) for Warroom's
 * SLACK_API_URL, so the rooms that {@code open} creates are really created; GET /stats counts the calls. With
 * {@code --socket-url=ws://…} its apps.connections.open hands out that Socket Mode URL (bench/slack-socket.sh).
 *
 * <p>{@code java bench/SlackLoad.java load --url=http://127.0.0.1:PORT --secret=S --api=http://127.0.0.1:FAKE
 * [--clients=50] [--seconds=20] [--warmup-seconds=5] [--open-share=0.1] [--pause-ms=2000]}: that many clients send
 * signed {@code /incident} commands (open, status, note, list) to POST /slack/events, each pausing a random 0 to
 * 2 × pause-ms between its commands (people type; 0 sends back to back), and the latency of each HTTP answer is
 * recorded. Prints a Markdown table; exits 2 when p99 misses the target.
 */
public class SlackLoad {

    static final double P99_TARGET_MS = 300;
    static final Pattern OPENED = Pattern.compile("Opened (INC-\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (args.length > 0 && args[0].equals("serve")) {
            serve(Path.of(opts.get("port-file")), opts.get("socket-url"));
        } else if (args.length > 0 && args[0].equals("load")) {
            System.exit(load(opts));
        } else {
            System.err.println("usage: java bench/SlackLoad.java serve --port-file=F | load --url=… --secret=… "
                    + "--api=…");
            System.exit(1);
        }
    }

    // ---- The fake Web API ------------------------------------------------------------------------------------------

    static void serve(Path portFile, String socketUrl) throws IOException {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        AtomicLong ids = new AtomicLong(1000);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/", exchange -> {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            long id = ids.incrementAndGet();
            String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", id % 1_000_000);
            String answer = switch (method) {
                case "auth.test" -> "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\","
                        + "\"user\":\"warroom\",\"team_id\":\"T0BENCH001\",\"user_id\":\"U0WARROOM1\","
                        + "\"bot_id\":\"B0WARROOM1\"}";
                case "conversations.create" -> "{\"ok\":true,\"channel\":{\"id\":\"C" + id + "\",\"name\":\""
                        + param(body, "name") + "\",\"is_channel\":true,\"created\":" + Instant.now().getEpochSecond()
                        + "}}";
                case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"" + ts
                        + "\",\"message\":{\"type\":\"message\",\"ts\":\"" + ts + "\",\"text\":\"\"}}";
                case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + id + "\"}}";
                case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"bench\",\"real_name\":\"Bench\","
                        + "\"profile\":{\"display_name\":\"bench\",\"real_name\":\"Bench\"}}}";
                case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V" + id + "\"}}";
                case "apps.connections.open" -> socketUrl == null ? "{\"ok\":false,\"error\":\"invalid_auth\"}"
                        : "{\"ok\":true,\"url\":\"" + socketUrl + "?ticket=" + id + "&app_id=A0WARROOM1\"}";
                default -> "{\"ok\":true}";
            };
            respond(exchange, answer);
        });
        server.createContext("/stats", exchange -> respond(exchange, calls.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue().get()).collect(Collectors.joining(",", "{", "}"))));
        server.start();
        Path partial = Path.of(portFile + ".tmp");
        Files.writeString(partial, String.valueOf(server.getAddress().getPort()));
        Files.move(partial, portFile);
        System.err.println("[bench] fake Slack Web API on port " + server.getAddress().getPort());
    }

    static String param(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    // ---- The load ----------------------------------------------------------------------------------------------------

    record Sample(String verb, long nanos, int status) {
    }

    static int load(Map<String, String> opts) throws Exception {
        String url = opts.get("url") + "/slack/events";
        String secret = opts.get("secret");
        String api = opts.get("api");
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup-seconds", "5"));
        double openShare = Double.parseDouble(opts.getOrDefault("open-share", "0.1"));
        long pauseMs = Long.parseLong(opts.getOrDefault("pause-ms", "2000"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        List<String> opened = new CopyOnWriteArrayList<>();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        System.err.printf("[bench] %d clients, %d s warm-up, %d s measured, pauses of 0-%d ms, %.0f%% open%n",
                clients, warmup, seconds, 2 * pauseMs, openShare * 100);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (pauseMs > 0) {
                        try {
                            Thread.sleep(random.nextLong(2 * pauseMs + 1));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        }
                    }
                    String verb;
                    String text;
                    if (opened.isEmpty() || random.nextDouble() < openShare) {
                        verb = "open";
                        text = "open Bench " + client + "-" + (n++) + " checkout latency sev:" + (1 + random.nextInt(4))
                                + " service:checkout";
                    } else {
                        String key = opened.get(random.nextInt(opened.size()));
                        switch (random.nextInt(3)) {
                            case 0 -> {
                                verb = "status";
                                text = "status " + key;
                            }
                            case 1 -> {
                                verb = "note";
                                text = "note " + key + " bench note from client " + client;
                            }
                            default -> {
                                verb = "list";
                                text = "list";
                            }
                        }
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(signed(url, secret, command(text, client)),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        if (verb.equals("open")) {
                            Matcher key = OPENED.matcher(response.body());
                            if (key.find()) {
                                opened.add(key.group(1));
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                        if (sent >= measureFrom) {
                            samples.add(new Sample(verb, took, response.statusCode()));
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + warmup + 60, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(3000);
        String stats = http.send(HttpRequest.newBuilder(URI.create(api + "/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        System.out.printf(Locale.ROOT, "Load: %d clients, each pausing 0-%d ms between commands, %.0f%% `open`; "
                + "machine load average %s%n%n", clients, 2 * pauseMs, openShare * 100,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return report(samples, failures.get(), seconds, clients, opened.size(), stats);
    }

    static Map<String, String> command(String text, int client) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "bench");
        form.put("team_id", "T0BENCH001");
        form.put("team_domain", "bench");
        form.put("channel_id", "C0GENERAL1");
        form.put("channel_name", "general");
        form.put("user_id", "U0BENCH" + String.format("%03d", client));
        form.put("user_name", "bench" + client);
        form.put("command", "/incident");
        form.put("text", text);
        form.put("api_app_id", "A0WARROOM1");
        form.put("response_url", "https://hooks.slack.com/commands/T0BENCH001/1/bench");
        form.put("trigger_id", client + "." + System.nanoTime());
        return form;
    }

    static HttpRequest signed(String url, String secret, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static int report(List<Sample> samples, int failures, int seconds, int clients, int opened, String stats) {
        List<Sample> all = new ArrayList<>(samples);
        System.out.printf(Locale.ROOT, "| Slack slash commands, %d clients, %d s | answers | per s | p50 ms | p95 ms "
                + "| p99 ms | max ms |%n|---|---|---|---|---|---|---|%n", clients, seconds);
        double p99 = row("all commands", all, seconds);
        for (String verb : List.of("open", "status", "note", "list")) {
            row("`" + verb + "`", all.stream().filter(s -> s.verb().equals(verb)).toList(), seconds);
        }
        System.out.printf(Locale.ROOT, "%nFailed or non-200 answers: %d. Incidents opened: %d. Fake Web API calls: %s"
                + "%nTarget: p99 ≤ %.0f ms → %s%n", failures, opened, stats, P99_TARGET_MS,
                p99 <= P99_TARGET_MS && failures == 0 ? "met" : "MISSED");
        return p99 <= P99_TARGET_MS && failures == 0 ? 0 : 2;
    }

    static double row(String label, List<Sample> samples, int seconds) {
        if (samples.isEmpty()) {
            return 0;
        }
        long[] millis = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        double p99 = percentile(millis, 0.99);
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", label, millis.length,
                millis.length / (double) seconds, percentile(millis, 0.50), percentile(millis, 0.95), p99,
                millis[millis.length - 1] / 1e6);
        return p99;
    }

    static double percentile(long[] sortedNanos, double q) {
        int index = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return opts;
    }
}
