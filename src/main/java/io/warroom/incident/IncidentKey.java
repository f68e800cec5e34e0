package io.warroom.incident;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the human key INC-42 (any case; a bare 42 is accepted where a key is expected). */
public final class IncidentKey {

    private static final Pattern KEY = Pattern.compile("(?i)(?:INC-)?(\\d{1,9})");
    private static final Pattern PREFIXED = Pattern.compile("(?i)INC-\\d{1,9}");

    private IncidentKey() {
    }

    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(text.trim());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** True only for the INC- form, so a word in free text is not taken for a key. */
    public static boolean isKey(String word) {
        return word != null && PREFIXED.matcher(word).matches();
    }

    public static String of(long number) {
        return Incident.KEY_PREFIX + number;
    }
}
