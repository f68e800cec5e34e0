package io.warroom.command;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Echo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A past time as people type it, for {@code note --at}, {@code started} and {@code open … started:}: a time of day
 * ({@code 9:05}, {@code 14:26}, {@code 14:26:30}) or a date and a time ({@code 2026-03-01 9:05}), in the configured
 * zone unless an offset follows ({@code 2026-03-01T09:05:00Z}, as the REST API sends it). A time in the future is
 * refused. A time of day later than now means yesterday only when that is less than {@link #YESTERDAY_WITHIN} ago
 * (past midnight, {@code 23:55} is last night's), so a typo or a zone mix-up a few minutes ahead is refused rather
 * than filed almost a day too early.
 */
public record BackfillTime(LocalDate date, LocalTime time, ZoneOffset offset) {

    static final Duration YESTERDAY_WITHIN = Duration.ofHours(12);
    private static final Pattern FORM = Pattern.compile(
            "(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:\\d{2})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("H:mm")
            .optionalStart().appendPattern(":ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().optionalEnd().toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    public BackfillTime(LocalDate date, LocalTime time) {
        this(date, time, null);
    }

    static BackfillTime parse(String text, Verb verb) {
        return parse(text, "--at ", verb);
    }

    /** given is how the time was introduced ("--at ", "started "), to quote it back in a refusal. */
    public static BackfillTime parse(String text, String given, Verb verb) {
        Matcher form = FORM.matcher(text.strip());
        try {
            if (form.matches()) {
                LocalDate date = form.group(1) == null ? null : LocalDate.parse(form.group(1), DATE);
                ZoneOffset offset = form.group(3) == null ? null : ZoneOffset.of(form.group(3));
                if (offset == null || date != null) {
                    return new BackfillTime(date, LocalTime.parse(form.group(2), TIME), offset);
                }
            }
        } catch (DateTimeParseException e) {
            // Answered below like any other text that is not a time.
        }
        String quoted = given + Echo.of(text, 40);
        throw new UsageException("`" + quoted + "` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.", verb,
                m -> m.notATime(quoted));
    }

    /** The instant meant, in the zone people type times in; refuses a time in the future. */
    public Instant resolve(Clock clock, ZoneId zone) {
        return resolve(clock, zone, "--at ", Verb.NOTE, UsageMessages::adviceBackfill);
    }

    /** As {@link #resolve(Clock, ZoneId)}; the refusal quotes given and ends with advice, in the reader's language. */
    public Instant resolve(Clock clock, ZoneId zone, String given, Verb verb,
            Function<UsageMessages, String> adviceIn) {
        String advice = adviceIn.apply(Bundles.in(UsageMessages.class, Language.EN));
        String zoneId = zone.getId();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        if (offset != null) {
            Instant at = LocalDateTime.of(date, time).toInstant(offset);
            if (at.isAfter(clock.instant())) {
                String quoted = given + shown();
                String shownNow = now.format(SHOWN);
                throw new UsageException("`" + quoted + "` is in the future: it is " + shownNow + " now (" + zoneId
                        + "). " + advice + ".", verb, m -> m.timeInFuture(quoted, shownNow, zoneId, adviceIn.apply(m)));
            }
            return at;
        }
        LocalDateTime at = LocalDateTime.of(date != null ? date : now.toLocalDate(), time);
        if (at.isAfter(now) && date == null
                && !at.minusDays(1).isBefore(now.minus(YESTERDAY_WITHIN))) {
            at = at.minusDays(1);
        }
        if (at.isAfter(now)) {
            String quoted = given + shown();
            String shownNow = now.format(SHOWN);
            if (date != null) {
                throw new UsageException("`" + quoted + "` is in the future: it is " + shownNow + " now (" + zoneId
                        + "). " + advice + ".", verb, m -> m.timeInFuture(quoted, shownNow, zoneId, adviceIn.apply(m)));
            }
            String example = given + now.toLocalDate().minusDays(1) + (given.endsWith(":") ? "T" : " ") + shown();
            throw new UsageException("`" + quoted + "` is in the future: it is " + shownNow + " now (" + zoneId
                    + "). " + advice + "; for an earlier day give the date, e.g. `" + example + "`.", verb,
                    m -> m.timeInFutureGiveDate(quoted, shownNow, zoneId, adviceIn.apply(m), example));
        }
        return at.atZone(zone).toInstant();
    }

    private String shown() {
        return (date == null ? "" : date + " ") + time + (offset == null ? "" : offset.getId());
    }
}
