package io.warroom.support.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.Recorded;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.SlackCall;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake Slack and Discord for bench/reliability.sh in one process, each behind a {@link ChatCable} that the bench
 * can cut to make the platform unreachable. Prints Warroom's settings as environment lines ({@code SLACK_…=…},
 * {@code DISCORD_…=…}), {@code FAKE_CONTROL=<url>}, then {@code READY}, and serves until its standard input closes.
 * Control, on loopback: {@code POST /_fake/outage?seconds=60} cuts both platforms; {@code GET /_fake/posts} lists the
 * messages the platforms accepted ({@code [{"platform","channel","name","text","at"}]}, oldest first);
 * {@code GET /_fake/channels} the channels ({@code [{"platform","id","name","category"}]}); {@code .tsv} after either gives
 * tab-separated lines in that order (a post's text last, newlines as a backslash and n), for a bench without JSON.
 * With {@code --documented-rate-limits} the fakes enforce the platforms' documented rate limits.
 */
public final class ReliabilityFakes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlack slack;
    private final FakeDiscord discord;
    private final ChatCable slackCable;
    private final ChatCable discordCable;

    private ReliabilityFakes(FakeSlack slack, FakeDiscord discord) throws IOException {
        this.slack = slack;
        this.discord = discord;
        this.slackCable = new ChatCable(URI.create(slack.apiUrl()).getPort());
        this.discordCable = new ChatCable(URI.create(discord.apiUrl()).getPort());
    }

    public static void main(String[] args) throws Exception {
        try (FakeSlack slack = FakeSlack.start(); FakeDiscord discord = FakeDiscord.start()) {
            if (List.of(args).contains("--documented-rate-limits")) {
                slack.enforceDocumentedRateLimits();
                discord.enforceDocumentedRateLimits();
            }
            ReliabilityFakes fakes = new ReliabilityFakes(slack, discord);
            HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            control.createContext("/_fake/", fakes::handle);
            control.start();
            fakes.settings().forEach((key, value) -> System.out.println(key + "=" + value));
            System.out.println("FAKE_CONTROL=http://127.0.0.1:" + control.getAddress().getPort());
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the bench closes our input
            }
            control.stop(0);
            fakes.slackCable.close();
            fakes.discordCable.close();
        }
    }

    /** Warroom's settings, with both platforms reached through their cables. */
    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        String slackDirect = ":" + URI.create(slack.apiUrl()).getPort() + "/";
        String discordDirect = ":" + URI.create(discord.apiUrl()).getPort() + "/";
        slack.config().forEach((key, value) -> settings.put(variable(key),
                value.replace(slackDirect, ":" + slackCable.port() + "/")));
        discord.config().forEach((key, value) -> settings.put(variable(key),
                value.replace(discordDirect, ":" + discordCable.port() + "/")));
        // The fake's 2 s request timeout suits tests; the bench keeps Warroom's default.
        settings.remove("DISCORD_REQUEST_TIMEOUT");
        return settings;
    }

    private static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        try {
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/_fake/outage")) {
                int seconds = Integer.parseInt(query == null ? "" : query.replaceFirst("^seconds=", ""));
                slackCable.cut(Duration.ofSeconds(seconds));
                discordCable.cut(Duration.ofSeconds(seconds));
                respond(exchange, 200, Map.of("outage_seconds", seconds));
            } else if (path.equals("/_fake/posts")) {
                respond(exchange, 200, posts());
            } else if (path.equals("/_fake/posts.tsv")) {
                respondTsv(exchange, posts(), "platform", "channel", "name", "at", "text");
            } else if (path.equals("/_fake/channels")) {
                respond(exchange, 200, channels());
            } else if (path.equals("/_fake/channels.tsv")) {
                respondTsv(exchange, channels(), "platform", "id", "name", "category");
            } else {
                respond(exchange, 404, Map.of("error", "no such control path: " + path));
            }
        } catch (NumberFormatException e) {
            respond(exchange, 400, Map.of("error", "seconds must be a whole number, got " + query));
        }
    }

    private List<Map<String, Object>> posts() {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (SlackCall call : slack.calls("chat.postMessage")) {
            if (call.answered()) {
                String channel = call.param("channel");
                posts.add(post("slack", channel, slackName(channel), call.param("text"), call.at().toEpochMilli()));
            }
        }
        for (Recorded request : discord.requests("POST", "channels/\\d+/messages")) {
            if (request.status() / 100 == 2) {
                String channel = request.path().split("/")[1];
                String name = discord.channel(channel).map(c -> c.getString("name")).orElse(channel);
                posts.add(post("discord", channel, name, discordText(request.json()), request.at().toEpochMilli()));
            }
        }
        posts.sort(java.util.Comparator.comparingLong(p -> (Long) p.get("at")));
        return posts;
    }

    private String slackName(String channel) {
        try {
            return slack.channel(channel).name;
        } catch (RuntimeException | AssertionError e) {
            return channel;
        }
    }

    /** The message's words: its content and its embeds' titles and descriptions. */
    private static String discordText(JsonObject body) {
        StringBuilder text = new StringBuilder(body.getString("content", ""));
        if (body.getJsonArray("embeds") != null) {
            for (Object embed : body.getJsonArray("embeds")) {
                JsonObject e = (JsonObject) embed;
                text.append('\n').append(e.getString("title", "")).append('\n').append(e.getString("description", ""));
            }
        }
        return text.toString();
    }

    private static Map<String, Object> post(String platform, String channel, String name, String text, long at) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("platform", platform);
        post.put("channel", channel);
        post.put("name", name);
        post.put("text", text == null ? "" : text);
        post.put("at", at);
        return post;
    }

    private List<Map<String, Object>> channels() {
        List<Map<String, Object>> channels = new ArrayList<>();
        slack.channels().forEach(c -> channels.add(Map.of("platform", "slack", "id", c.id, "name", c.name,
                "category", false)));
        // Discord rooms may sit in a category (channel type 4), which is no room.
        discord.channels().forEach(c -> channels.add(Map.of("platform", "discord", "id", c.getString("id"),
                "name", c.getString("name"), "category", c.getInteger("type") == 4)));
        return channels;
    }

    private static void respondTsv(HttpExchange exchange, List<Map<String, Object>> rows, String... columns)
            throws IOException {
        StringBuilder tsv = new StringBuilder();
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.length; i++) {
                String value = String.valueOf(row.get(columns[i]));
                tsv.append(i == 0 ? "" : "\t").append(value.replace("\t", " ").replace("\n", "\\n"));
            }
            tsv.append('\n');
        }
        byte[] bytes = tsv.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/tab-separated-values; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
