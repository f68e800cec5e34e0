package io.warroom.reminder;

import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Sends due reminders; runs on one instance at a time. */
@ApplicationScoped
public class ReminderJob {

    static final String LEASE = "reminders";

    @Inject
    JobLeases leases;

    @Inject
    ReminderConfig config;

    @Inject
    IncidentReminders incidentReminders;

    @Inject
    ActionItemReminders actionItems;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.reminders.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (config.enabled() && leases.tryAcquire(LEASE, config.leaseTtl())) {
            Instant now = clock.instant();
            incidentReminders.remindDue(now);
            actionItems.remindDue(now);
        }
    }
}
