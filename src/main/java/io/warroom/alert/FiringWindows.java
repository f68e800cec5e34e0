package io.warroom.alert;

import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Coalesces repeated firings: the first firing of a key in a window is written and posted at once, the others are
 * only counted, and {@link #takeEnded} hands out the count of a window that has ended, as one "+N more". Windows are
 * rows, so every instance sharing the database counts into the same one: the unique key decides which firing is
 * first, and the row lock which instance writes the "+N more".
 */
@ApplicationScoped
public class FiringWindows {

    /** What a window counted: the incident it joined (0 for channel posts) and the alert's line. */
    public record Count(String key, long incidentNumber, String text, long more) {
    }

    /** A window that may have ended: its key and incident, to lock in that order. */
    public record Ended(String key, long incidentNumber) {
    }

    @Inject
    EntityManager em;

    @Inject
    AlertsConfig config;

    /**
     * True when this firing starts a window (write it now); false when it was counted into the open one. In the
     * caller's transaction: two first firings at once both insert, and the loser's retry counts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean first(String key, long incidentNumber, String text, Instant now) {
        if (countInto(key, incidentNumber)) {
            return false;
        }
        String line = AlertText.cut(text, FiringWindow.TEXT_MAX);
        int restarted = em.createQuery("update FiringWindow w set w.incidentNumber = :n, w.text = :text,"
                + " w.startedAt = :now, w.more = 0 where w.key = :key and w.incidentNumber <> :n").setParameter("n", incidentNumber)
                .setParameter("text", line).setParameter("now", now).setParameter("key", key).executeUpdate();
        if (restarted == 0) {
            FiringWindow window = new FiringWindow();
            window.key = key;
            window.incidentNumber = incidentNumber;
            window.text = line;
            window.startedAt = now;
            em.persist(window);
            em.flush();
        }
        return true;
    }

    /** Counts a firing into the key's window on this incident; false when there is none (it ended or moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean countInto(String key, long incidentNumber) {
        return em.createQuery("update FiringWindow w set w.more = w.more + 1 where w.key = :key"
                + " and w.incidentNumber = :n").setParameter("key", key).setParameter("n", incidentNumber)
                .executeUpdate() == 1;
    }

    /** Windows that started before the coalescing window; {@link #takeEnded} decides under the row lock. */
    @Transactional
    public List<Ended> ended(Instant now) {
        return em.createQuery("select w.key, w.incidentNumber from FiringWindow w where w.startedAt <= :endedBy",
                Object[].class).setParameter("endedBy", now.minus(config.coalesceWindow())).getResultStream()
                .map(row -> new Ended((String) row[0], (Long) row[1])).toList();
    }

    /**
     * In the caller's transaction, which has locked the incident first: the window's count when it has ended
     * (the window starts over), or empty when it counted nothing (it goes), did not end, or another instance took
     * it first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Count> takeEnded(String key, Instant now) {
        FiringWindow window = em.find(FiringWindow.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (window == null || window.startedAt.isAfter(now.minus(config.coalesceWindow()))) {
            return Optional.empty();
        }
        if (window.more == 0) {
            em.remove(window);
            return Optional.empty();
        }
        Count count = new Count(key, window.incidentNumber, window.text, window.more);
        window.more = 0;
        window.startedAt = now;
        return Optional.of(count);
    }

    @Transactional
    public void forget(String key) {
        em.createQuery("delete from FiringWindow w where w.key = :key").setParameter("key", key).executeUpdate();
    }

    /** A resolved or closed incident takes no more firings: its windows go, on whichever instance resolved it. */
    void onTimeline(@Observes TimelineEntryAdded added) {
        TimelineKind kind = added.entry().kind;
        if (kind == TimelineKind.RESOLVED || kind == TimelineKind.CLOSED) {
            em.createQuery("delete from FiringWindow w where w.incidentNumber = :n")
                    .setParameter("n", added.incident().number).executeUpdate();
        }
    }
}
