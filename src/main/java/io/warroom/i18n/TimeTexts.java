package io.warroom.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Durations and dates in a language's usual forms: "1h 5m" and "Dec 6, 2026" in English, "1시간 5분" and "2026년 12월 6일" in Korean. */
public final class TimeTexts {

    private final TimeMessages messages;
    private final Language language;

    private TimeTexts(Language language) {
        this.language = language;
        this.messages = Bundles.in(TimeMessages.class, language);
    }

    public static TimeTexts in(Language language) {
        return new TimeTexts(language);
    }

    /** Seconds under a minute, minutes under an hour, hours and minutes under two days, then days and hours. */
    public String duration(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return messages.seconds(seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return messages.minutes(minutes);
        }
        long hours = minutes / 60;
        return hours < 48 ? messages.hoursMinutes(hours, minutes % 60) : messages.daysHours(hours / 24, hours % 24);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(messages.dateTimePattern(), language.locale()).format(at.atZone(zone));
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(messages.datePattern(), language.locale()).format(date);
    }
}
