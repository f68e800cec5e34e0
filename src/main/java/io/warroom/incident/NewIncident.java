package io.warroom.incident;

import java.time.Instant;

/**
 * What it takes to open an incident. startedAt may be null (then: now); origin is the chat channel it was opened
 * from, if any, so the room can link back there.
 */
public record NewIncident(String title, Severity severity, String service, String description, Person openedBy,
        Instant startedAt, Origin origin) {

    public record Origin(Platform platform, String channelId) {
    }

    public NewIncident(String title, Severity severity, String service, String description, Person openedBy,
            Instant startedAt) {
        this(title, severity, service, description, openedBy, startedAt, null);
    }

    public NewIncident {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        title = title.strip().replaceAll("\\s+", " ");
        if (title.length() > Incident.TITLE_MAX) {
            throw new IllegalArgumentException("title is " + title.length() + " characters; the limit is "
                    + Incident.TITLE_MAX);
        }
        severity = severity == null ? Severity.SEV3 : severity;
        service = service == null || service.isBlank() ? null : service.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
