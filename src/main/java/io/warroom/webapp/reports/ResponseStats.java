package io.warroom.webapp.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How many incidents reached a milestone, and the median and p90 of how long it took them. */
public record ResponseStats(int count, Optional<Duration> median, Optional<Duration> p90) {

    public static ResponseStats of(List<Duration> durations) {
        return new ResponseStats(durations.size(), Percentiles.median(durations), Percentiles.p90(durations));
    }
}
