package io.warroom.health;

import io.warroom.chat.OutboxMessage;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Phase;
import io.warroom.incident.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole cluster has in its database, read in two grouped queries: open incidents by severity and phase,
 * pending outbox deliveries per destination. Every replica reads the same rows, so every replica reports the same.
 */
@ApplicationScoped
public class ClusterCounts {

    /** Open incidents of one severity in one phase. */
    public record OpenKey(Severity severity, Phase phase) {
    }

    /** A destination's pending deliveries and when the oldest of them was queued. */
    public record Pending(long count, Instant oldestQueuedAt) {
    }

    /** One reading of both. */
    public record Snapshot(Map<OpenKey, Long> open, Map<String, Pending> outbox, Instant readAt) {

        static Snapshot empty() {
            return new Snapshot(Map.of(), Map.of(), Instant.EPOCH);
        }
    }

    @Inject
    EntityManager em;

    @Transactional
    public Snapshot read(Instant now) {
        Map<OpenKey, Long> open = new HashMap<>();
        List<Object[]> incidents = em.createQuery("select i.severity, i.phase, count(i) from Incident i"
                + " where i.status = :s group by i.severity, i.phase", Object[].class)
                .setParameter("s", IncidentStatus.OPEN).getResultList();
        for (Object[] row : incidents) {
            open.put(new OpenKey((Severity) row[0], (Phase) row[1]), (Long) row[2]);
        }
        Map<String, Pending> outbox = new HashMap<>();
        List<Object[]> pending = em.createQuery("select m.destination, count(m), min(m.createdAt) from OutboxMessage m"
                + " where m.status = :s group by m.destination", Object[].class)
                .setParameter("s", OutboxMessage.Status.PENDING).getResultList();
        for (Object[] row : pending) {
            outbox.put((String) row[0], new Pending((Long) row[1], (Instant) row[2]));
        }
        return new Snapshot(Map.copyOf(open), Map.copyOf(outbox), now);
    }
}
