package io.warroom.i18n;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Warroom speaks. English is the default and the language of the command grammar. */
public enum Language {
    EN("en"),
    KO("ko");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The IETF language tag: {@code en}, {@code ko}; how the API writes it. */
    @JsonValue
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Reads "ko", "KO", "ko-KR", "ko_KR"; empty for any other language. */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String primary = text.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    /** The language of a chosen tag, or a message naming the choices. */
    public static Language require(String text, String what) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                what + " must be one of " + names() + ", not `" + clip(text) + "`"));
    }

    /** "en|ko". */
    public static String names() {
        return String.join("|", Arrays.stream(values()).map(Language::tag).toList());
    }

    /**
     * The most preferred language Warroom speaks in an HTTP {@code Accept-Language} header ("ko-KR,ko;q=0.9,en;q=0.8"),
     * by quality and then by order; empty when the header names none of them or cannot be read.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1_000) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.stream().sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .filter(r -> r.getWeight() > 0).map(r -> parse(r.getRange())).flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
