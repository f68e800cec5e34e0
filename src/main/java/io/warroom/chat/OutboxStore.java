package io.warroom.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The outbox table's queries, each in its own short transaction so no lock is held while a platform is called. */
@ApplicationScoped
public class OutboxStore {

    private static final int ERROR_MAX = 1000;

    @Inject
    EntityManager em;

    /** The oldest pending message of a lane: the only one that may go out next. */
    @Transactional
    public Optional<OutboxMessage> head(String lane) {
        return em.createQuery("from OutboxMessage m where m.lane = :lane and m.status = :s order by m.id",
                OutboxMessage.class).setParameter("lane", lane).setParameter("s", OutboxMessage.Status.PENDING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The kind of the newest message ever queued in a lane, whatever became of it. */
    @Transactional
    public Optional<String> lastKind(String lane) {
        return em.createQuery("select m.kind from OutboxMessage m where m.lane = :lane order by m.id desc",
                String.class).setParameter("lane", lane).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public boolean hasLater(String lane, long afterId, String kind) {
        return !em.createQuery("select m.id from OutboxMessage m where m.lane = :lane and m.status = :s"
                + " and m.id > :id and m.kind = :kind", Long.class).setParameter("lane", lane)
                .setParameter("s", OutboxMessage.Status.PENDING).setParameter("id", afterId).setParameter("kind", kind)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public void delivered(long id, Instant now) {
        update(id, OutboxMessage.Status.DELIVERED, now, null, null);
    }

    @Transactional
    public void superseded(long id, Instant now) {
        update(id, OutboxMessage.Status.SUPERSEDED, now, null, null);
    }

    @Transactional
    public void failed(long id, String error) {
        update(id, OutboxMessage.Status.FAILED, null, null, error);
    }

    @Transactional
    public void retryAt(long id, Instant next, String error) {
        update(id, OutboxMessage.Status.PENDING, null, next, error);
    }

    @Transactional
    public long count(OutboxMessage.Status status) {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    /**
     * One UPDATE by id, not a load and a flush: every delivered message is marked, and on PostgreSQL the load was a
     * round trip of its own (select, update, commit; now update, commit).
     */
    private void update(long id, OutboxMessage.Status status, Instant deliveredAt, Instant nextAttempt, String error) {
        StringBuilder jpql = new StringBuilder("update OutboxMessage m set m.status = :status");
        if (deliveredAt != null) {
            jpql.append(", m.deliveredAt = :deliveredAt");
        }
        if (nextAttempt != null) {
            jpql.append(", m.attempts = m.attempts + 1, m.nextAttemptAt = :nextAttempt");
        }
        if (error != null) {
            jpql.append(", m.lastError = :error");
        }
        Query update = em.createQuery(jpql.append(" where m.id = :id").toString()).setParameter("status", status)
                .setParameter("id", id);
        if (deliveredAt != null) {
            update.setParameter("deliveredAt", deliveredAt);
        }
        if (nextAttempt != null) {
            update.setParameter("nextAttempt", nextAttempt);
        }
        if (error != null) {
            update.setParameter("error", error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX));
        }
        update.executeUpdate();
    }
}
