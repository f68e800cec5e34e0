package io.warroom.slack;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Remembers the id of every Socket Mode envelope run, in the database, so one Slack delivers again (it was not
 * acknowledged in time, the connection was replaced, another instance got it too) is acknowledged but not run twice.
 * The unique key decides between two copies arriving at once.
 */
@ApplicationScoped
class SeenSlackEnvelopes {

    private static final Logger LOG = Logger.getLogger(SeenSlackEnvelopes.class);
    /** SQLSTATE for a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    /** Slack gives up redelivering within minutes; an hour leaves room for clocks and long reconnects. */
    static final Duration KEPT = Duration.ofHours(1);

    @Inject
    AgroalDataSource database;

    @Inject
    Clock clock;

    /** True the first time this envelope id is seen; false for a redelivery. */
    boolean firstTime(String envelopeId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO slack_envelope_seen (envelope_id, seen_at) VALUES (?, ?)")) {
            insert.setString(1, envelopeId);
            insert.setLong(2, clock.instant().getEpochSecond());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM slack_envelope_seen WHERE seen_at < ?")) {
            delete.setLong(1, clock.instant().minus(KEPT).getEpochSecond());
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not forget old Slack envelope ids (%s); trying again in five minutes", e.getMessage());
        }
    }
}
