package io.warroom.webapp.incidents;

import io.warroom.incident.Phase;
import io.warroom.incident.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Time spent in each phase, read from the timeline: every entry records the phase the incident was in when it was
 * written, so a change of phase between two entries is the moment the incident moved (a PHASE entry, written with the
 * move). Backfilled entries are left out: they carry the phase of a past moment. The current phase runs until
 * {@code end} (now, or when the incident was closed). Going back a phase adds to the earlier phase's time.
 */
public final class PhaseTimes {

    private PhaseTimes() {
    }

    public static Map<Phase, Duration> of(List<TimelineEntry> entries, Instant start, Instant end) {
        Map<Phase, Duration> spent = new EnumMap<>(Phase.class);
        List<TimelineEntry> live = entries.stream().filter(e -> !e.backfilled)
                .sorted(Comparator.comparing((TimelineEntry e) -> e.occurredAt).thenComparing(e -> e.id)).toList();
        Phase current = Phase.DETECT;
        Instant since = start;
        for (TimelineEntry entry : live) {
            if (entry.phase != current) {
                add(spent, current, since, entry.occurredAt);
                current = entry.phase;
                since = entry.occurredAt.isAfter(since) ? entry.occurredAt : since;
            }
        }
        add(spent, current, since, end);
        return spent;
    }

    private static void add(Map<Phase, Duration> spent, Phase phase, Instant from, Instant to) {
        Duration length = to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        spent.merge(phase, length, Duration::plus);
    }
}
