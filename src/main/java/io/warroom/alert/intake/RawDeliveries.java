package io.warroom.alert.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Stores every accepted delivery raw, before the sender is answered. Concurrent deliveries are written together:
 * callers queue their row and wait, one writer inserts everything queued in one transaction (group commit), so a
 * burst costs one commit per batch instead of one per request. The unique (source, delivery_key) decides what is a
 * redelivery.
 */
@ApplicationScoped
public class RawDeliveries {

    private static final Logger LOG = Logger.getLogger(RawDeliveries.class);
    private static final int BATCH = 500;

    private record Pending(String source, String key, int alertCount, byte[] payload,
            CompletableFuture<Boolean> stored) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopping;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores the delivery; false when the same one (source and key) was stored before. */
    public boolean store(String source, String key, int alertCount, byte[] payload) {
        startWriter();
        Pending pending = new Pending(source, key, alertCount, payload, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.stored().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the alert delivery", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not store the alert delivery: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("storing the alert delivery took over 30 s", e);
        }
    }

    /** Removes a delivery whose routing failed, so the sender's retry is routed instead of taken for a repeat. */
    public void forget(String source, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from alert_delivery where source = ?1 and delivery_key = ?2")
                .setParameter(1, source).setParameter(2, key).executeUpdate());
    }

    public long count(String source) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from alert_delivery where source = ?1").setParameter(1, source).getSingleResult())
                .longValue());
    }

    private synchronized void startWriter() {
        if (writer == null || !writer.isAlive()) {
            Thread thread = new Thread(this::writeLoop, "alert-delivery-writer");
            thread.setDaemon(true);
            thread.start();
            writer = thread;
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread running = writer;
        if (running != null) {
            running.interrupt();
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, BATCH - 1);
            try {
                write(batch);
            } catch (RuntimeException e) {
                LOG.warnf("Could not store %d alert deliveries: %s", batch.size(), e.getMessage());
                batch.forEach(p -> p.stored().completeExceptionally(e));
            }
            batch.clear();
        }
        queue.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("shutting down")));
    }

    private void write(List<Pending> batch) {
        try {
            List<Boolean> fresh = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                    .doReturningWork(connection -> insert(connection, batch)));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).stored().complete(fresh.get(i));
            }
        } catch (RuntimeException raced) {
            // Another instance stored one of them in between: store them one by one, a duplicate is then no error.
            for (Pending pending : batch) {
                try {
                    boolean fresh = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                            .doReturningWork(connection -> insert(connection, List.of(pending)).get(0)));
                    pending.stored().complete(fresh);
                } catch (RuntimeException e) {
                    pending.stored().complete(false);
                }
            }
        }
    }

    private List<Boolean> insert(Connection connection, List<Pending> batch) throws SQLException {
        Set<String> existing = new HashSet<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < batch.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement select = connection.prepareStatement("select source, delivery_key from alert_delivery"
                + " where delivery_key in (" + in + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).key());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1) + "\n" + rows.getString(2));
                }
            }
        }
        List<Boolean> fresh = new ArrayList<>(batch.size());
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement("insert into alert_delivery (source, delivery_key,"
                + " received_at, alert_count, payload) values (?, ?, ?, ?, ?)")) {
            for (Pending pending : batch) {
                boolean isNew = existing.add(pending.source() + "\n" + pending.key());
                fresh.add(isNew);
                if (isNew) {
                    insert.setString(1, pending.source());
                    insert.setString(2, pending.key());
                    insert.setTimestamp(3, now);
                    insert.setInt(4, pending.alertCount());
                    insert.setString(5, new String(pending.payload(), StandardCharsets.UTF_8));
                    insert.addBatch();
                }
            }
            if (fresh.contains(true)) {
                insert.executeBatch();
            }
        }
        return fresh;
    }
}
