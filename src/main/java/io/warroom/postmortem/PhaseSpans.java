package io.warroom.postmortem;

import io.warroom.incident.Phase;
import io.warroom.incident.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** When the incident was in which phase, read back from the timeline (each entry records the phase it saw). */
final class PhaseSpans {

    record Span(Phase phase, Instant start, Instant end) {
    }

    private PhaseSpans() {
    }

    /** Spans in order; a phase visited twice (after going back) appears twice. The last span ends at {@code end}. */
    static List<Span> of(Instant detected, List<TimelineEntry> entries, Instant end) {
        List<TimelineEntry> byRecording = new ArrayList<>(entries);
        byRecording.sort(Comparator.comparing((TimelineEntry e) -> e.recordedAt).thenComparing(e -> e.id));
        List<Span> spans = new ArrayList<>();
        Phase current = Phase.DETECT;
        Instant since = detected;
        for (TimelineEntry entry : byRecording) {
            // A backfilled entry carries the phase of the time it tells about, not of when it was written.
            if (!entry.backfilled && entry.phase != current) {
                spans.add(new Span(current, since, entry.recordedAt));
                current = entry.phase;
                since = entry.recordedAt;
            }
        }
        spans.add(new Span(current, since, end.isBefore(since) ? since : end));
        return spans;
    }
}
