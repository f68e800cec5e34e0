package io.warroom.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coalesces repeated firings: the first firing of a key in a window is written and posted at once, the others are
 * only counted, and {@link #due} hands out the counts of windows that have ended, as one "+N more" each.
 */
@ApplicationScoped
public class FiringWindows {

    /** What a window counted: the incident it joined (0 for channel posts) and the alert's line. */
    public record Count(String key, long incidentNumber, String text, long more) {
    }

    private static final class Window {
        final long incidentNumber;
        final String text;
        Instant start;
        long more;

        Window(long incidentNumber, String text, Instant start) {
            this.incidentNumber = incidentNumber;
            this.text = text;
            this.start = start;
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    AlertsConfig config;

    /** True when this firing starts a window (write it now); false when it was counted into the open one. */
    public boolean first(String key, long incidentNumber, String text, Instant now) {
        boolean[] first = {false};
        windows.compute(key, (k, window) -> {
            if (window == null || window.incidentNumber != incidentNumber) {
                first[0] = true;
                return new Window(incidentNumber, text, now);
            }
            window.more++;
            return window;
        });
        return first[0];
    }

    /** Counts of windows that ended by now; each such window starts over, or goes when it counted nothing. */
    public List<Count> due(Instant now) {
        List<Count> due = new ArrayList<>();
        Instant endedBy = now.minus(config.coalesceWindow());
        for (String key : List.copyOf(windows.keySet())) {
            windows.computeIfPresent(key, (k, window) -> {
                if (window.start.isAfter(endedBy)) {
                    return window;
                }
                if (window.more == 0) {
                    return null;
                }
                due.add(new Count(k, window.incidentNumber, window.text, window.more));
                window.more = 0;
                window.start = now;
                return window;
            });
        }
        return due;
    }

    public void forget(String key) {
        windows.remove(key);
    }
}
