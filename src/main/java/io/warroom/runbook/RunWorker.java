package io.warroom.runbook;

import io.quarkus.runtime.ShutdownEvent;
import io.warroom.config.DaemonThreads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs confirmed actions on worker threads, after the confirming transaction committed: no incident lock and no
 * transaction is held while an action runs, and the command that confirmed it has long been answered.
 */
@ApplicationScoped
public class RunWorker {

    private static final Logger LOG = Logger.getLogger(RunWorker.class);
    /** The most output kept for the timeline and the room. */
    static final int OUTPUT_CHARS = 1500;

    @Inject
    RunbookConfig config;

    @Inject
    RunResults results;

    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private CommandRunner commands;
    private HttpRunner http;

    @PostConstruct
    void init() {
        workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), DaemonThreads.named("warroom-runbook"));
        commands = new CommandRunner(config.killGrace(), config.outputLines(), OUTPUT_CHARS);
        http = new HttpRunner(config.outputLines(), OUTPUT_CHARS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunConfirmed confirmed) {
        inFlight.add(confirmed.runId());
        try {
            workers.execute(() -> run(confirmed.runId(), confirmed.plan()));
        } catch (RuntimeException rejected) {
            inFlight.remove(confirmed.runId());
            results.record(confirmed.runId(), confirmed.plan(), RunOutcome.notStarted("Warroom is shutting down",
                    Duration.ZERO));
        }
    }

    /** Runs being carried out by this instance, which the sweeper must not take for lost. */
    public boolean running(long runId) {
        return inFlight.contains(runId);
    }

    /**
     * Stops running commands (their results are recorded as failed while the database is still there) without
     * interrupting worker threads: an interrupted thread inside an H2 file write closes the database file.
     */
    void stop(@Observes ShutdownEvent event) {
        workers.shutdown();
        int stopped = commands.stopAll();
        if (stopped > 0) {
            LOG.warnf("Stopped %d runbook processes because Warroom is shutting down", stopped);
        }
        try {
            workers.awaitTermination(config.killGrace().toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(long runId, RunPlan plan) {
        try {
            RunOutcome outcome;
            try {
                outcome = plan instanceof RunPlan.CommandPlan command
                        ? commands.run(command, Map.of("WARROOM_RUN_ID", String.valueOf(runId)))
                        : http.run((RunPlan.HttpPlan) plan);
            } catch (RuntimeException e) {
                String why = new SecretMask(plan.secrets()).apply(e.getClass().getSimpleName() + ": "
                        + e.getMessage());
                LOG.warnf("Run #%d (%s) failed to run: %s", runId, plan.action().label(), why);
                outcome = RunOutcome.notStarted(why, Duration.ZERO);
            }
            // Recorded with the interrupt flag clear: H2 closes its file under an interrupted writer.
            boolean interrupted = Thread.interrupted();
            results.record(runId, plan, outcome);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (RuntimeException e) {
            LOG.errorf("The result of run #%d (%s) could not be recorded: %s", runId, plan.action().label(),
                    new SecretMask(plan.secrets()).apply(String.valueOf(e.getMessage())));
        } finally {
            inFlight.remove(runId);
        }
    }
}
