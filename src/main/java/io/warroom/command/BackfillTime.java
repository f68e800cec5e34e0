package io.warroom.command;

import io.warroom.incident.Echo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time given to {@code note --at}: a time of day ({@code 9:05}, {@code 14:26}, {@code 14:26:30}) or a date and
 * a time ({@code 2026-03-01 9:05}). A time in the future is refused. A time of day later than now means yesterday
 * only when that is less than {@link #YESTERDAY_WITHIN} ago (past midnight, {@code --at 23:55} is last night's), so a
 * typo or a zone mix-up a few minutes ahead is refused rather than filed almost a day too early.
 */
public record BackfillTime(LocalDate date, LocalTime time) {

    static final Duration YESTERDAY_WITHIN = Duration.ofHours(12);
    private static final Pattern FORM = Pattern.compile("(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}:\\d{2}(?::\\d{2})?)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    static BackfillTime parse(String text, Verb verb) {
        Matcher form = FORM.matcher(text.strip());
        try {
            if (form.matches()) {
                LocalDate date = form.group(1) == null ? null : LocalDate.parse(form.group(1), DATE);
                return new BackfillTime(date, LocalTime.parse(form.group(2), TIME));
            }
        } catch (DateTimeParseException e) {
            // Answered below like any other text that is not a time.
        }
        throw new UsageException("`--at " + Echo.of(text, 40) + "` is not a time: use HH:MM (e.g. 14:26) or "
                + "YYYY-MM-DD HH:MM.", verb);
    }

    /** The instant meant, in the zone people type times in; refuses a time in the future. */
    public Instant resolve(Clock clock, ZoneId zone) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime at = LocalDateTime.of(date != null ? date : now.toLocalDate(), time);
        if (at.isAfter(now) && date == null
                && !at.minusDays(1).isBefore(now.minus(YESTERDAY_WITHIN))) {
            at = at.minusDays(1);
        }
        if (at.isAfter(now)) {
            throw new UsageException("`--at " + shown() + "` is in the future: it is " + now.format(SHOWN) + " now ("
                    + zone.getId() + "). Backfill what already happened" + (date == null
                    ? "; for an earlier day give the date, e.g. `--at " + now.toLocalDate().minusDays(1) + " "
                            + shown() + "`." : "."), Verb.NOTE);
        }
        return at.atZone(zone).toInstant();
    }

    private String shown() {
        return (date == null ? "" : date + " ") + time;
    }
}
