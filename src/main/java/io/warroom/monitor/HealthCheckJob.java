package io.warroom.monitor;

import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Runs the health checks that are due, on one instance at a time. */
@ApplicationScoped
public class HealthCheckJob {

    static final String LEASE = "health-checks";

    @Inject
    JobLeases leases;

    @Inject
    HealthChecks checks;

    @Inject
    MonitorCatalog catalog;

    @Inject
    MonitorConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.monitors.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (catalog.configured() && leases.tryAcquire(LEASE, config.leaseTtl())) {
            checks.runDue(clock.instant());
        }
    }
}
