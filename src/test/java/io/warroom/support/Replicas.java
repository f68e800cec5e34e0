package io.warroom.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.warroom.support.slack.FakeSlack;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two packaged Warroom replicas on one PostgreSQL database (the one WARROOM_DB_URL names, emptied first), both
 * pointed at one fake Slack on loopback in the test JVM, as a load balancer would run them. Discord waits for the
 * gateway lease: a bot token holds one gateway connection, so two replicas connecting at once knock each other off
 * (the fake gateway does as Discord does); once only the holder connects and delivers, FakeDiscord joins here.
 */
public final class Replicas implements AutoCloseable {

    public static final String API_TOKEN = "replicas-test-token";
    public static final String ALERTS_TOKEN = "replicas-alerts-token";

    public final FakeSlack slack;
    public final PackagedApp a;
    public final PackagedApp b;
    private final String databaseUrl;

    private Replicas(FakeSlack slack, PackagedApp a, PackagedApp b, String databaseUrl) {
        this.slack = slack;
        this.a = a;
        this.b = b;
        this.databaseUrl = databaseUrl;
    }

    /** Skips the test on H2: an H2 file is open in one process only, so two replicas need PostgreSQL. */
    public static Replicas start(String name, Map<String, String> settings) throws IOException, SQLException {
        assumeTrue(PackagedApp.postgresUrl().isPresent(), "Two replicas share one database, which needs PostgreSQL"
                + " (WARROOM_DB_URL=jdbc:postgresql:…; CI runs it there): an H2 file is open in one process only.");
        String url = PackagedApp.postgresUrl().get();
        PackagedApp.emptyDatabase(url);
        FakeSlack slack = FakeSlack.start();
        Map<String, String> config = new LinkedHashMap<>(slack.config());
        config.putAll(settings);
        PackagedApp a = PackagedApp.onFreshData(name + "-a", API_TOKEN, ALERTS_TOKEN).onDatabase(url).with(config);
        PackagedApp b = PackagedApp.onFreshData(name + "-b", API_TOKEN, ALERTS_TOKEN).onDatabase(url).with(config);
        Replicas replicas = new Replicas(slack, a, b, url);
        try {
            // One after the other: the first migrates the empty database.
            a.start();
            b.start();
        } catch (IOException | RuntimeException | Error e) {
            replicas.close();
            throw e;
        }
        return replicas;
    }

    /** Rows of a query on the shared database, each as its columns' values. */
    public List<List<Object>> query(String sql, Object... values) throws SQLException {
        try (Connection connection = PackagedApp.connect(databaseUrl);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The one number a counting query gives. */
    public long count(String sql, Object... values) throws SQLException {
        return ((Number) query(sql, values).get(0).get(0)).longValue();
    }

    /** Slack channels of an incident's room: named inc-N or inc-N-title. */
    public long slackRooms(long number) {
        return slack.channels().stream().filter(c -> isRoom(c.name, number)).count();
    }

    private static boolean isRoom(String name, long number) {
        return name != null && (name.equals("inc-" + number) || name.startsWith("inc-" + number + "-"));
    }

    @Override
    public void close() {
        for (PackagedApp app : List.of(a, b)) {
            try {
                app.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        slack.close();
    }
}
