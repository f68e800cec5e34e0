package io.warroom.incident;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;

/** The timeline's words in an incident's language. */
final class TimelineTexts {

    private TimelineTexts() {
    }

    static TimelineMessages of(Incident incident) {
        return of(incident.language);
    }

    static TimelineMessages of(Language language) {
        return Bundles.in(TimelineMessages.class, language);
    }
}
