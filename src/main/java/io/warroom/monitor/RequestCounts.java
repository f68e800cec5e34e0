package io.warroom.monitor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests and 5xx answers per service and minute, added to by every instance that takes access logs, together with
 * the response-time histograms of the same lines.
 */
@ApplicationScoped
public class RequestCounts {

    private static final int ATTEMPTS = 3;

    @Inject
    EntityManager em;

    @Inject
    LatencyCounts latencies;

    /** Adds a batch's counts and response times in one transaction: all of them or, if the database fails, none. */
    public void add(String service, AccessLogBatch batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    batch.minutes().forEach((minute, count) -> add(service, minute, count));
                    latencies.add(service, batch.latencies());
                });
                return;
            } catch (PersistenceException e) {
                // Another instance inserted the same minute between our update and insert: run again, it updates.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void add(String service, Instant minute, AccessLogBatch.MinuteCount count) {
        int updated = em.createNativeQuery("UPDATE request_count SET total = total + ?1, server_errors = "
                + "server_errors + ?2 WHERE service = ?3 AND minute_start = ?4")
                .setParameter(1, count.total()).setParameter(2, count.serverErrors()).setParameter(3, service)
                .setParameter(4, minute).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO request_count (service, minute_start, total, server_errors) "
                    + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, service).setParameter(2, minute)
                    .setParameter(3, count.total()).setParameter(4, count.serverErrors()).executeUpdate();
        }
    }

    /** Per service, its counts by minute from {@code from} on. */
    public Map<String, Map<Instant, AccessLogBatch.MinuteCount>> since(Instant from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT service, minute_start, total, server_errors FROM request_count WHERE minute_start >= ?1")
                .setParameter(1, from).getResultList());
        Map<String, Map<Instant, AccessLogBatch.MinuteCount>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], s -> new HashMap<>()).put(instant(row[1]),
                    new AccessLogBatch.MinuteCount(((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /** Deletes minutes before the given one; returns how many. */
    public int pruneBefore(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM request_count WHERE minute_start < ?1").setParameter(1, before).executeUpdate());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
