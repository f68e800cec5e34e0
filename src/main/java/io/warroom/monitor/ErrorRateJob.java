package io.warroom.monitor;

import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Evaluates the error-rate rules once a minute, on one instance at a time. */
@ApplicationScoped
public class ErrorRateJob {

    static final String LEASE = "error-rate-rules";

    @Inject
    JobLeases leases;

    @Inject
    ErrorRateRules rules;

    @Inject
    ErrorRateConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.error-rates.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (leases.tryAcquire(LEASE, config.leaseTtl())) {
            rules.evaluate(clock.instant());
        }
    }
}
