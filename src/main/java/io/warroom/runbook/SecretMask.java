package io.warroom.runbook;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks secrets in output before it is stored or shown: the values the action took from the environment, and
 * anything that looks like a credential (bearer tokens, password=…, api_key: …).
 */
public final class SecretMask {

    static final String MASK = "••••";
    private static final int SHORTEST = 4;
    private static final Pattern LOOKS_SECRET = Pattern.compile("(?i)((?:password|passwd|secret|token|api[_-]?key"
            + "|authorization)\"?\\s*[=:]\\s*\"?(?:bearer\\s+|basic\\s+)?|bearer\\s+)([^\\s\"',;&]{4,})");

    private final List<String> secrets;

    public SecretMask(Set<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= SHORTEST)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return LOOKS_SECRET.matcher(masked).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + MASK));
    }
}
