package io.warroom.webapp.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the status page shows them: in UTC, to the minute; a reader anywhere sees the same text. */
public record StatusTimes(Instant now) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String shown(Instant at) {
        return SHOWN.format(at);
    }

    /** For datetime attributes and Atom: RFC 3339, to the second. */
    public String machine(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
