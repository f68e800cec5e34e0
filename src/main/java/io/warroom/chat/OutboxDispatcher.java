package io.warroom.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import io.warroom.jobs.JobLeases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Delivers queued chat messages after commit: lanes in parallel, each lane strictly in order. A failed delivery
 * holds its lane and is retried with backoff (or when the platform's Retry-After says), so an outage delays
 * messages but loses none; pending rows survive a restart. Only the instance holding the "outbox" lease delivers.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final String LEASE = "outbox";

    @Inject
    OutboxStore store;

    @Inject
    @All
    List<ChatPlatform> platforms;

    @Inject
    JobLeases leases;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ChatConfig config;

    @Inject
    IncidentCards cards;

    private final ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "warroom-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> busyLanes = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scanning = new AtomicBoolean();
    private final AtomicBoolean rescan = new AtomicBoolean();
    private volatile Instant leaseRenewAt = Instant.MIN;
    private volatile boolean stopped;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    @Scheduled(every = "${warroom.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        workers.shutdown();
    }

    /** Asks for a scan for lanes with work; wakes that arrive during a scan cause one more scan after it. */
    public void wake() {
        if (stopped) {
            return;
        }
        rescan.set(true);
        if (!scanning.compareAndSet(false, true)) {
            return;
        }
        try {
            workers.execute(this::scanWhileAsked);
        } catch (RuntimeException rejected) {
            scanning.set(false);
        }
    }

    private void scanWhileAsked() {
        try {
            while (!stopped && rescan.getAndSet(false)) {
                scan();
            }
        } finally {
            scanning.set(false);
        }
        if (rescan.get()) {
            wake();
        }
    }

    private void scan() {
        try {
            if (!holdLease()) {
                return;
            }
            for (String lane : store.lanesWithPending()) {
                if (busyLanes.add(lane)) {
                    workers.execute(() -> drain(lane));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox scan failed: %s", e.getMessage());
        }
    }

    /** Renews the lease only when a third of it is gone, so a busy instance does not write it on every commit. */
    private boolean holdLease() {
        Instant now = clock.instant();
        Duration ttl = config.leaseTtl();
        if (now.isBefore(leaseRenewAt)) {
            return true;
        }
        if (leases.tryAcquire(LEASE, ttl)) {
            leaseRenewAt = now.plus(ttl.dividedBy(3));
            return true;
        }
        return false;
    }

    private void drain(String lane) {
        try {
            while (!stopped) {
                Optional<OutboxMessage> head = store.head(lane);
                if (head.isEmpty() || head.get().nextAttemptAt.isAfter(clock.instant())) {
                    return;
                }
                if (!deliver(head.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox lane %s stopped: %s", lane, e.getMessage());
        } finally {
            busyLanes.remove(lane);
        }
        // A message committed just as this lane went idle was skipped by the scan it woke: look once more.
        if (!stopped && store.head(lane).filter(m -> !m.nextAttemptAt.isAfter(clock.instant())).isPresent()) {
            wake();
        }
    }

    /** Delivers one message; false when the lane must wait (retry scheduled). */
    private boolean deliver(OutboxMessage message) {
        Instant now = clock.instant();
        if (message.kind.equals("RefreshCard") && store.hasLater(message.lane, message.id, message.kind)) {
            store.superseded(message.id, now);
            return true;
        }
        Optional<ChatPlatform> platform = platforms.stream()
                .filter(p -> p.platform() == message.platform && p.enabled()).findFirst();
        if (platform.isEmpty()) {
            store.failed(message.id, message.platform.id() + " is not configured any more");
            return true;
        }
        try {
            Delivery delivery = json.readValue(message.payload, Delivery.class);
            IncidentCard card = message.incidentNumber == null ? null : card(message.incidentNumber);
            platform.get().deliver(new OutboxEnvelope(message.id, message.platform, delivery,
                    card == null ? null : card.incident(), card, message.attempts + 1));
            store.delivered(message.id, clock.instant());
            return true;
        } catch (DeliveryException e) {
            return failed(message, e);
        } catch (Exception e) {
            return failed(message, DeliveryException.giveUp(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private boolean failed(OutboxMessage message, DeliveryException e) {
        Instant now = clock.instant();
        boolean expired = Duration.between(message.createdAt, now).compareTo(config.giveUpAfter()) > 0;
        if (e.retryable() && !expired) {
            Duration wait = backoff(message.attempts, e.retryAfter());
            LOG.infof("%s delivery %d (%s) will be retried in %ds: %s", message.platform.id(), message.id,
                    message.kind, wait.toSeconds(), e.getMessage());
            store.retryAt(message.id, now.plus(wait), e.getMessage());
            return false;
        }
        LOG.warnf("%s delivery %d (%s) failed: %s", message.platform.id(), message.id, message.kind, e.getMessage());
        store.failed(message.id, e.getMessage());
        if (message.incidentNumber != null) {
            noteFailure(message, e.getMessage());
        }
        return true;
    }

    private Duration backoff(int attempts, Duration retryAfter) {
        long seconds = Math.min(config.maxBackoff().toSeconds(), 1L << Math.min(attempts, 16));
        Duration exponential = Duration.ofSeconds(seconds);
        return retryAfter != null && retryAfter.compareTo(exponential) > 0 ? retryAfter : exponential;
    }

    private IncidentCard card(long number) {
        return QuarkusTransaction.requiringNew().call(() -> incidents.find(number)
                .map(incident -> cards.of(IncidentSnapshot.of(incident))).orElse(null));
    }

    private void noteFailure(OutboxMessage message, String error) {
        QuarkusTransaction.requiringNew().run(() -> incidents.find(message.incidentNumber).ifPresent(incident ->
                timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.SYSTEM,
                        "Could not deliver to " + message.platform.id() + " (" + message.kind + "): " + error))));
    }
}
