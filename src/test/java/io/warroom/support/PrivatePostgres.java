package io.warroom.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary directory, run as the {@code postgres} OS user, on a
 * free port, trust authentication), so a test may stop and start it without touching a shared server.
 */
public final class PrivatePostgres implements AutoCloseable {

    /** Where Debian puts PostgreSQL 15's programs (CI installs it there). */
    private static final Path BIN = Path.of(System.getenv().getOrDefault("WARROOM_PG_BIN",
            "/usr/lib/postgresql/15/bin"));

    private final Path dataDir;
    private final int port;

    private PrivatePostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Makes and starts a cluster; skips the calling test where initdb or su is missing. */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(Path.of("/bin/su")),
                "needs PostgreSQL's initdb at " + BIN + " and su, to run a PostgreSQL cluster of its own");
        Path dir = Files.createTempDirectory("warroom-pg");
        run("chown", "postgres", dir.toString());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrivatePostgres cluster = new PrivatePostgres(dir.resolve("data"), port);
        cluster.asPostgres(BIN.resolve("initdb") + " -D " + cluster.dataDir + " -A trust -U postgres");
        cluster.startServer();
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server the quick way ("fast": sessions are ended, nothing is lost). */
    public void stopServer() throws IOException, InterruptedException {
        asPostgres(BIN.resolve("pg_ctl") + " -D " + dataDir + " -m fast -w stop");
    }

    public void startServer() throws IOException, InterruptedException {
        asPostgres(BIN.resolve("pg_ctl") + " -D " + dataDir + " -w -l " + dataDir.getParent().resolve("server.log")
                + " -o \"-p " + port + " -k " + dataDir.getParent() + " -c listen_addresses=127.0.0.1\" start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            stopServer();
        }
        run("rm", "-rf", dataDir.getParent().toString());
    }

    private void asPostgres(String command) throws IOException, InterruptedException {
        run("su", "postgres", "-c", command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
