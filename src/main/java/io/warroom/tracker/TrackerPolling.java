package io.warroom.tracker;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Notices issues closed in their tracker and marks their action items done. Polling needs no route into Warroom,
 * so it works where trackers cannot reach it. One instance polls at a time; a tracker that rate-limits us is left
 * alone until the time it names.
 */
@ApplicationScoped
public class TrackerPolling {

    private static final Logger LOG = Logger.getLogger(TrackerPolling.class);
    static final String LEASE = "tracker-poll";

    @Inject
    Trackers trackers;

    @Inject
    FilingWork work;

    @Inject
    TrackerConfig config;

    @Inject
    JobLeases leases;

    @Inject
    @All
    List<TrackerClient> clients;

    @Inject
    Clock clock;

    private final Map<String, Instant> quietUntil = new ConcurrentHashMap<>();

    @Scheduled(every = "${warroom.trackers.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        if (trackers.configured() && leases.tryAcquire(LEASE, config.leaseTtl())) {
            checkFiled();
        }
    }

    /** One pass over filed issues, least recently checked first. */
    public void checkFiled() {
        for (FilingWork.Filed filed : work.toCheck(config.pollBatch())) {
            Instant now = clock.instant();
            Optional<Tracker> tracker = trackers.current().named(filed.tracker());
            if (tracker.isEmpty()) {
                work.checked(filed.id(), now, "tracker `" + filed.tracker() + "` is no longer in the trackers file");
                continue;
            }
            if (quietUntil.getOrDefault(tracker.get().name(), Instant.MIN).isAfter(now)) {
                continue;
            }
            check(filed, tracker.get(), now);
        }
    }

    private void check(FilingWork.Filed filed, Tracker tracker, Instant now) {
        try {
            TrackerClient client = clients.stream().filter(c -> c.kind() == tracker.kind()).findFirst().orElseThrow();
            IssueState state = client.state(tracker, filed.ref(), TrackerCourier.token(tracker));
            if (state.closed()) {
                work.closed(filed.id(), tracker, state, now);
            } else {
                work.checked(filed.id(), now, null);
            }
        } catch (TrackerException e) {
            if (e.retryAfter() != null) {
                quietUntil.put(tracker.name(), now.plus(e.retryAfter()));
            }
            LOG.warnf("Checking %s failed: %s", filed.ref(), e.getMessage());
            work.checked(filed.id(), now, e.getMessage());
        }
    }
}
