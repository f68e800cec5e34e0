package io.warroom.runbook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tidies runs: confirmations nobody confirmed in time expire, runs nobody approved in time expire (said in the room),
 * and runs that outlived their timeout by far (Warroom
 * restarted while they ran) are marked lost on the timeline, so nobody waits for a result that will never come.
 */
@ApplicationScoped
public class RunSweeper {

    static final String LEASE = "runbook-sweep";
    /** Beyond timeout and kill grace, how long a run may take to record its result before it counts as lost. */
    private static final Duration RECORDING_MARGIN = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    RunWorker worker;

    @Inject
    RunResults results;

    @Inject
    RunApprovals approvals;

    @Inject
    RunbookConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${warroom.runbooks.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (leases.tryAcquire(LEASE, Duration.ofMinutes(2))) {
            sweep(clock.instant());
        }
    }

    public void sweep(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update RunbookRun r set r.status = :expired"
                + " where r.status = :pending and r.expiresAt < :now").setParameter("expired", RunbookRun.Status.EXPIRED)
                .setParameter("pending", RunbookRun.Status.PENDING).setParameter("now", now).executeUpdate());
        List<Long> unapproved = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select r.id from RunbookRun r"
                + " where r.status = :s and r.expiresAt < :now", Long.class)
                .setParameter("s", RunbookRun.Status.AWAITING_APPROVAL).setParameter("now", now).getResultList());
        unapproved.forEach(id -> approvals.expire(id, now));
        List<RunbookRun> running = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from RunbookRun r where r.status = :s", RunbookRun.class)
                .setParameter("s", RunbookRun.Status.RUNNING).getResultList());
        Duration margin = config.killGrace().plus(RECORDING_MARGIN);
        for (RunbookRun run : running) {
            Instant overdue = run.startedAt.plusMillis(run.timeoutMillis).plus(margin);
            if (now.isAfter(overdue) && !worker.running(run.id)) {
                results.lost(run.id);
            }
        }
    }
}
