package io.warroom.slack;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.warroom.config.ReplicaIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Socket Mode envelopes as claims in the database, so one Slack delivers again (it was not acknowledged in time, the
 * connection was replaced, another replica got it too) is run once: the first copy claims the id (the unique key
 * decides between two arriving at once) and marks it finished once run. A copy arriving while the claim is unfinished
 * and older than {@link #ABANDONED} takes the claim over and runs: its runner died before finishing, and Slack
 * redelivers an unacknowledged envelope (at once, then after about a minute and five) to whichever connection it picks.
 */
@ApplicationScoped
class SeenSlackEnvelopes {

    private static final Logger LOG = Logger.getLogger(SeenSlackEnvelopes.class);
    /** SQLSTATE for a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    /** Slack gives up redelivering within minutes; an hour leaves room for clocks and long reconnects. */
    static final Duration KEPT = Duration.ofHours(1);
    /**
     * An envelope's run normally ends well inside Slack's 3-second acknowledgement window, so an unfinished claim ten
     * times older has lost its runner (or waits behind a queue so long that its answer reaches nobody); under a
     * minute, so Slack's redelivery after about a minute finds it abandoned.
     */
    static final Duration ABANDONED = Duration.ofSeconds(30);

    /** What a copy of an envelope is to do. */
    enum Claim {
        /** Run it: first copy, or its first runner is gone. */
        RUN,
        /** It ran: acknowledge, do not run again. */
        RAN,
        /** Another copy is running it now: left unacknowledged, so Slack delivers it again should that runner die. */
        RUNNING
    }

    @Inject
    AgroalDataSource database;

    @Inject
    ReplicaIdentity replica;

    @Inject
    Clock clock;

    Claim claim(String envelopeId) throws SQLException {
        long now = clock.instant().getEpochSecond();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO slack_envelope_seen"
                    + " (envelope_id, seen_at, claimed_by, finished) VALUES (?, ?, ?, FALSE)")) {
                insert.setString(1, envelopeId);
                insert.setLong(2, now);
                insert.setString(3, replica.id());
                insert.executeUpdate();
                return Claim.RUN;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement takeOver = connection.prepareStatement("UPDATE slack_envelope_seen"
                    + " SET seen_at = ?, claimed_by = ? WHERE envelope_id = ? AND finished = FALSE AND seen_at < ?")) {
                takeOver.setLong(1, now);
                takeOver.setString(2, replica.id());
                takeOver.setString(3, envelopeId);
                takeOver.setLong(4, now - ABANDONED.toSeconds());
                if (takeOver.executeUpdate() == 1) {
                    return Claim.RUN;
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT finished FROM slack_envelope_seen WHERE envelope_id = ?")) {
                read.setString(1, envelopeId);
                try (ResultSet row = read.executeQuery()) {
                    // gone: pruned an hour after it was claimed, so it ran long ago
                    return !row.next() || row.getBoolean(1) ? Claim.RAN : Claim.RUNNING;
                }
            }
        }
    }

    /** The envelope ran (whatever its outcome): no copy of it runs again. */
    void finished(String envelopeId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE slack_envelope_seen SET finished = TRUE WHERE envelope_id = ?")) {
            update.setString(1, envelopeId);
            update.executeUpdate();
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
