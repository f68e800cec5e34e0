package io.warroom.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Tells a database that cannot be reached (server down or restarting, network gone, pool exhausted past its
 * acquisition timeout) from any other failure, so every entry point can answer "database unavailable, try again"
 * (503 with Retry-After) instead of an internal error, and logs one line when an outage starts and one when it ends
 * instead of a stack trace per request or job tick. Messages never carry the JDBC URL or credentials.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /** Seconds a caller is told to wait: a fast PostgreSQL restart takes a few. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String MESSAGE = "Warroom's database is unavailable, so nothing was stored or changed; "
            + "try again in a few seconds.";

    /** SQLSTATE classes and codes that mean "no connection": 08 (connection exception), PostgreSQL shutting down or
     * starting (57P01-57P03), H2's closed, locked or unwritable database. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90098", "90121",
            "90020", "90028", "90031");

    @Inject
    Clock clock;

    /** When the current outage was first noticed; null while the database answers. */
    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** True when the failure, or anything it wraps, says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        return explains(failure, 0);
    }

    /**
     * Also walks suppressed exceptions: a commit the server cut (PostgreSQL shutting down) reaches us as the
     * transaction manager's RollbackException, with the driver's error among its suppressed ("deferred") ones.
     */
    private static boolean explains(Throwable failure, int depth) {
        if (depth > 8) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (explains(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof UnavailableException || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || commitCut(t)) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    || acquisitionTimedOut(sql))) {
                return true;
            }
        }
        return false;
    }

    /** Notes that the database was unreachable for this work; logs only the first time per outage. */
    public void unavailable(String work, Throwable failure) {
        if (since.compareAndSet(null, clock.instant())) {
            LOG.errorf("Database unavailable (noticed by %s: %s); answering 503 until it is back", work,
                    shortReason(failure));
        }
    }

    /** Notes that the database answered; logs the end of an outage once. */
    public void available() {
        if (since.get() == null) {
            return; // the common case, read only: called after every command
        }
        Instant started = since.getAndSet(null);
        if (started != null) {
            LOG.infof("Database available again after %ds", Duration.between(started, clock.instant()).toSeconds());
        }
    }

    public boolean down() {
        return since.get() != null;
    }

    /**
     * The transaction manager could not commit on the database (ARJUNA016053): the server went away between the last
     * statement and the commit, so nothing was stored. Warroom defers no constraint to commit time, so a commit that
     * fails at the resource is the database being gone, not the data.
     */
    private static boolean commitCut(Throwable t) {
        return t.getClass().getName().equals("jakarta.transaction.RollbackException") && t.getMessage() != null
                && t.getMessage().contains("ARJUNA016053");
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    /** Agroal's "Acquisition timeout while waiting for new connection" carries no SQLSTATE. */
    private static boolean acquisitionTimedOut(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && (e.getMessage().startsWith("Acquisition timeout")
                || e.getMessage().startsWith("Sorry, acquisition timeout"));
    }

    /** The innermost message, clipped: driver messages name the host at most, never the password. */
    static String shortReason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** Work handed to another thread failed because the database was unavailable; answered like the cause. */
    public static final class UnavailableException extends RuntimeException {
        public UnavailableException(Throwable cause) {
            super("The database is unavailable", cause);
        }
    }
}
