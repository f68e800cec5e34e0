package io.warroom.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Remembers, in the same transaction as an alert's routing, that the alert of a stored delivery has been routed. A
 * crash between the two can then not happen: at the next start the delivery is routed from the first alert whose
 * routing did not commit, so each alert is routed exactly once. Routing that writes nothing (a firing counted in
 * memory) is marked by the caller afterwards.
 */
@ApplicationScoped
public class RoutingProgress {

    /** The alert being routed: the delivery's row, how many of its alerts are routed once this one is. */
    private static final class Step {
        final long deliveryId;
        final int routedAfter;
        final boolean last;
        boolean recorded;

        Step(long deliveryId, int routedAfter, boolean last) {
            this.deliveryId = deliveryId;
            this.routedAfter = routedAfter;
            this.last = last;
        }
    }

    private static final ThreadLocal<Step> CURRENT = new ThreadLocal<>();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** What routing one alert of a delivery gave, and whether its transaction already recorded it. */
    public record Routed<T>(T result, boolean recorded) {
    }

    /** Runs the routing of alert {@code index} (of {@code count}) of a delivery. */
    public <T> Routed<T> route(long deliveryId, int index, int count, Supplier<T> routing) {
        Step step = new Step(deliveryId, index + 1, index + 1 == count);
        CURRENT.set(step);
        try {
            return new Routed<>(routing.get(), step.recorded);
        } finally {
            CURRENT.remove();
        }
    }

    /** Called inside each routing transaction; does nothing outside the routing of a stored delivery. */
    void recordInTransaction() {
        Step step = CURRENT.get();
        if (step != null) {
            mark(step.deliveryId, step.routedAfter, step.last);
            step.recorded = true;
        }
    }

    /** Marks the first {@code routed} alerts of a delivery routed (the whole delivery when last), in the caller's transaction. */
    public void mark(long deliveryId, int routed, boolean last) {
        if (last) {
            em.createNativeQuery("update alert_delivery set routed_alerts = ?1, routed_at = ?3 where id = ?2"
                    + " and routed_at is null").setParameter(1, routed).setParameter(2, deliveryId)
                    .setParameter(3, clock.instant()).executeUpdate();
        } else {
            em.createNativeQuery("update alert_delivery set routed_alerts = ?1 where id = ?2 and routed_alerts < ?1")
                    .setParameter(1, routed).setParameter(2, deliveryId).executeUpdate();
        }
    }
}
