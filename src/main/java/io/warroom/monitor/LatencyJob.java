package io.warroom.monitor;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/** Evaluates the latency rules once a minute, on one instance at a time. */
@ApplicationScoped
public class LatencyJob {

    static final String LEASE = "latency-rules";

    @Inject
    JobLeases leases;

    @Inject
    LatencyRules rules;

    @Inject
    LatencyConfig config;

    @Inject
    ErrorRateConfig errorRates;

    @Inject
    Clock clock;

    /** Unusable global settings stop Warroom at start with the variable to fix, not at the first evaluation. */
    void checkSettings(@Observes StartupEvent start) {
        config.defaults();
    }

    @Scheduled(every = "${warroom.latency.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (leases.tryAcquire(LEASE, errorRates.leaseTtl())) {
            rules.evaluate(clock.instant());
        }
    }
}
