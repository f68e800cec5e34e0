package io.warroom.monitor;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a latency rule judges: the mean response time ({@code avg}) or a percentile of it ({@code p95}). */
public record LatencyStatistic(double percentile) {

    public static final LatencyStatistic AVERAGE = new LatencyStatistic(0);
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(\\.\\d)?)");

    /** {@code avg}, or {@code p} and a percentile from 1 to 99.9 ({@code p50}, {@code p95}, {@code p99.9}). */
    public static Optional<LatencyStatistic> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("avg") || t.equals("average") || t.equals("mean")) {
            return Optional.of(AVERAGE);
        }
        Matcher m = PERCENTILE.matcher(t);
        if (m.matches()) {
            double percentile = Double.parseDouble(m.group(1));
            if (percentile >= 1) {
                return Optional.of(new LatencyStatistic(percentile));
            }
        }
        return Optional.empty();
    }

    public boolean average() {
        return percentile == 0;
    }

    /** Its value over the requests, in microseconds. */
    public long of(LatencyHistogram requests) {
        return average() ? requests.averageMicros() : requests.percentileMicros(percentile);
    }

    /** {@code avg} or {@code p95}, as written in the configuration. */
    public String label() {
        return average() ? "avg" : "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
    }

    /** {@code average response time} or {@code p95 response time}. */
    public String describe() {
        return (average() ? "average" : label()) + " response time";
    }
}
