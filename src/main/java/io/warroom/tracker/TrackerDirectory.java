package io.warroom.tracker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the trackers file says: the trackers, and which serves which service or team. */
public record TrackerDirectory(Map<String, Tracker> trackers, String defaultTracker) {

    public TrackerDirectory {
        trackers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trackers));
    }

    public static TrackerDirectory empty() {
        return new TrackerDirectory(Map.of(), null);
    }

    /** The tracker listing the service, else the one serving its team, else the default; empty when none. */
    public Optional<Tracker> forIncident(String service, Optional<String> team) {
        return all().stream().filter(t -> t.lists(service)).findFirst()
                .or(() -> team.flatMap(name -> all().stream().filter(t -> t.servesTeam(name)).findFirst()))
                .or(() -> Optional.ofNullable(defaultTracker).map(trackers::get));
    }

    public Optional<Tracker> named(String name) {
        return Optional.ofNullable(trackers.get(name));
    }

    public Collection<Tracker> all() {
        return trackers.values();
    }
}
