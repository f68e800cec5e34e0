package io.warroom.alert.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.alert.AlertsConfig;
import io.warroom.config.DaemonThreads;
import jakarta.annotation.PreDestroy;
import io.warroom.config.DatabaseOutage;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
 * burst costs one commit per batch instead of one per request.
 * <p>
 * A stored delivery claims its key (unique per source) for as long as a copy would be a redelivery: a sender's own
 * delivery id (SNS MessageId) until the row is pruned, a body digest ({@code sha256:…}) only for the redelivery
 * window. An expired claim is released before the next copy is stored, so the same alert firing again next week is
 * routed like any other.
 */
@ApplicationScoped
public class RawDeliveries {

    private static final Logger LOG = Logger.getLogger(RawDeliveries.class);
    private static final int BATCH = 500;
    /** Senders wait for their answer: past this a 503 tells them to retry, rather than their own timeout. */
    private static final long STORE_WAIT_SECONDS = 10;
    private static final String UNIQUE_VIOLATION = "23505";

    /** What the writer does: store a delivery, or mark one routed. */
    private sealed interface Work permits Pending, Routed {
    }

    private record Pending(String source, String key, int alertCount, byte[] payload, String intake,
            CompletableFuture<Long> stored) implements Work {
    }

    private record Routed(long id) implements Work {
    }

    /** A stored delivery whose routing has not finished: its row, how many alerts are routed, what it carries. */
    public record Unrouted(long id, String source, int routedAlerts, String intake) {
    }

    private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopping;

    @Inject
    EntityManager em;

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    /**
     * Stores the delivery with what it carries once read ({@code intake}, JSON) and returns its row id; empty when it
     * is a redelivery of one stored before. Throws {@link IntakeException} 503 when it could not be stored.
     */
    public OptionalLong store(String source, String key, int alertCount, byte[] payload, String intake) {
        startWriter();
        Pending pending = new Pending(source, key, alertCount, payload, intake, new CompletableFuture<>());
        queue.add(pending);
        try {
            Long id = pending.stored().get(STORE_WAIT_SECONDS, TimeUnit.SECONDS);
            return id == null ? OptionalLong.empty() : OptionalLong.of(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notStored("Warroom is stopping");
        } catch (ExecutionException e) {
            if (DatabaseOutage.explains(e.getCause())) {
                throw new DatabaseOutage.UnavailableException(e.getCause());
            }
            throw notStored("the database refused it");
        } catch (TimeoutException e) {
            throw notStored("the database did not answer within " + STORE_WAIT_SECONDS + " s");
        }
    }

    private static IntakeException notStored(String why) {
        return new IntakeException(503, null, "The delivery could not be stored (" + why + "); nothing was "
                + "routed. Send it again.");
    }

    /**
     * Marks a delivery routed without waiting: written with the writer's next batch. Each alert's durable effect was
     * recorded with it already; if this mark is lost to a crash, the restart routes again only what left no trace
     * (firings counted in memory, alerts no channel took).
     */
    public void routedLater(long id) {
        startWriter();
        queue.add(new Routed(id));
    }

    /** Deletes a delivery none of whose alerts was routed, so the sender's retry is routed instead. */
    public boolean forgetUnrouted(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from alert_delivery where id = ?1 and routed_alerts = 0 and routed_at is null")
                .setParameter(1, id).executeUpdate()) == 1;
    }

    /** Deliveries stored before {@code before} whose routing did not finish, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Unrouted> unrouted(Instant before, int limit) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, source, routed_alerts, intake from alert_delivery where routed_at is null"
                        + " and received_at < ?1 order by id").setParameter(1, before).setMaxResults(limit)
                .getResultList());
        return rows.stream().map(r -> new Unrouted(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), r[3] == null ? null : r[3].toString())).toList();
    }

    /** Deletes deliveries received before {@code before} that were routed; returns how many. */
    public int pruneBefore(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from alert_delivery where received_at < ?1 and routed_at is not null")
                .setParameter(1, before).executeUpdate());
    }

    public long count(String source) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from alert_delivery where source = ?1").setParameter(1, source).getSingleResult())
                .longValue());
    }

    private synchronized void startWriter() {
        if (writer == null || !writer.isAlive()) {
            writer = DaemonThreads.start("alert-delivery-writer", this::writeLoop);
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
        List<Work> taken = new ArrayList<>(BATCH);
        List<Pending> batch = new ArrayList<>(BATCH);
        List<Long> routed = new ArrayList<>(BATCH);
        while (!stopping) {
            try {
                taken.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(taken, BATCH - 1);
            split(taken, batch, routed);
            write(batch, routed);
            taken.clear();
            batch.clear();
            routed.clear();
        }
        queue.drainTo(taken);
        split(taken, batch, routed);
        batch.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("shutting down")));
        markAlone(routed);
    }

    private static void split(List<Work> taken, List<Pending> batch, List<Long> routed) {
        for (Work work : taken) {
            if (work instanceof Pending pending) {
                batch.add(pending);
            } else if (work instanceof Routed done) {
                routed.add(done.id());
            }
        }
    }

    private void write(List<Pending> batch, List<Long> routed) {
        try {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                    .doReturningWork(connection -> {
                        markRouted(connection, routed);
                        return batch.isEmpty() ? List.<Long>of() : insert(connection, batch);
                    }));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).stored().complete(ids.get(i));
            }
            return;
        } catch (RuntimeException failed) {
            markAlone(routed);
            if (!uniqueViolation(failed)) {
                LOG.warnf("Could not store %d alert deliveries: %s", batch.size(), failed.getMessage());
                batch.forEach(p -> p.stored().completeExceptionally(failed));
                return;
            }
        }
        // Another instance claimed one of the keys in between: store them one by one, that one is a redelivery.
        for (Pending pending : batch) {
            try {
                pending.stored().complete(QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                        .doReturningWork(connection -> insert(connection, List.of(pending)).get(0))));
            } catch (RuntimeException e) {
                if (uniqueViolation(e)) {
                    pending.stored().complete(null);
                } else {
                    LOG.warnf("Could not store an alert delivery: %s", e.getMessage());
                    pending.stored().completeExceptionally(e);
                }
            }
        }
    }

    /** Marks deliveries routed in their own transaction; a failure leaves them to the deliveries job. */
    private void markAlone(List<Long> routed) {
        if (routed.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class)
                    .doWork(connection -> markRouted(connection, routed)));
        } catch (RuntimeException e) {
            LOG.warnf("Could not mark %d alert deliveries routed; the deliveries job will: %s", routed.size(),
                    e.getMessage());
        }
    }

    private void markRouted(Connection connection, List<Long> routed) throws SQLException {
        if (routed.isEmpty()) {
            return;
        }
        try (PreparedStatement mark = connection.prepareStatement("update alert_delivery set routed_alerts ="
                + " alert_count, routed_at = ? where id = ? and routed_at is null")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (long id : routed) {
                mark.setTimestamp(1, now);
                mark.setLong(2, id);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Releases expired claims on the batch's keys, then inserts the deliveries whose key nobody claims. */
    private List<Long> insert(Connection connection, List<Pending> batch) throws SQLException {
        Instant now = clock.instant();
        Timestamp nowStamp = Timestamp.from(now);
        Timestamp windowEnd = Timestamp.from(now.plus(config.redeliveryWindow()));
        String in = "?" + ",?".repeat(batch.size() - 1);
        try (PreparedStatement release = connection.prepareStatement("update alert_delivery set redelivery_key ="
                + " null where redelivery_key in (" + in + ") and redelivery_until < ?")) {
            for (int i = 0; i < batch.size(); i++) {
                release.setString(i + 1, batch.get(i).key());
            }
            release.setTimestamp(batch.size() + 1, nowStamp);
            release.executeUpdate();
        }
        Set<String> claimed = new HashSet<>(claims(connection, batch, in).keySet());
        List<Boolean> fresh = new ArrayList<>(batch.size());
        try (PreparedStatement insert = connection.prepareStatement("insert into alert_delivery (source, delivery_key,"
                + " redelivery_key, redelivery_until, received_at, alert_count, payload, intake)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending pending : batch) {
                boolean isNew = claimed.add(pending.source() + "\n" + pending.key());
                fresh.add(isNew);
                if (isNew) {
                    insert.setString(1, pending.source());
                    insert.setString(2, pending.key());
                    insert.setString(3, pending.key());
                    insert.setTimestamp(4, pending.key().startsWith(IntakeRequest.DIGEST_PREFIX) ? windowEnd : null);
                    insert.setTimestamp(5, nowStamp);
                    insert.setInt(6, pending.alertCount());
                    insert.setString(7, new String(pending.payload(), StandardCharsets.UTF_8));
                    insert.setString(8, pending.intake());
                    insert.addBatch();
                }
            }
            if (fresh.contains(true)) {
                insert.executeBatch();
            }
        }
        Map<String, Long> ids = fresh.contains(true) ? claims(connection, batch, in) : Map.of();
        List<Long> result = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            result.add(fresh.get(i) ? ids.get(batch.get(i).source() + "\n" + batch.get(i).key()) : null);
        }
        return result;
    }

    /** The rows holding a claim on the batch's keys, by source and key. */
    private static Map<String, Long> claims(Connection connection, List<Pending> batch, String in)
            throws SQLException {
        Map<String, Long> claims = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, source, redelivery_key from"
                + " alert_delivery where redelivery_key in (" + in + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).key());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claims.put(rows.getString(2) + "\n" + rows.getString(3), rows.getLong(1));
                }
            }
        }
        return claims;
    }
}
