package io.warroom.monitor;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The requests and 5xx answers of one service over a window of whole minutes, from and to inclusive. */
public record ErrorRateWindow(long total, long serverErrors, Instant from, Instant to) {

    static ErrorRateWindow of(Map<Instant, AccessLogBatch.MinuteCount> minutes, Instant from, Instant to) {
        long total = 0;
        long errors = 0;
        for (var entry : minutes.entrySet()) {
            if (!entry.getKey().isBefore(from) && !entry.getKey().isAfter(to)) {
                total += entry.getValue().total();
                errors += entry.getValue().serverErrors();
            }
        }
        return new ErrorRateWindow(total, errors, from, to);
    }

    public double percent() {
        return total == 0 ? 0 : 100.0 * serverErrors / total;
    }

    /** {@code 150 of 1250 requests (12.0%) answered 5xx}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d of %d requests (%.1f%%) answered 5xx", serverErrors, total, percent());
    }
}
