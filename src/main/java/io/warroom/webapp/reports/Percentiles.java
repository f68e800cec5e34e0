package io.warroom.webapp.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The one percentile method of the reports: linear interpolation between closest ranks (Hyndman and Fan's type 7,
 * the default of R, NumPy and spreadsheet PERCENTILE.INC). For sorted values x[0..n-1] the p-th percentile lies at
 * h = (n - 1) * p: x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]). So the median of an even count is the
 * mean of the two middle values, a single value is every percentile, and no values give no percentile (shown as —).
 * Results are rounded to the nearest millisecond.
 */
public final class Percentiles {

    private Percentiles() {
    }

    public static Optional<Duration> median(List<Duration> values) {
        return percentile(values, 0.5);
    }

    public static Optional<Duration> p90(List<Duration> values) {
        return percentile(values, 0.9);
    }

    /** @param p between 0 and 1 */
    public static Optional<Duration> percentile(List<Duration> values, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a percentile lies between 0 and 1: " + p);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        long[] millis = values.stream().mapToLong(Duration::toMillis).sorted().toArray();
        double h = (millis.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, millis.length - 1);
        double value = millis[below] + (h - below) * (millis[above] - millis[below]);
        return Optional.of(Duration.ofMillis(Math.round(value)));
    }
}
