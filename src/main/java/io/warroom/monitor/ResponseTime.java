package io.warroom.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Response times as people write thresholds ({@code 800ms}, {@code 2.5s}) and as alerts show them. */
final class ResponseTime {

    /** Thresholds above this are no latency rule: such a request has long been cut off by a proxy. */
    static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Pattern TEXT = Pattern.compile("(\\d{1,7}(\\.\\d{1,3})?)\\s*(ms|s)");

    private ResponseTime() {
    }

    /** Empty unless the text is milliseconds or seconds ({@code 800ms}, {@code 1s}, {@code 2.5s}). */
    static Optional<Duration> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal micros = new BigDecimal(m.group(1)).movePointRight(m.group(3).equals("ms") ? 3 : 6);
        return Optional.of(Duration.ofNanos(micros.longValueExact() * 1000));
    }

    /** Why the duration cannot be a threshold, or empty when it can. */
    static Optional<String> thresholdProblem(Duration threshold) {
        if (threshold.isNegative() || threshold.isZero() || threshold.compareTo(LONGEST) > 0) {
            return Optional.of("must be more than 0 and at most 10m (600s)");
        }
        return Optional.empty();
    }

    /** {@code 850 ms}, {@code 1 s}, {@code 4.2 s}, {@code 2.25 s}, {@code 37.5 s}. */
    static String format(long micros) {
        if (micros < 999_500) {
            return Math.round(micros / 1000.0) + " ms";
        }
        int decimals = micros < 10_000_000 ? 2 : 1;
        BigDecimal seconds = BigDecimal.valueOf(micros).movePointLeft(6).setScale(decimals, RoundingMode.HALF_UP);
        return seconds.stripTrailingZeros().toPlainString() + " s";
    }

    static String format(Duration duration) {
        return format(duration.toNanos() / 1000);
    }

    static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
