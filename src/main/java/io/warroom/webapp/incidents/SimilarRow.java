package io.warroom.webapp.incidents;

import io.warroom.i18n.Language;
import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.SimilarText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An earlier incident that looks like this one, as the incident page lists it; rootCause and resolution may be null. */
public record SimilarRow(String key, String title, String date, String status, String rootCause, String resolution,
        String because) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    static SimilarRow of(SimilarView s, IncidentPageMessages messages, Language language) {
        return new SimilarRow(s.key(), s.title(), DATE.format(s.detected()), s.status().label(language),
                s.rootCause(), s.resolution(), messages.similarBecause(SimilarText.reasons(s, language)));
    }
}
