package io.warroom.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.warroom.config.DaemonThreads;
import io.warroom.config.HumanDuration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Whether this replica is actually working, for a dead man's switch: its scheduled tick ran recently (and read the
 * database), the database answers now, and no outbox delivery has waited beyond the bound. The tick also refreshes
 * the cluster gauges and {@code warroom_heartbeat_timestamp_seconds}.
 */
@Startup
@ApplicationScoped
public class Heartbeat {

    private static final Logger LOG = Logger.getLogger(Heartbeat.class);

    /** The answer: ok, or the first problem found; checks name each check's state. Never a secret. */
    public record Verdict(boolean ok, String reason, Map<String, String> checks) {
    }

    @Inject
    ClusterCounts counts;

    @Inject
    ClusterGauges gauges;

    @Inject
    DataSource database;

    @Inject
    HealthConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    /** One ping at a time: a hung database must not pile up threads, however often the heartbeat is polled. */
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(DaemonThreads.named("warroom-heartbeat"));
    private CompletableFuture<Boolean> ping = CompletableFuture.completedFuture(true);
    private volatile Instant lastTick;
    private volatile boolean failing;

    @PostConstruct
    void register() {
        // Replaces the gauge of an earlier start in this JVM (dev-mode reload, tests), bound to that start's bean.
        meters.find("warroom.heartbeat.timestamp").meters().forEach(meters::remove);
        Gauge.builder("warroom.heartbeat.timestamp", this,
                        beat -> beat.lastTick == null ? 0 : beat.lastTick.toEpochMilli() / 1000.0)
                .baseUnit("seconds").description("When this replica's heartbeat last ticked successfully (Unix time)")
                .register(meters);
    }

    /** Reads the cluster counts and publishes them; a failure leaves the last tick where it was. */
    public void tick() {
        try {
            ClusterCounts.Snapshot snapshot = counts.read(clock.instant());
            gauges.publish(snapshot);
            lastTick = snapshot.readAt();
            if (failing) {
                LOG.info("Heartbeat tick succeeded again");
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Heartbeat tick failed (the heartbeat answers 503 once it is stale): %s", e.getMessage());
            }
            failing = true;
        }
    }

    public Verdict check() {
        Instant now = clock.instant();
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("scheduler", scheduler(now).orElse("ok"));
        checks.put("database", database().orElse("ok"));
        checks.put("outbox", outbox(now).orElse("ok"));
        String reason = checks.values().stream().filter(state -> !state.equals("ok")).findFirst().orElse(null);
        return new Verdict(reason == null, reason, checks);
    }

    private Optional<String> scheduler(Instant now) {
        Instant last = lastTick;
        if (last == null) {
            return Optional.of("the heartbeat has not ticked since Warroom started");
        }
        Duration since = Duration.between(last, now);
        if (since.compareTo(config.staleAfter()) > 0) {
            return Optional.of("the heartbeat last ticked " + HumanDuration.format(since) + " ago (more than "
                    + HumanDuration.format(config.staleAfter()) + "): the scheduler or the database is stuck");
        }
        return Optional.empty();
    }

    private Optional<String> database() {
        Duration timeout = config.databaseTimeout();
        CompletableFuture<Boolean> answer;
        synchronized (this) {
            if (ping.isDone()) {
                try {
                    ping = CompletableFuture.supplyAsync(() -> valid(timeout), pinger);
                } catch (RejectedExecutionException stopping) {
                    return Optional.of("Warroom is shutting down");
                }
            }
            answer = ping;
        }
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.empty()
                    : Optional.of("the database did not answer");
        } catch (TimeoutException e) {
            return Optional.of("the database did not answer within " + HumanDuration.format(timeout));
        } catch (ExecutionException e) {
            return Optional.of("the database could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking the database");
        }
    }

    private boolean valid(Duration timeout) {
        try (Connection connection = database.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException e) {
            return false;
        }
    }

    private Optional<String> outbox(Instant now) {
        return gauges.latest().outbox().entrySet().stream()
                .min(Comparator.comparing(entry -> entry.getValue().oldestQueuedAt()))
                .filter(oldest -> Duration.between(oldest.getValue().oldestQueuedAt(), now)
                        .compareTo(config.outboxStuckAfter()) > 0)
                .map(oldest -> "the oldest pending " + oldest.getKey() + " delivery has waited "
                        + HumanDuration.format(Duration.between(oldest.getValue().oldestQueuedAt(), now))
                        + " (more than " + HumanDuration.format(config.outboxStuckAfter()) + ")");
    }

    void stop(@Observes ShutdownEvent event) {
        pinger.shutdownNow();
    }
}
