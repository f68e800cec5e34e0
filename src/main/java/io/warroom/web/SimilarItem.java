package io.warroom.web;

import io.warroom.incident.similar.SimilarView;
import io.warroom.reply.SimilarText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An earlier incident that looks like the one asked about. rootCause and resolution are null when not recorded;
 * url is the incident's page (its postmortem), absolute when warroom.public-url is set.
 */
public record SimilarItem(String key, String title, String service, String status, Instant detected, int score,
        List<String> reasons, String rootCause, String resolution, String url) {

    static SimilarItem of(SimilarView s, Optional<String> publicUrl) {
        String url = SimilarText.link(publicUrl, s.key()).orElse("/incidents/" + s.key() + "#postmortem-section");
        return new SimilarItem(s.key(), s.title(), s.service(), s.status().label(), s.detected(), s.score(),
                s.reasons(), s.rootCause(), s.resolution(), url);
    }
}
