package io.warroom.incident.similar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms an incident is matched on: the words of its title, trigger and root cause, its service and the keys of the
 * alerts that opened it. Words are split on anything that is not a letter or digit, so Korean is split on spaces and
 * punctuation like English; a trailing Korean particle (가, 를, 에서 …) and an English plural s (not of -ss, -us,
 * -is: class, status, redis) are dropped so that "결제가" meets "결제" and "timeouts" meets "timeout".
 */
public final class Terms {

    /** Words beyond these add little and would make the lookup slow: a trigger may be a long paragraph. */
    public static final int MAX_WORDS = 64;

    static final String SERVICE = "service:";
    static final String FINGERPRINT = "fp:";
    static final String GROUP = "group:";

    private static final int MAX_TERM = 400;
    private static final int MAX_WORD = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\p{N}{5,}");

    private static final Set<String> STOP_WORDS = Set.of(
            "about", "after", "again", "all", "also", "and", "any", "are", "because", "been", "before", "being",
            "but", "can", "could", "did", "does", "doing", "down", "due", "during", "for", "from", "had", "has",
            "have", "her", "his", "how", "into", "its", "just", "more", "most", "not", "now", "off", "once", "only",
            "other", "our", "out", "over", "per", "some", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "too", "under", "until", "very", "via", "was", "were", "what",
            "when", "where", "which", "while", "who", "why", "will", "with", "would", "you",
            // Words nearly every incident has; matching on them would link unrelated ones.
            "incident", "issue", "problem", "alert", "firing");

    // Longest first, so 에서 is taken before 서 could be.
    private static final List<String> KOREAN_PARTICLES = List.of("에서", "으로", "에게", "까지", "부터", "이", "가",
            "을", "를", "은", "는", "의", "에", "로", "와", "과", "도", "만");

    private Terms() {
    }

    /** Every term of an incident, words in the order they first appear, at most {@value #MAX_WORDS} of them. */
    public static Set<String> of(String service, List<String> alertKeys, String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        if (service != null && !service.isBlank()) {
            terms.add(cut(SERVICE + service.strip().toLowerCase(Locale.ROOT)));
        }
        alertKeys.forEach(key -> terms.add(cut(key)));
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            words.addAll(words(text));
        }
        words.stream().limit(MAX_WORDS).forEach(terms::add);
        return terms;
    }

    /** The words of one text that count for similarity. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            String word = normalised(token);
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isWord(String term) {
        return term.indexOf(':') < 0;
    }

    private static String normalised(String token) {
        if (token.isEmpty() || token.length() > MAX_WORD || LONG_NUMBER.matcher(token).matches()) {
            return null;
        }
        if (isHangul(token)) {
            String stem = withoutParticle(token);
            return stem.length() >= 2 ? stem : null;
        }
        if (token.length() < 3 || STOP_WORDS.contains(token)) {
            return null;
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")
                && !token.endsWith("is")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    private static String withoutParticle(String token) {
        for (String particle : KOREAN_PARTICLES) {
            if (token.length() - particle.length() >= 2 && token.endsWith(particle)) {
                return token.substring(0, token.length() - particle.length());
            }
        }
        return token;
    }

    private static boolean isHangul(String token) {
        return token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static String cut(String term) {
        return term.length() <= MAX_TERM ? term : term.substring(0, MAX_TERM);
    }
}
