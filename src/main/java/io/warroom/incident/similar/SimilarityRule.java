package io.warroom.incident.similar;

import io.warroom.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How alike an earlier incident is, from the terms the two share: the same alert fingerprint 100 points, the same
 * alert group 60, the same service 25, each shared word 15 (at most four count). Below 30 points it is not shown, so
 * a shared service or a single shared word alone is not enough. Equal scores go to the incident that is resolved or
 * closed and has a root cause, then to the more recent one.
 */
public final class SimilarityRule {

    public static final int SAME_FINGERPRINT = 100;
    public static final int SAME_GROUP = 60;
    public static final int SAME_SERVICE = 25;
    public static final int SHARED_WORD = 15;
    public static final int WORDS_COUNTED = 4;
    public static final int MINIMUM = 30;
    public static final int SHOWN = 3;

    /** The reasons as stored, in English; chat translates them by these texts when it shows them. */
    public static final String REASON_SAME_ALERT = "same alert";
    public static final String REASON_SAME_GROUP = "same alert group";
    public static final String REASON_SAME_SERVICE = "same service";
    public static final String REASON_SHARED_WORDS = "shared words: ";

    private static final int WORDS_NAMED = 6;

    private SimilarityRule() {
    }

    /** Points and the reasons for them; shared terms in the order of the new incident's terms. */
    public record Score(int points, List<String> reasons) {

        public boolean shown() {
            return points >= MINIMUM;
        }
    }

    /** An earlier incident that scored, with what breaks ties. */
    public record Candidate(long number, Score score, IncidentStatus status, boolean hasRootCause, Instant detected) {

        boolean learnedFrom() {
            return status != IncidentStatus.OPEN && hasRootCause;
        }
    }

    static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> c.score().points()).reversed()
            .thenComparing(Candidate::learnedFrom, Comparator.reverseOrder())
            .thenComparing(Candidate::detected, Comparator.reverseOrder())
            .thenComparing(Candidate::number, Comparator.reverseOrder());

    public static Score score(Collection<String> shared) {
        boolean fingerprint = shared.stream().anyMatch(t -> t.startsWith(Terms.FINGERPRINT));
        boolean group = shared.stream().anyMatch(t -> t.startsWith(Terms.GROUP));
        boolean service = shared.stream().anyMatch(t -> t.startsWith(Terms.SERVICE));
        List<String> words = shared.stream().filter(Terms::isWord).toList();
        int points = (fingerprint ? SAME_FINGERPRINT : 0) + (group ? SAME_GROUP : 0) + (service ? SAME_SERVICE : 0)
                + SHARED_WORD * Math.min(words.size(), WORDS_COUNTED);
        List<String> reasons = new ArrayList<>();
        if (fingerprint) {
            reasons.add(REASON_SAME_ALERT);
        }
        if (group) {
            reasons.add(REASON_SAME_GROUP);
        }
        if (service) {
            reasons.add(REASON_SAME_SERVICE);
        }
        if (!words.isEmpty()) {
            reasons.add(REASON_SHARED_WORDS + String.join(", ", words.stream().limit(WORDS_NAMED).toList()));
        }
        return new Score(points, List.copyOf(reasons));
    }

    /** The best {@value #SHOWN} of the candidates that reach the minimum, best first. */
    public static List<Candidate> rank(Collection<Candidate> candidates) {
        return candidates.stream().filter(c -> c.score().shown()).sorted(BEST_FIRST).limit(SHOWN).toList();
    }
}
