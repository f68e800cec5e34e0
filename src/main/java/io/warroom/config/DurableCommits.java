package io.warroom.config;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes what Warroom acknowledges survive {@code kill -9} on the embedded H2 database, at the cost of one file write
 * per burst rather than one per transaction. H2 keeps committed transactions in memory until its writer stores them
 * (up to WRITE_DELAY later); an answer to a sender or a person therefore first waits for {@link #flushed()}: a
 * CHECKPOINT, which stores everything committed so far, started after the caller's commit. Concurrent callers share
 * one CHECKPOINT (group commit). Storing every transaction as it commits (WRITE_DELAY=0) halved alert intake and made
 * a command's p99 13 times the trivial endpoint's, because each commit wrote the file while holding its locks.
 * PostgreSQL makes each commit durable itself, so there the stage is already complete.
 */
@ApplicationScoped
public class DurableCommits {

    private static final Logger LOG = Logger.getLogger(DurableCommits.class);

    /** An answer waits at most this long for the file; past it the caller is told its write may not be kept. */
    static final long WAIT_SECONDS = 10;

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final Object lock = new Object();
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private Thread flusher;
    private boolean stopping;

    /** Completes once everything committed before this call is in the database file. */
    public CompletionStage<Void> flushed() {
        if (!"h2".equalsIgnoreCase(dbKind)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (lock) {
            if (stopping) {
                return CompletableFuture.failedFuture(new NotDurableException(new IllegalStateException(
                        "Warroom is stopping")));
            }
            if (flusher == null) {
                flusher = DaemonThreads.start("warroom-durable-commits", this::flushWhileNeeded);
            }
            waiting.add(done);
            lock.notifyAll();
        }
        return done;
    }

    /** Waits for {@link #flushed()}; throws when the file could not be written in time. */
    public void await() {
        try {
            flushed().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDurableException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof NotDurableException failed ? failed : new NotDurableException(e);
        } catch (TimeoutException e) {
            throw new NotDurableException(e);
        }
    }

    private void flushWhileNeeded() {
        while (true) {
            List<CompletableFuture<Void>> batch;
            synchronized (lock) {
                while (waiting.isEmpty() && !stopping) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                batch = waiting;
                waiting = new ArrayList<>();
            }
            try {
                checkpoint();
                batch.forEach(f -> f.complete(null));
            } catch (SQLException | RuntimeException e) {
                LOG.errorf("Could not write the database file: %s", e.getMessage());
                NotDurableException failed = new NotDurableException(e);
                batch.forEach(f -> f.completeExceptionally(failed));
            }
        }
    }

    private void checkpoint() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
        }
    }

    /** The change was committed but Warroom cannot promise it reached the file; the caller answers 503. */
    public static final class NotDurableException extends RuntimeException {
        NotDurableException(Throwable cause) {
            super("The change could not be written to the database file in time", cause);
        }
    }
}
