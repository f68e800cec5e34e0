package io.warroom.oncall;

import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Pages the next escalation level where a level's wait has passed; runs on one instance at a time. */
@ApplicationScoped
public class EscalationJob {

    static final String LEASE = "oncall-escalation";

    @Inject
    JobLeases leases;

    @Inject
    Escalations escalations;

    @Inject
    OnCallSchedules schedules;

    @Inject
    OnCallConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.oncall.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (schedules.configured() && leases.tryAcquire(LEASE, config.leaseTtl())) {
            escalations.escalateDue(clock.instant());
        }
    }
}
