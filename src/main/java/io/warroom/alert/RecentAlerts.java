package io.warroom.alert;

import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binding keys this instance routed recently and their incident, kept in memory so a storm of firings of one alert
 * is counted with one update of its window row, without locking the incident. Only a guess: another instance may
 * have resolved the incident, which the window row then says. Entries live one coalescing window, and go as soon as
 * their incident resolves here.
 */
@ApplicationScoped
public class RecentAlerts {

    private static final int MAX_ENTRIES = 100_000;

    private record Recent(long incidentNumber, Instant until) {
    }

    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    @Inject
    AlertsConfig config;

    /** The open incident one of the keys was routed to within the window, or null. */
    public Long incidentFor(List<String> keys, Instant now) {
        for (String key : keys) {
            Recent found = recent.get(key);
            if (found != null && found.until().isAfter(now)) {
                return found.incidentNumber();
            }
        }
        return null;
    }

    public void remember(List<String> keys, long incidentNumber, Instant now) {
        if (recent.size() >= MAX_ENTRIES) {
            recent.clear();
        }
        Recent entry = new Recent(incidentNumber, now.plus(config.coalesceWindow()));
        keys.forEach(key -> recent.put(key, entry));
    }

    public void forget(String key) {
        recent.remove(key);
    }

    /** A resolved or closed incident takes no more firings: the next one goes through the database again. */
    void onTimeline(@Observes TimelineEntryAdded added) {
        TimelineKind kind = added.entry().kind;
        if (kind == TimelineKind.RESOLVED || kind == TimelineKind.CLOSED) {
            long number = added.incident().number;
            recent.values().removeIf(r -> r.incidentNumber() == number);
        }
    }
}
