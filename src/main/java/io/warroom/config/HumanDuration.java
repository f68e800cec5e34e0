package io.warroom.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in chat and config files: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 1w}. */
public final class HumanDuration {

    private static final Pattern WHOLE = Pattern.compile("(\\d{1,6}\\s*(w|d|h|min|m|s)\\s*)+");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})\\s*(w|d|h|min|m|s)");

    private HumanDuration() {
    }

    /** Empty when the text is not a duration; ISO-8601 ({@code PT5M}) is accepted too. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m", "min" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return Optional.of(total);
    }

    /** The short form people type: {@code 1h30m}, {@code 5m}, {@code 45s}, {@code 1w}. */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long[] sizes = {7 * 86400, 86400, 3600, 60, 1};
        String[] units = {"w", "d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                text.append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return text.toString();
    }
}
