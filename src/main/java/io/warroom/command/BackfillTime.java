package io.warroom.command;

import io.warroom.incident.Echo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The time given to {@code note --at}: a time of day (the latest one not in the future) or a full date and time. */
public record BackfillTime(LocalDate date, LocalTime time) {

    static BackfillTime parse(String text, Verb verb) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.contains("T")) {
                LocalDateTime dateTime = LocalDateTime.parse(t);
                return new BackfillTime(dateTime.toLocalDate(), dateTime.toLocalTime());
            }
            return new BackfillTime(null, LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            throw new UsageException("`--at " + Echo.of(text) + "` is not a time: use HH:MM (e.g. 14:26) or "
                    + "YYYY-MM-DD HH:MM.", verb);
        }
    }

    public Instant resolve(Clock clock, ZoneId zone) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime at = date != null ? LocalDateTime.of(date, time) : LocalDateTime.of(now.toLocalDate(), time);
        if (date == null && at.isAfter(now)) {
            at = at.minusDays(1);
        }
        return at.atZone(zone).toInstant();
    }
}
