import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least a {@code note} can cost on this machine: the HTTP server Warroom runs on (Vert.x, as many event loops),
 * the same bearer check, and on as many worker threads as Warroom's command threads the same PostgreSQL transaction
 * a note makes (the locking select of the incident, the timeline insert returning its id, the commit), with nothing
 * else: no framework, no pool, no reply text. bench/core.sh --db=postgresql runs CoreLoad against it after Warroom,
 * on the database Warroom left, so both tables come from one machine in one state.
 *
 * <p>It answers only what CoreLoad's latency part asks: {@code GET /api/version}; {@code POST /api/incidents}, which
 * hands out the incidents already in the database in turn instead of opening one; and
 * {@code POST /api/incidents/INC-n/commands}.
 *
 * <p>Run with the jar built for PostgreSQL on the class path: {@code java -cp target/warroom-runner.jar
 * bench/BareNoteServer.java --port=… --token=… --jdbc-url=jdbc:postgresql://… --user=… [--password=…]
 * [--threads=16] [--event-loops=4]}
 */
public class BareNoteServer {

    private static final String LOCK = "select * from incident where number = ? for no key update";
    private static final String INSERT = "insert into timeline_entry (incident_number, occurred_at, recorded_at,"
            + " actor_platform, actor_user_id, actor_name, kind, phase, text, link, backfilled, dedup_key)"
            + " values (?, ?, ?, 'API', ?, ?, 'NOTE', 'TRIAGE', ?, null, false, null)";
    private static final Pattern COMMANDS = Pattern.compile("/api/incidents/INC-(\\d+)/commands");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final byte[] expectedAuthorization;
    private final ThreadLocal<Connection> connections;
    private final AtomicLong handedOut = new AtomicLong();

    BareNoteServer(String token, String url, String user, String password) {
        this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        // One connection per worker thread: the least a pool can cost.
        this.connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, user, password);
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
            }
        });
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            opts.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Integer.parseInt(opts.getOrDefault("threads", String.valueOf(Math.min(16, 8 * cores))));
        int eventLoops = Integer.parseInt(opts.getOrDefault("event-loops", String.valueOf(2 * cores)));
        BareNoteServer server = new BareNoteServer(opts.get("token"), opts.get("jdbc-url"), opts.get("user"),
                opts.getOrDefault("password", ""));
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        vertx.createHttpServer().requestHandler(request -> server.handle(request, workers))
                .listen(Integer.parseInt(opts.get("port")), "127.0.0.1").toCompletionStage().toCompletableFuture()
                .get();
        System.err.println("[bare] listening on " + opts.get("port") + " with " + eventLoops + " event loops and "
                + threads + " workers");
    }

    private void handle(HttpServerRequest request, ExecutorService workers) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                authorization.getBytes(StandardCharsets.UTF_8))) {
            request.response().setStatusCode(401).end("{\"error\":\"unauthorized\"}");
            return;
        }
        if (request.path().equals("/api/version")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"version\":\"bare\"}");
            return;
        }
        Context context = Vertx.currentContext();
        request.body().onSuccess(body -> workers.execute(() -> {
            int status;
            String answer;
            try {
                Matcher command = COMMANDS.matcher(request.path());
                if (command.matches()) {
                    Matcher text = TEXT.matcher(body.toString(StandardCharsets.UTF_8));
                    long number = Long.parseLong(command.group(1));
                    note(number, text.find() ? text.group(1) : "");
                    status = 200;
                    answer = "{\"ok\":true,\"incident\":\"INC-" + number + "\",\"text\":\"Noted.\"}";
                } else if (request.path().equals("/api/incidents")) {
                    status = 201;
                    answer = "{\"key\":\"INC-" + nextIncident() + "\"}";
                } else {
                    status = 404;
                    answer = "{\"error\":\"not here\"}";
                }
            } catch (SQLException | RuntimeException e) {
                status = 500;
                answer = "{\"error\":\"" + e.getMessage().replace('"', '\'') + "\"}";
            }
            int finalStatus = status;
            String finalAnswer = answer;
            context.runOnContext(v -> request.response().setStatusCode(finalStatus)
                    .putHeader("Content-Type", "application/json").end(finalAnswer));
        }));
    }

    private void note(long number, String text) throws SQLException {
        Connection connection = connections.get();
        try {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setLong(1, number);
                try (ResultSet incident = lock.executeQuery()) {
                    if (!incident.next()) {
                        throw new SQLException("no incident " + number);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
                OffsetDateTime now = OffsetDateTime.now();
                insert.setLong(1, number);
                insert.setObject(2, now);
                insert.setObject(3, now);
                insert.setString(4, "bench");
                insert.setString(5, "bench");
                insert.setString(6, text);
                insert.executeUpdate();
                try (ResultSet id = insert.getGeneratedKeys()) {
                    id.next();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The incidents already in the database, one after another, round and round. */
    private long nextIncident() throws SQLException {
        Connection connection = connections.get();
        try (Statement select = connection.createStatement();
                ResultSet numbers = select.executeQuery("select number from incident order by number")) {
            long[] all = new long[0];
            int n = 0;
            while (numbers.next()) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, Math.max(16, 2 * n));
                }
                all[n++] = numbers.getLong(1);
            }
            connection.commit();
            if (n == 0) {
                throw new SQLException("the database holds no incident: run Warroom's part first");
            }
            return all[(int) (handedOut.getAndIncrement() % n)];
        }
    }
}
