package io.warroom.support.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.warroom.support.LogFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Slack Web API for tests on 127.0.0.1 and a random port, speaking the documented method shapes (form-encoded or
 * JSON bodies in, {@code {"ok":true,…}} out) for one workspace, Acme, with #general, #announcements and #alerts and
 * two people, Ana and Bo. It records every call, keeps channels, messages, pins and uploaded files, and can be told
 * to answer 429 with Retry-After, 5xx, or an {@code ok:false} error. Start it with {@link FakeSlackResource}.
 */
public final class FakeSlack implements AutoCloseable {

    /** Shaped like a bot token; tests check it never shows up in logs. */
    public static final String TOKEN = "xoxb-1000000000-2000000000-warroomfakebottokendonotlog";
    /** Shaped like an app-level token (Socket Mode); tests check it never shows up in logs either. */
    public static final String APP_TOKEN = "xapp-1-A0WARROOM1-3000000000-warroomfakeapptokendonotlog";
    public static final String SIGNING_SECRET = "0123456789abcdef-fake-signing-secret";
    public static final String TEAM_ID = "T0ACME0001";
    public static final String BOT_USER_ID = "U0WARROOM1";
    public static final String BOT_ID = "B0WARROOM1";
    public static final String ANA = "U0ANA00001";
    public static final String BO = "U0BO000001";
    public static final String GENERAL = "C0GENERAL1";
    public static final String ANNOUNCEMENTS = "C0ANNOUNCE";
    public static final String ALERTS = "C0ALERTS01";

    /** A scripted HTTP failure: answered to the next calls while it lasts. */
    private record Outage(int status, Integer retryAfterSeconds, int[] remaining, Instant until) {
        boolean active(Instant now) {
            return until != null ? now.isBefore(until) : remaining[0] > 0;
        }
    }

    /** How long tests wait for Warroom's deliveries; generous, as retries back off and the machine may be busy. */
    private static final Duration AWAIT = Duration.ofSeconds(45);

    private record ScriptedError(String method, String error) {
    }

    /** A scripted HTTP failure of the next call of one method whose parameters match. */
    private record ScriptedStatus(String method, Predicate<Map<String, String>> matching, int status,
            Integer retryAfterSeconds) {
    }

    /** The next call of one method whose parameters match is carried out, but its answer is lost. */
    private record LostAnswer(String method, Predicate<Map<String, String>> matching) {
    }

    private final HttpServer server;
    final FakeSlackState state = new FakeSlackState(this);
    private final FakeSlackMethods methods = new FakeSlackMethods(state);
    private final List<SlackCall> calls = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Outage> outages = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<ScriptedError> errors = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<ScriptedStatus> statuses = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<LostAnswer> lostAnswers = new ConcurrentLinkedDeque<>();
    private volatile boolean tokenAccepted = true;
    private volatile boolean appTokenAccepted = true;
    private volatile FakeSlackRateLimits rateLimits;
    volatile FakeSlackSocket socket;
    volatile LogFile logFile;

    private FakeSlack(HttpServer server) {
        this.server = server;
    }

    public static FakeSlack start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeSlack slack = new FakeSlack(server);
            server.createContext("/api/", slack::handleMethod);
            server.createContext("/upload/", slack::handleUpload);
            server.createContext("/_fake/calls", exchange -> FakeSlackRecording.serve(exchange, slack.calls()));
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "fake-slack");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return slack;
        } catch (IOException e) {
            throw new IllegalStateException("fake Slack did not start", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        if (socket != null) {
            socket.close();
        }
    }

    // ---- Where it is and how Warroom is configured for it -------------------------------------------------------

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String uploadUrl(String fileId) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId;
    }

    /** Warroom's settings for this fake: token, signing secret, Web API URL, #announcements and #alerts. */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("slack.bot-token", TOKEN);
        config.put("slack.signing-secret", SIGNING_SECRET);
        config.put("slack.api-url", apiUrl());
        config.put("slack.announce-channel", ANNOUNCEMENTS);
        config.put("slack.alert-channel", "#alerts");
        return config;
    }

    /** Warroom's log while it runs against this fake (set by {@link FakeSlackResource}). */
    public LogFile log() {
        return logFile;
    }

    // ---- Scripting ------------------------------------------------------------------------------------------------

    /** The next {@code times} Web API calls, whatever the method, get this HTTP status (429: with Retry-After). */
    public void failNext(int times, int status, Integer retryAfterSeconds) {
        outages.add(new Outage(status, retryAfterSeconds, new int[] {times}, null));
    }

    /** Every Web API call for this long gets this HTTP status: Slack is down. */
    public void failFor(Duration duration, int status, Integer retryAfterSeconds) {
        outages.add(new Outage(status, retryAfterSeconds, new int[] {0}, Instant.now().plus(duration)));
    }

    /** For this long every Web API call is answered 503, as when Slack is down. */
    public void outage(Duration duration) {
        failFor(duration, 503, null);
    }

    /** The next call of this method answers {@code {"ok":false,"error":error}}. */
    public void failNext(String method, String error) {
        errors.add(new ScriptedError(method, error));
    }

    /** The next call of this method whose parameters match gets this HTTP status and an HTML error page. */
    public void failNext(String method, Predicate<Map<String, String>> matching, int status) {
        statuses.add(new ScriptedStatus(method, matching, status, null));
    }

    /** The next call of this method whose parameters match is answered 429 ratelimited with this Retry-After. */
    public void rateLimitNext(String method, Predicate<Map<String, String>> matching, int retryAfterSeconds) {
        statuses.add(new ScriptedStatus(method, matching, 429, retryAfterSeconds));
    }

    /**
     * The next call of this method whose parameters match is carried out (a post is made) but answered HTTP 500, as
     * when the answer is lost after Slack took the call: a timeout, a cut connection, a gateway error.
     */
    public void loseAnswerNext(String method, Predicate<Map<String, String>> matching) {
        lostAnswers.add(new LostAnswer(method, matching));
    }

    /** From now on calls over Slack's documented rate limits are answered 429 with Retry-After. */
    public void enforceDocumentedRateLimits() {
        rateLimits = new FakeSlackRateLimits();
    }

    /** Every call answers invalid_auth, as Slack does for a revoked or mistyped token. */
    public void rejectToken() {
        tokenAccepted = false;
    }

    /** apps.connections.open answers invalid_auth, as Slack does for a revoked app-level token. */
    public void rejectAppToken() {
        appTokenAccepted = false;
    }

    /** The Socket Mode server behind apps.connections.open (started with init arg {@code socket}). */
    public FakeSlackSocket socket() {
        return socket;
    }

    /** Adds a channel someone else made (say, one already named like an incident room); returns its id. */
    public String addChannel(String name) {
        return state.addChannel(name, ANA).id;
    }

    /** A channel Warroom's bot created (as an opening that died before recording it leaves behind); returns its id. */
    public String addBotChannel(String name) {
        return state.addChannel(name, BOT_USER_ID).id;
    }

    /** A message a person wrote, for conversations.history and pins; returns its ts. */
    public String addMessage(String channelId, String userId, String text) {
        return state.post(channelId, userId, text, null, null).ts;
    }

    /** Someone deletes a message; a pin of it goes with it, as in Slack. */
    public void deleteMessage(String channelId, String ts) {
        state.delete(channelId, ts);
    }

    public String addUser(String id, String name, String realName) {
        state.users.put(id, new FakeSlackState.User(id, name, realName));
        return id;
    }

    // ---- What happened --------------------------------------------------------------------------------------------

    public List<SlackCall> calls() {
        return List.copyOf(calls);
    }

    public List<SlackCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls of the method Slack answered with HTTP 200 and a matching parameter set. */
    public List<SlackCall> calls(String method, Predicate<SlackCall> matching) {
        return calls(method).stream().filter(SlackCall::answered).filter(matching).toList();
    }

    public SlackCall awaitCall(String method, Predicate<SlackCall> matching) {
        return await("a " + method + " call", () -> calls(method, matching).stream().findFirst().orElse(null));
    }

    public FakeSlackState.Channel channel(String id) {
        return state.channels.get(id);
    }

    public Optional<FakeSlackState.Channel> channelNamed(String name) {
        return state.channels.values().stream().filter(c -> c.name.equals(name)).findFirst();
    }

    public FakeSlackState.Channel awaitChannelNamed(String name) {
        return await("channel #" + name, () -> channelNamed(name).orElse(null));
    }

    public List<FakeSlackState.Channel> channels() {
        return List.copyOf(state.channels.values());
    }

    /** The channel's messages, oldest first. */
    public List<SlackMessage> messages(String channelId) {
        return state.messages(channelId);
    }

    public SlackMessage message(String channelId, String ts) {
        return state.find(channelId, ts);
    }

    public SlackMessage awaitMessage(String channelId, String what, Predicate<SlackMessage> matching) {
        return await(what + " in " + channelId, () -> messages(channelId).stream().filter(matching).findFirst()
                .orElse(null));
    }

    /** Waits for a message with exactly this text. */
    public SlackMessage awaitText(String channelId, String text) {
        return awaitMessage(channelId, "\"" + text + "\"", m -> text.equals(m.text()));
    }

    public List<String> pinned(String channelId) {
        return state.pins.getOrDefault(channelId, List.of());
    }

    public FakeSlackState.UploadedFile file(String fileId) {
        return state.files.get(fileId);
    }

    public List<FakeSlackState.UploadedFile> files() {
        return List.copyOf(state.files.values());
    }

    /** Polls until found gives something, or fails naming what was awaited. */
    public static <T> T await(String what, java.util.function.Supplier<T> found) {
        return io.warroom.support.Eventually.present(what, found, AWAIT);
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    private void handleMethod(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = FakeSlackWire.params(exchange, body);
        Instant now = Instant.now();
        Outage outage = outage(now);
        if (outage != null) {
            calls.add(new SlackCall(method, params, now, outage.status()));
            if (outage.retryAfterSeconds() != null) {
                exchange.getResponseHeaders().add("Retry-After", outage.retryAfterSeconds().toString());
            }
            FakeSlackWire.respond(exchange, outage.status(), outage.status() == 429
                    ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "<html><body>Slack is having trouble</body></html>");
            return;
        }
        for (ScriptedStatus scripted : statuses) {
            if (scripted.method().equals(method) && scripted.matching().test(params) && statuses.remove(scripted)) {
                calls.add(new SlackCall(method, params, now, scripted.status()));
                if (scripted.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().add("Retry-After", scripted.retryAfterSeconds().toString());
                }
                FakeSlackWire.respond(exchange, scripted.status(), scripted.status() == 429
                        ? "{\"ok\":false,\"error\":\"ratelimited\"}"
                        : "<html><body>Slack is having trouble</body></html>");
                return;
            }
        }
        Integer retryAfter = rateLimits == null ? null : rateLimits.retryAfter(method, params);
        if (retryAfter != null) {
            calls.add(new SlackCall(method, params, now, 429));
            exchange.getResponseHeaders().add("Retry-After", retryAfter.toString());
            FakeSlackWire.respond(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        for (LostAnswer lost : lostAnswers) {
            if (lost.method().equals(method) && lost.matching().test(params) && lostAnswers.remove(lost)) {
                answer(method, params, authorization);
                calls.add(new SlackCall(method, params, now, 500));
                FakeSlackWire.respond(exchange, 500, "<html><body>upstream timed out</body></html>");
                return;
            }
        }
        calls.add(new SlackCall(method, params, now, 200));
        FakeSlackWire.respond(exchange, 200, answer(method, params, authorization));
    }

    private String answer(String method, Map<String, String> params, String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : params.get("token");
        if (token == null || token.isBlank()) {
            return FakeSlackMethods.error("not_authed");
        }
        if ("apps.connections.open".equals(method)) {
            return connectionsOpen(token);
        }
        if (!tokenAccepted || !TOKEN.equals(token)) {
            return FakeSlackMethods.error("invalid_auth");
        }
        for (ScriptedError scripted : errors) {
            if (scripted.method().equals(method) && errors.remove(scripted)) {
                return FakeSlackMethods.error(scripted.error());
            }
        }
        return methods.answer(method, params);
    }

    /** Only an app-level token may open a Socket Mode connection, and only for an app with Socket Mode on. */
    private String connectionsOpen(String token) {
        if (token.startsWith("xoxb-") || token.startsWith("xoxp-")) {
            return FakeSlackMethods.error("not_allowed_token_type");
        }
        if (!appTokenAccepted || !APP_TOKEN.equals(token)) {
            return FakeSlackMethods.error("invalid_auth");
        }
        if (socket == null) {
            return FakeSlackMethods.error("socket_mode_not_enabled");
        }
        return "{\"ok\":true,\"url\":\"" + socket.issueUrl() + "\"}";
    }

    private void handleUpload(HttpExchange exchange) throws IOException {
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        calls.add(new SlackCall("upload", Map.of("file_id", fileId, "bytes", String.valueOf(bytes.length)),
                Instant.now(), 200));
        boolean known = state.upload(fileId, bytes);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        byte[] answer = (known ? "OK - " + bytes.length : "unknown upload").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(known ? 200 : 404, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private Outage outage(Instant now) {
        for (Outage outage : outages) {
            if (!outage.active(now)) {
                outages.remove(outage);
                continue;
            }
            if (outage.until() == null) {
                synchronized (outage) {
                    if (outage.remaining()[0] <= 0) {
                        continue;
                    }
                    outage.remaining()[0]--;
                }
            }
            return outage;
        }
        return null;
    }
}
