package io.warroom.monitor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Response-time histograms per service and minute, stored beside the request counts. */
@ApplicationScoped
public class LatencyCounts {

    @Inject
    EntityManager em;

    /** Adds a batch's histograms inside the caller's transaction (minutes and buckets in order, as every writer). */
    void add(String service, Map<Instant, LatencyHistogram> minutes) {
        minutes.forEach((minute, histogram) -> histogram.counts().forEach((bucket, requests) -> add(service, minute,
                bucket, requests, histogram.secondsIn(bucket))));
    }

    private void add(String service, Instant minute, int bucket, long requests, double seconds) {
        int updated = em.createNativeQuery("UPDATE request_latency SET requests = requests + ?1, total_seconds = "
                + "total_seconds + ?2 WHERE service = ?3 AND minute_start = ?4 AND bucket = ?5")
                .setParameter(1, requests).setParameter(2, seconds).setParameter(3, service).setParameter(4, minute)
                .setParameter(5, (short) bucket).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO request_latency (service, minute_start, bucket, requests, total_seconds)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, service).setParameter(2, minute)
                    .setParameter(3, (short) bucket).setParameter(4, requests).setParameter(5, seconds)
                    .executeUpdate();
        }
    }

    /** Per service, its histograms by minute from {@code from} on. */
    public Map<String, Map<Instant, LatencyHistogram>> since(Instant from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT service, minute_start, bucket, requests, total_seconds FROM request_latency "
                        + "WHERE minute_start >= ?1").setParameter(1, from).getResultList());
        Map<String, Map<Instant, LatencyHistogram>> histograms = new HashMap<>();
        for (Object[] row : rows) {
            histograms.computeIfAbsent((String) row[0], s -> new HashMap<>())
                    .computeIfAbsent(RequestCounts.instant(row[1]), m -> new LatencyHistogram())
                    .add(((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).doubleValue());
        }
        return histograms;
    }

    /** Deletes minutes before the given one; returns how many bucket rows. */
    public int pruneBefore(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM request_latency WHERE minute_start < ?1").setParameter(1, before).executeUpdate());
    }
}
