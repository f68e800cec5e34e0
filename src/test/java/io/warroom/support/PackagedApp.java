package io.warroom.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/warroom-runner.jar) run as a user runs it, without chat tokens, on a data
 * directory that outlives it, so a test can stop or kill it and start it again on the same data and port.
 */
public final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target/warroom-runner.jar");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dataDir;
    private final String apiToken;
    private final String alertsToken;
    private final int port;
    private Process process;
    private Path log;
    private String databaseUrl;
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private String databaseUser;

    private PackagedApp(Path dataDir, String apiToken, String alertsToken, int port) {
        this.dataDir = dataDir;
        this.apiToken = apiToken;
        this.alertsToken = alertsToken;
        this.port = port;
    }

    /** An app on a fresh data directory and a free port; nothing runs until {@link #start()}. */
    public static PackagedApp onFreshData(String name, String apiToken, String alertsToken) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new PackagedApp(Files.createTempDirectory(name), apiToken, alertsToken, socket.getLocalPort());
        }
    }

    /**
     * On PostgreSQL (WARROOM_DB_URL set, as in CI), a new empty database of this name beside the configured one, as a
     * newcomer's first start has; on H2 the fresh data directory already is one.
     */
    public PackagedApp onItsOwnDatabase(String name) throws SQLException {
        String url = System.getenv("WARROOM_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return this;
        }
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("WARROOM_DB_USER", "warroom"),
                System.getenv().getOrDefault("WARROOM_DB_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        databaseUrl = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
        return this;
    }

    /**
     * Environment variables for the app on top of the usual ones, set after the test's own Slack and Discord
     * variables were removed: e.g. DISCORD_* pointing at a fake, or WARROOM_REPLICA_NAME.
     */
    public PackagedApp withEnv(Map<String, String> variables) {
        extraEnv.putAll(variables);
        return this;
    }

    /** The PostgreSQL database WARROOM_DB_URL names (as in CI), if it names one. */
    public static Optional<String> postgresUrl() {
        String url = System.getenv("WARROOM_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:") ? Optional.of(url)
                : Optional.empty();
    }

    /** A connection to that database, as the apps' own user. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("WARROOM_DB_USER", "warroom"),
                System.getenv().getOrDefault("WARROOM_DB_PASSWORD", ""));
    }

    /** Empties a PostgreSQL database the test owns, so the next start migrates it from nothing. */
    public static void emptyDatabase(String url) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    /** Runs on this database (several apps may share one: replicas). */
    public PackagedApp onDatabase(String url) {
        databaseUrl = url;
        return this;
    }

    /** Settings given to the app as system properties (e.g. a fake Slack's slack.api-url and token). */
    public PackagedApp with(Map<String, String> more) {
        settings.putAll(more);
        return this;
    }

    /** On the database at this JDBC URL, as this user with no password (a test's own trust-auth cluster). */
    public PackagedApp onDatabase(String jdbcUrl, String user) {
        databaseUrl = jdbcUrl;
        databaseUser = user;
        return this;
    }

    /** Starts the jar and returns once it answers ready. */
    public void start() throws IOException {
        log = Files.createTempFile("warroom-app", ".log");
        List<String> command = new ArrayList<>(List.of("java"));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("WARROOM_DATA_DIR", dataDir.toString());
        env.put("WARROOM_API_TOKEN", apiToken);
        env.put("WARROOM_ALERTS_TOKEN", alertsToken);
        env.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DISCORD_")
                || name.equals("WARROOM_ADMIN_PASSWORD") || name.equals("WARROOM_PUBLIC_URL"));
        if (databaseUrl != null) {
            env.put("WARROOM_DB_URL", databaseUrl);
        }
        env.putAll(extraEnv);
        if (databaseUser != null) {
            env.put("WARROOM_DB_USER", databaseUser);
            env.remove("WARROOM_DB_PASSWORD");
        }
        env.put("PORT", Integer.toString(port));
        env.put("WARROOM_HOST", "127.0.0.1");
        process = builder.start();
        Eventually.until("Warroom is ready (log: " + log + ")", Duration.ofSeconds(90), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Warroom exited: " + log());
            }
            try {
                return http.send(request("/q/health/ready").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** SIGTERM; whether it stopped within 20 s. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGKILL; whether it died within 20 s. */
    public boolean kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash). */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** What the app logged since its last start. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** POSTs JSON to the REST API with the API token. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, apiToken, json);
    }

    /** POSTs JSON to an alert source with the alert token. */
    public HttpResponse<String> alert(String source, String json) throws IOException, InterruptedException {
        return post("/api/alerts/" + source, alertsToken, json);
    }

    /** GETs a REST API path; it must answer 200. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).header("Authorization", "Bearer " + apiToken)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> post(String path, String token, String json)
            throws IOException, InterruptedException {
        return http.send(request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The address of a path of the running app. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
