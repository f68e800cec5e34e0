package io.warroom.chat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.warroom.config.DaemonThreads;
import io.warroom.config.HumanDuration;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers queued messages (chat, PagerDuty) after commit through their Courier: lanes in parallel, each lane
 * strictly in order. A failed delivery holds its lane and is retried with {@link Backoff} (or when the destination's
 * Retry-After says), so an outage delays messages but loses none; pending rows survive a restart and are found by
 * the poll. Instances sharing the database deliver lane by lane: each lane is delivered by the instance holding
 * its {@link LaneClaims claim}, usually the one whose commit queued the message; a lane whose platform cannot be
 * delivered from here (Discord away from the gateway holder) is left to an instance that can.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    /** Released claims are pruned this often; any instance may do it. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    @Inject
    OutboxStore store;

    @Inject
    @All
    List<Courier> couriers;

    @Inject
    LaneClaims claims;

    @Inject
    DeliveryDoubts doubts;

    @Inject
    @All
    List<ChatPlatform> platforms;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    @Inject
    ChatConfig config;

    @Inject
    MeterRegistry meters;

    /** Lanes of one destination drained at once; a Slack lane waiting on a 429 gives its worker back. */
    static final int WORKERS_PER_DESTINATION = 4;

    /**
     * A pool of workers per destination. Discord's client waits out its rate-limit buckets on the worker; with one
     * shared pool, 50 Discord rooms waiting on channel creation held up every Slack page (the last of 50 pages to one
     * person arrived at 88 s, where Slack's one post a second allows 47 s).
     */
    private final Map<String, ExecutorService> workers = new ConcurrentHashMap<>();
    /**
     * Wakes a lane when its retry is due, rather than at the next poll: with a poll each second, every 429 cost up to a
     * second more than its Retry-After.
     */
    private final ScheduledExecutorService retryWakes =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("warroom-outbox-retry"));
    private final Set<String> busyLanes = ConcurrentHashMap.newKeySet();
    /** Lanes told about work since their drain last looked: looked at once more before they are let go. */
    private final Set<String> wokenLanes = ConcurrentHashMap.newKeySet();
    private volatile Instant renewClaimsAt = Instant.MIN;
    private volatile Instant pruneAt = Instant.MIN;
    private volatile boolean stopped;

    /** The lane named, not a scan for lanes with work: about 1.8 fewer statements per command, measured. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake(written.lane());
    }

    /**
     * Finds what commits did not announce: retries that are due, rows left by a restart, lanes another instance let
     * go or left behind when it died. Renews this instance's claims a third of the way through their life.
     */
    @Scheduled(every = "${warroom.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            Instant now = clock.instant();
            if (!now.isBefore(renewClaimsAt)) {
                claims.renew();
                renewClaimsAt = now.plus(config.leaseTtl().dividedBy(3));
            }
            claims.held().stream().filter(lane -> !deliversHere(lane)).forEach(claims::letGo);
            claims.takeable().forEach(this::wake);
            if (!now.isBefore(pruneAt)) {
                claims.pruneReleased();
                pruneAt = now.plus(PRUNE_EVERY);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox scan failed: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        retryWakes.shutdownNow();
        workers.values().forEach(ExecutorService::shutdown);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            boolean finished = true;
            for (ExecutorService pool : workers.values()) {
                finished &= pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (finished) {
                claims.letGoAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debugf("Could not let the outbox lanes go at shutdown (they expire): %s", e.getMessage());
        }
    }

    /** Drains the lane now, or once more after the drain under way; lanes this instance cannot deliver are left. */
    public void wake(String lane) {
        if (stopped || !deliversHere(lane)) {
            return;
        }
        wokenLanes.add(lane);
        if (busyLanes.add(lane)) {
            try {
                workersOf(lane).execute(() -> drain(lane));
            } catch (RejectedExecutionException shuttingDown) {
                busyLanes.remove(lane);
            }
        }
    }

    private ExecutorService workersOf(String lane) {
        ExecutorService pool = workers.computeIfAbsent(destinationOf(lane), destination -> Executors.newFixedThreadPool(
                WORKERS_PER_DESTINATION, DaemonThreads.named("warroom-outbox-" + destination)));
        if (stopped) {
            // Made while stop() shut the others down: it takes nothing, so no lane is claimed after they were let go.
            pool.shutdown();
        }
        return pool;
    }

    /** A lane is named "destination:…" ("slack:12", "discord:dm:…", "pagerduty:…"). */
    private static String destinationOf(String lane) {
        return lane.substring(0, Math.max(lane.indexOf(':'), 0));
    }

    /** Whether the lane's destination is delivered from this instance (only chat platforms may say no). */
    private boolean deliversHere(String lane) {
        String destination = destinationOf(lane);
        for (ChatPlatform platform : platforms) {
            if (platform.enabled() && platform.platform().id().equals(destination)) {
                return platform.deliversHere();
            }
        }
        return true;
    }

    /**
     * Delivers while the lane is claimed here; a lane another instance holds is its business (its release finds
     * what was queued meanwhile). An emptied lane is let go, unless something was queued since the last look.
     */
    private void drain(String lane) {
        try {
            while (!stopped && wokenLanes.remove(lane) && claims.claim(lane)) {
                if (deliverDue(lane) && !claims.releaseIfDone(lane)) {
                    wokenLanes.add(lane);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox lane %s stopped: %s", lane, e.getMessage());
        } finally {
            busyLanes.remove(lane);
        }
        // Woken after the last look but before the lane was let go: nobody else will look.
        if (wokenLanes.contains(lane)) {
            wake(lane);
        }
    }

    /** Delivers the lane's due messages in order; true when it emptied it, false when it must wait or stop. */
    private boolean deliverDue(String lane) {
        while (!stopped) {
            if (!deliversHere(lane)) {
                claims.letGo(lane);
                return false;
            }
            if (!claims.claim(lane)) {
                return false;
            }
            Optional<OutboxMessage> head = store.head(lane);
            if (head.isEmpty()) {
                return true;
            }
            if (head.get().nextAttemptAt.isAfter(clock.instant()) || !deliver(head.get())) {
                return false;
            }
        }
        return false;
    }

    /** Delivers one message; false when the lane must wait (retry scheduled). */
    private boolean deliver(OutboxMessage message) {
        // Only the lane's first pending message can have been in flight at the instance that lost the lane.
        boolean takenOver = claims.takenOver(message.lane);
        if (message.kind.equals("RefreshCard") && store.hasLater(message.lane, message.id, message.kind)) {
            store.superseded(message.id, clock.instant());
            doubts.settled(message.id);
            return true;
        }
        Optional<Courier> courier = couriers.stream().filter(c -> c.carries(message.destination)).findFirst();
        if (courier.isEmpty()) {
            countFailure(message, DeliveryException.Reason.UNCONFIGURED, false);
            store.failed(message.id, message.destination + " is not configured any more");
            doubts.settled(message.id);
            return true;
        }
        Instant doubtfulSince = doubts.begin(message, takenOver, clock.instant());
        try {
            courier.get().deliver(message, doubtfulSince);
        } catch (DeliveryException e) {
            doubts.failed(message.id, doubtfulSince, e.postedNothing());
            return failed(message, courier.get(), e);
        } catch (Exception e) {
            return failed(message, courier.get(),
                    DeliveryException.giveUp(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        // Should recording fail (the database gone), the delivery stays in doubt for its next try.
        store.delivered(message.id, clock.instant());
        doubts.settled(message.id);
        return true;
    }

    private void wakeAfter(String lane, Duration wait) {
        try {
            retryWakes.schedule(() -> wake(lane), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // the next start's poll finds the lane
        }
    }

    /** Each failed attempt, by destination and reason class; "retrying" or "given_up" says what followed. */
    private void countFailure(OutboxMessage message, DeliveryException.Reason reason, boolean retrying) {
        meters.counter("warroom.deliveries.failed", "platform", message.destination, "reason", reason.label(),
                "outcome", retrying ? "retrying" : "given_up").increment();
    }

    private boolean failed(OutboxMessage message, Courier courier, DeliveryException e) {
        Instant now = clock.instant();
        boolean expired = Duration.between(message.createdAt, now).compareTo(courier.giveUpAfter()) > 0;
        if (!e.heldBack()) {
            countFailure(message, e.reason(), e.retryable() && !expired);
        }
        if (e.retryable() && !expired) {
            Duration wait = Backoff.after(message.attempts, courier.maxBackoff(), e.retryAfter());
            if (e.heldBack()) {
                LOG.debugf("%s delivery %d (%s) waits %d ms: %s", message.destination, message.id, message.kind,
                        wait.toMillis(), e.getMessage());
            } else {
                LOG.infof("%s delivery %d (%s) will be retried in %ds: %s", message.destination, message.id,
                        message.kind, wait.toSeconds(), e.getMessage());
            }
            store.retryAt(message.id, now.plus(wait), e.getMessage());
            wakeAfter(message.lane, wait);
            return false;
        }
        String error = e.retryable() ? e.getMessage() + " (still failing after "
                + HumanDuration.format(courier.giveUpAfter()) + ")" : e.getMessage();
        LOG.warnf("%s delivery %d (%s) failed: %s", message.destination, message.id, message.kind, error);
        store.failed(message.id, error);
        doubts.settled(message.id);
        if (message.incidentNumber != null) {
            QuarkusTransaction.requiringNew().run(() -> incidents.find(message.incidentNumber).ifPresent(incident ->
                    timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.SYSTEM,
                            courier.giveUpNote(message, error, incident.language)))));
        }
        return true;
    }
}
