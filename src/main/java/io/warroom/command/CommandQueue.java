package io.warroom.command;

import io.warroom.reply.Reply;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.Startup;
import io.warroom.config.DatabaseOutage;
import io.warroom.config.DurableCommits;
import io.warroom.config.WarroomConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The line every command from every surface waits in: a few command threads take commands in the order they arrived.
 * Commands are short database transactions; on a small machine more of them at once only interleave, so each holds
 * its connection and its incident's row lock longer and the slowest answers get much slower (measured with 50
 * clients on 2 cores: as many threads as cores gave the lowest p99 and about 20% less CPU per command than running
 * every command on the HTTP worker that received it). On PostgreSQL a command mostly waits: for its statements to
 * travel and for its commit to reach the disk (synchronous_commit, a few ms here); more threads overlap those waits,
 * and the server writes their commits together (see {@link #defaultThreads}).
 */
@Startup
@ApplicationScoped
public class CommandQueue {

    private static final Logger LOG = Logger.getLogger(CommandQueue.class);

    /** Beyond this many waiting commands Warroom answers "busy" rather than queueing without bound. */
    static final int MAX_WAITING = 2_000;
    /**
     * A command that waited longer than this for a command thread is not run: its caller is answered "busy" rather
     * than after the whole line, which during a database outage moves only as fast as the pool's timeouts. Commands
     * wait milliseconds otherwise (p99 under 50 clients: 35 ms).
     */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    /** Command threads per core on PostgreSQL (see {@link #defaultThreads}). */
    static final int POSTGRESQL_THREADS_PER_CORE = 8;

    /** Leaves connections of the default pool (20) for pages, alerts and scheduled jobs. */
    static final int POSTGRESQL_MAX_THREADS = 16;

    @Inject
    WarroomConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    DurableCommits durable;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    DatabaseOutage outage;

    private ThreadPoolExecutor threads;
    private Timer duration;

    @PostConstruct
    void start() {
        int count = config.commandThreads().orElse(defaultThreads(dbKind, Runtime.getRuntime().availableProcessors()));
        if (count < 1) {
            throw new IllegalArgumentException("warroom.command-threads (WARROOM_COMMAND_THREADS) must be at least 1,"
                    + " not " + count + ".");
        }
        AtomicInteger numbers = new AtomicInteger();
        threads = new ThreadPoolExecutor(count, count, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING),
                runnable -> new CommandThread(runnable, "warroom-command-" + numbers.incrementAndGet()));
        // Replaces the gauge of an earlier start in this JVM (dev-mode reload, tests), bound to that start's pool.
        meters.find("warroom.commands.waiting").meters().forEach(meters::remove);
        Gauge.builder("warroom.commands.waiting", threads, pool -> pool.getQueue().size())
                .description("Commands waiting for a command thread").register(meters);
        // Fixed buckets: a dozen series, where a percentile histogram would add about seventy.
        duration = Timer.builder("warroom.commands.duration")
                .description("From a command joining the line until its result is durable: what its caller waits")
                .serviceLevelObjectives(Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
                        .map(Duration::ofMillis).toArray(Duration[]::new))
                .register(meters);
    }

    /**
     * One per core (at least 2) on the embedded H2, whose commands only use the CPU; 8 per core (at most 16) on
     * PostgreSQL, whose commands mostly wait for the server. bench/core.sh on PostgreSQL, 2 cores under heavy load:
     * 2 threads 146 commands/s (p99 9.2× the trivial endpoint's), 4 threads 194/s (12.5×), 8 threads 432/s and
     * 619/s (4.8×, 3.5×), 16 threads 626/s (2.8×).
     */
    static int defaultThreads(String dbKind, int cores) {
        return "h2".equalsIgnoreCase(dbKind) ? Math.max(2, cores)
                : Math.min(POSTGRESQL_MAX_THREADS, POSTGRESQL_THREADS_PER_CORE * Math.max(1, cores));
    }

    /**
     * Runs the work on a command thread once the commands before it are done, with a request context of its own, and
     * completes once what it committed is durable (the command thread meanwhile takes the next command).
     * The stage fails with {@link BusyException} when too many are waiting or Warroom is shutting down.
     */
    public <T> CompletionStage<T> submit(Supplier<T> work) {
        try {
            long queuedAt = System.nanoTime();
            return CompletableFuture.supplyAsync(() -> {
                T result = inRequestContext(notStale(queuedAt, work));
                outage.available();
                return result;
            }, threads)
                    .thenCompose(result -> durable.flushed().thenApply(flushed -> result))
                    .whenComplete((result, failure) -> duration.record(System.nanoTime() - queuedAt,
                            TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new BusyException(threads.isShutdown()
                    ? "Warroom is shutting down. Nothing was changed; try again once it is back."
                    : "Warroom is busy: " + MAX_WAITING + " commands are already waiting. Nothing was changed; try "
                            + "again in a moment."));
        }
    }

    /** Runs the work as {@link #submit} does and waits for it; on a command thread it runs at once. */
    public <T> T call(Supplier<T> work) {
        if (Thread.currentThread() instanceof CommandThread) {
            return work.get();
        }
        try {
            return submit(work).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * For chat surfaces, which must always answer: runs the command as {@link #call} does; being busy or failing is
     * answered in words (the failure logged), and either way nothing was changed.
     */
    public Reply answer(String surface, Supplier<Reply> command) {
        try {
            return call(command);
        } catch (BusyException e) {
            return Reply.error(Reply.Outcome.FAILED, e.getMessage());
        } catch (DurableCommits.NotDurableException e) {
            LOG.errorf("Command from %s ran but was not written to the database file: %s", surface, e.getMessage());
            return Reply.error(Reply.Outcome.FAILED, "Warroom ran that but could not write it to its database in "
                    + "time, so it may be lost if Warroom stops now. Check the incident before repeating it.");
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                outage.unavailable("a command from " + surface, e);
                return Reply.error(Reply.Outcome.FAILED, DatabaseOutage.MESSAGE);
            }
            LOG.errorf(e, "Command from %s failed", surface);
            return Reply.error(Reply.Outcome.FAILED, "Warroom could not run that; nothing was changed. "
                    + "The server log has the details.");
        }
    }

    private static <T> Supplier<T> notStale(long queuedAt, Supplier<T> work) {
        return () -> {
            if (System.nanoTime() - queuedAt > MAX_WAIT.toNanos()) {
                throw new BusyException("Warroom is busy: that command waited more than " + MAX_WAIT.toSeconds()
                        + " s for its turn and was not run. Nothing was changed; try again in a moment.");
            }
            return work.get();
        };
    }

    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("%d commands were still waiting at shutdown", threads.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class CommandThread extends Thread {
        CommandThread(Runnable work, String name) {
            super(work, name);
            setDaemon(true);
        }
    }

    /** The command was not taken (too many waiting, or shutting down); nothing was run. */
    public static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }
}
