package io.warroom.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Leases on named jobs in the database, so that when several Warroom instances share one database a scheduled job
 * runs on one of them at a time. The holder renews by acquiring again before the lease runs out.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class);
    /** SQLSTATE of a unique key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final String owner = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether the last try failed for another reason than a lost race: logged once, not on every tick. */
    private final AtomicBoolean failing = new AtomicBoolean();

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public String owner() {
        return owner;
    }

    /** True when this instance holds the lease for the next {@code ttl}. */
    public boolean tryAcquire(String job, Duration ttl) {
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        try {
            boolean held = QuarkusTransaction.requiringNew().call(() -> {
                int updated = em.createNativeQuery("UPDATE job_lease SET owner = ?1, lease_until = ?2"
                        + " WHERE name = ?3 AND (owner = ?1 OR lease_until < ?4)")
                        .setParameter(1, owner).setParameter(2, until).setParameter(3, job).setParameter(4, now)
                        .executeUpdate();
                if (updated == 1) {
                    return true;
                }
                Number exists = (Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1")
                        .setParameter(1, job).getSingleResult();
                if (exists.longValue() > 0) {
                    return false;
                }
                em.createNativeQuery("INSERT INTO job_lease (name, owner, lease_until) VALUES (?1, ?2, ?3)")
                        .setParameter(1, job).setParameter(2, owner).setParameter(3, until).executeUpdate();
                return true;
            });
            if (failing.compareAndSet(true, false)) {
                LOG.infof("Scheduled jobs run again: job leases can be taken");
            }
            return held;
        } catch (RuntimeException e) {
            // Another instance inserted the row first (it holds the lease), or the database is away (nobody does):
            // jobs then skip their turn, and the outage is logged once, not on every tick.
            if (!lostRace(e) && failing.compareAndSet(false, true)) {
                LOG.warnf("Scheduled jobs skip their turns until the database answers: the lease of %s could not be "
                        + "taken (%s)", job, e.getMessage());
            }
            return false;
        }
    }
}
