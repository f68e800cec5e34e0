package io.warroom.webapp.incidents;

import io.warroom.incident.IncidentKey;
import io.warroom.incident.TimelineEntry;
import io.warroom.reply.ApprovalButtons;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One timeline entry as the page shows it. The time is given in UTC (the script adds the viewer's local time); the
 * link is shown only when it is a web address, so a stored {@code javascript:} text never becomes a link.
 * approvalRun: the runbook run the entry asks to approve (the page shows Approve and Deny), else null.
 */
public record TimelineRow(long id, String kind, String kindLabel, String isoTime, String utcTime, String actor,
        String text, String link, boolean backfilled, String incidentKey, Long approvalRun) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static TimelineRow of(TimelineEntry entry, IncidentPageMessages messages) {
        Instant at = entry.occurredAt.truncatedTo(ChronoUnit.SECONDS);
        return new TimelineRow(entry.id, entry.kind.id(), messages.kind(entry.kind), at.toString(), UTC.format(at),
                entry.actor == null ? "" : entry.actor.displayName, entry.text, webLink(entry.link),
                entry.backfilled, IncidentKey.of(entry.incidentNumber),
                ApprovalButtons.runOf(entry.dedupKey).orElse(null));
    }

    static String webLink(String link) {
        if (link == null) {
            return null;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : null;
    }
}
