package io.warroom.incident;

import io.warroom.i18n.Bundles;

/** The timeline's words in an incident's language. */
final class TimelineTexts {

    private TimelineTexts() {
    }

    static TimelineMessages of(Incident incident) {
        return Bundles.in(TimelineMessages.class, incident.language);
    }
}
