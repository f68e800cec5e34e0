package io.warroom.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Leases that one replica holds at a time among those sharing the database, each naming its holder so others can say
 * who has it. The holder renews by taking it again before it runs out; anyone may take one that ran out.
 * A take another replica wins is {@code false}; one the database could not answer throws, since then nobody can tell
 * who holds it (the caller decides how long to trust its last renewal).
 */
@ApplicationScoped
public class ReplicaLeases {

    /** SQLSTATE for a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    /** Who asks: one process ({@code id}) and its name for people. */
    public record Holder(String id, String name) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** True when {@code holder} holds the lease for the next {@code ttl} (taken or renewed). */
    public boolean tryHold(String lease, Holder holder, Duration ttl) {
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int renewed = em.createNativeQuery("UPDATE replica_lease SET lease_until = ?1"
                        + " WHERE name = ?2 AND holder_id = ?3")
                        .setParameter(1, until).setParameter(2, lease).setParameter(3, holder.id()).executeUpdate();
                if (renewed == 1) {
                    return true;
                }
                int taken = em.createNativeQuery("UPDATE replica_lease SET holder_id = ?1, holder_name = ?2,"
                        + " held_since = ?3, lease_until = ?4 WHERE name = ?5 AND lease_until < ?3")
                        .setParameter(1, holder.id()).setParameter(2, holder.name()).setParameter(3, now)
                        .setParameter(4, until).setParameter(5, lease).executeUpdate();
                if (taken == 1) {
                    return true;
                }
                Number exists = (Number) em.createNativeQuery("SELECT COUNT(*) FROM replica_lease WHERE name = ?1")
                        .setParameter(1, lease).getSingleResult();
                if (exists.longValue() > 0) {
                    return false;
                }
                em.createNativeQuery("INSERT INTO replica_lease (name, holder_id, holder_name, held_since, lease_until)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, lease).setParameter(2, holder.id())
                        .setParameter(3, holder.name()).setParameter(4, now).setParameter(5, until).executeUpdate();
                return true;
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                return false; // another replica inserted the row first: it holds the lease
            }
            throw e;
        }
    }

    /** Gives the lease up at once if {@code holder} has it, so another replica need not wait for it to run out. */
    public void release(String lease, Holder holder) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM replica_lease WHERE name = ?1 AND holder_id = ?2")
                .setParameter(1, lease).setParameter(2, holder.id()).executeUpdate());
    }

    /** The name of the replica holding the lease now; empty when nobody does (never taken, released, run out). */
    public Optional<String> holderName(String lease) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT holder_name FROM replica_lease WHERE name = ?1"
                    + " AND lease_until >= ?2").setParameter(1, lease).setParameter(2, now).getResultList();
            return rows.stream().findFirst().map(Object::toString);
        });
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
