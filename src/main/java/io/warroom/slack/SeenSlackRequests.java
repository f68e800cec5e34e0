package io.warroom.slack;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.warroom.config.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Remembers the signature of every Slack request accepted within the signature window, in the database, so the same
 * signed request sent again (a replay) is refused, after a restart and across instances too. The unique key decides
 * between two copies arriving at once. Slack's own Events API retries carry a new timestamp and signature and pass;
 * their event is recognised further in by its id.
 */
@ApplicationScoped
class SeenSlackRequests {

    private static final Logger LOG = Logger.getLogger(SeenSlackRequests.class);
    /** SQLSTATE for a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    /** Clocks of instances sharing the database may differ a little. */
    private static final long CLOCK_SLACK_SECONDS = 60;

    @Inject
    AgroalDataSource database;

    @Inject
    DatabaseOutage outage;

    /** True the first time this signature is seen; false for a replay. */
    boolean firstTime(String signature, long sentEpochSecond) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO slack_request_seen (signature, sent_at) VALUES (?, ?)")) {
            insert.setString(1, hexOf(signature));
            insert.setLong(2, sentEpochSecond);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Signatures whose timestamp fell out of the window can never be accepted again, so they are forgotten. */
    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        long before = Instant.now().getEpochSecond() - SlackSignatureCheck.WINDOW.toSeconds() - CLOCK_SLACK_SECONDS;
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM slack_request_seen WHERE sent_at < ?")) {
            delete.setLong(1, before);
            delete.executeUpdate();
        } catch (SQLException e) {
            if (DatabaseOutage.explains(e)) {
                outage.unavailable("Slack signature pruning", e);
                return;
            }
            LOG.warnf("Could not forget old Slack request signatures (%s); trying again in a minute", e.getMessage());
        }
    }

    private static String hexOf(String signature) {
        String given = signature.strip();
        return given.substring(given.indexOf('=') + 1);
    }
}
