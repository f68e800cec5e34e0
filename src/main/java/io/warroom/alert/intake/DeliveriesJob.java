package io.warroom.alert.intake;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.warroom.alert.AlertsConfig;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Looks after stored deliveries, on one instance at a time: routes those whose routing a crash or kill interrupted
 * (at start and then every run), and deletes those older than {@code warroom.alerts.keep-deliveries}.
 */
@ApplicationScoped
public class DeliveriesJob {

    static final String LEASE = "alert-deliveries";
    private static final Logger LOG = Logger.getLogger(DeliveriesJob.class);
    /** Renewed before every page, so a long run keeps it and another instance never routes the same page. */
    private static final Duration LEASE_TTL = Duration.ofSeconds(30);
    /**
     * With several instances on one database, a delivery another instance stored this long ago and has not finished
     * routing was interrupted; a younger one may still be in its hands. Routing a delivery takes well under a second.
     */
    static final Duration IN_FLIGHT = Duration.ofSeconds(30);
    private static final int PAGE = 100;

    @Inject
    JobLeases leases;

    @Inject
    RawDeliveries raw;

    @Inject
    AlertIntake intake;

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    void onStart(@Observes StartupEvent start) {
        try {
            startup();
        } catch (RuntimeException e) {
            LOG.warnf("Could not route the alert deliveries a restart interrupted: %s", e.getMessage());
        }
    }

    /**
     * At start, deliveries a killed Warroom left unrouted are routed at once. The embedded H2 file is open in one
     * process only, so nothing else can be routing them, and the lease a killed instance held is no obstacle; on a
     * shared database the lease and the in-flight margin apply.
     */
    public void startup() {
        Instant now = clock.instant();
        if (dbKind.equals("h2")) {
            finishInterrupted(now);
        } else if (leases.tryAcquire(LEASE, LEASE_TTL)) {
            finishInterrupted(now.minus(IN_FLIGHT));
        }
    }

    @Scheduled(every = "${warroom.alerts.deliveries-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (leases.tryAcquire(LEASE, LEASE_TTL)) {
            Instant now = clock.instant();
            finishInterrupted(now.minus(IN_FLIGHT));
            int pruned = raw.pruneBefore(now.minus(config.keepDeliveries()));
            if (pruned > 0) {
                LOG.debugf("Deleted %d alert deliveries older than %s", pruned, config.keepDeliveries());
            }
        }
    }

    /** Routes every delivery stored before {@code before} whose routing did not finish; returns how many. */
    int finishInterrupted(Instant before) {
        int finished = 0;
        long lastId = -1;
        while (dbKind.equals("h2") || leases.tryAcquire(LEASE, LEASE_TTL)) {
            List<RawDeliveries.Unrouted> page = raw.unrouted(before, PAGE);
            // A delivery that fails again stays first in line: stop rather than retry it in a loop.
            if (page.isEmpty() || page.get(0).id() == lastId) {
                break;
            }
            for (RawDeliveries.Unrouted delivery : page) {
                lastId = delivery.id();
                try {
                    int alerts = intake.finish(delivery);
                    finished++;
                    LOG.infof("Routed alert delivery %d from %s (%d alerts) that a restart or failure had interrupted",
                            delivery.id(), delivery.source(), alerts);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not finish routing alert delivery %d from %s: %s", delivery.id(),
                            delivery.source(), e.getMessage());
                    return finished;
                }
            }
        }
        return finished;
    }
}
