package io.warroom.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.warroom.incident.Phase;
import io.warroom.incident.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open incidents and the outbox as gauges, from the last {@link ClusterCounts} reading the heartbeat took, so a
 * scrape costs no query. Cluster-wide: every replica reports the same numbers (aggregate them with max()).
 */
@Startup
@ApplicationScoped
public class ClusterGauges {

    @Inject
    MeterRegistry meters;

    private volatile ClusterCounts.Snapshot latest = ClusterCounts.Snapshot.empty();
    /** Destinations ever seen pending: they stay at 0 rather than vanish once drained. */
    private final Set<String> destinations = ConcurrentHashMap.newKeySet();
    private MultiGauge pending;
    private MultiGauge oldestAge;

    @PostConstruct
    void register() {
        // An earlier start in this JVM (dev-mode reload, tests) leaves its gauges, bound to its beans; registering
        // again would hand those back, so a scrape would read a dead start. Replace them.
        meters.find("warroom.incidents.open").meters().forEach(meters::remove);
        for (Severity severity : Severity.values()) {
            for (Phase phase : Phase.values()) {
                ClusterCounts.OpenKey key = new ClusterCounts.OpenKey(severity, phase);
                Gauge.builder("warroom.incidents.open", this, gauges -> gauges.latest.open().getOrDefault(key, 0L))
                        .description("Open incidents by severity and phase, cluster-wide (aggregate with max)")
                        .tags("severity", severity.label().toLowerCase(Locale.ROOT), "phase", phase.id())
                        .register(meters);
            }
        }
        pending = MultiGauge.builder("warroom.outbox.pending")
                .description("Deliveries waiting in the outbox per platform, cluster-wide (aggregate with max)")
                .register(meters);
        oldestAge = MultiGauge.builder("warroom.outbox.oldest.pending.age").baseUnit("seconds")
                .description("Age of the oldest pending outbox delivery per platform, 0 when none, cluster-wide")
                .register(meters);
    }

    /** Publishes a reading taken at its readAt. */
    public void publish(ClusterCounts.Snapshot snapshot) {
        latest = snapshot;
        destinations.addAll(snapshot.outbox().keySet());
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (String destination : destinations) {
            ClusterCounts.Pending found = snapshot.outbox().get(destination);
            Tags tags = Tags.of("platform", destination);
            counts.add(MultiGauge.Row.of(tags, found == null ? 0 : found.count()));
            ages.add(MultiGauge.Row.of(tags, found == null ? 0
                    : Math.max(0, Duration.between(found.oldestQueuedAt(), snapshot.readAt()).toMillis() / 1000.0)));
        }
        pending.register(counts, true);
        oldestAge.register(ages, true);
    }

    public ClusterCounts.Snapshot latest() {
        return latest;
    }
}
