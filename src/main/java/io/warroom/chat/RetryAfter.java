package io.warroom.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of an HTTP {@code Retry-After} header: whole or decimal seconds (Discord sends {@code 1.5}) or an
 * HTTP-date. Anything else, negative numbers included, is no answer; a wait longer than a day is read as a day.
 */
public final class RetryAfter {

    static final Duration LONGEST = Duration.ofDays(1);
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");

    private RetryAfter() {
    }

    /** How long the header asks to wait, counted from now (an HTTP-date in the past means no wait). */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (SECONDS.matcher(value).matches()) {
            BigDecimal millis = new BigDecimal(value).movePointRight(3);
            return Optional.of(millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) >= 0 ? LONGEST
                    : Duration.ofMillis(millis.setScale(0, RoundingMode.CEILING).longValueExact()));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
