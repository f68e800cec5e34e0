package io.warroom.incident.similar;

import io.warroom.incident.IncidentStatus;
import java.time.Instant;
import java.util.List;

/**
 * An earlier incident that looks like this one, as it is now: its root cause (the last of its whys) and resolution
 * are read when shown, so a cause found after the list was made still appears. Null when not recorded.
 */
public record SimilarView(String key, long number, String title, String service, IncidentStatus status,
        Instant detected, int score, List<String> reasons, String rootCause, String resolution) {
}
