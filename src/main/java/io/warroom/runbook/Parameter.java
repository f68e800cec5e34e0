package io.warroom.runbook;

import java.util.Optional;
import java.util.regex.Pattern;

/** A value a person may pass to an action ({@code name=value}); it must match the pattern as a whole. */
public record Parameter(String name, Pattern pattern, String defaultValue, String description) {

    static final int VALUE_MAX = 200;

    public boolean required() {
        return defaultValue == null;
    }

    /** Why a value cannot be used; empty when it can. */
    public Optional<String> problem(String value) {
        if (value.length() > VALUE_MAX) {
            return Optional.of("`" + name + "` is " + value.length() + " characters; the limit is " + VALUE_MAX + ".");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("`" + name + "` must not contain control characters such as line breaks.");
        }
        if (value.startsWith("-")) {
            return Optional.of("`" + name + "` must not start with `-`, so it can never be read as an option.");
        }
        Optional<Boolean> matches = PatternBudget.matches(pattern, value);
        if (matches.isEmpty()) {
            return Optional.of("`" + name + "`: checking the value against `" + pattern.pattern()
                    + "` took longer than " + PatternBudget.LIMIT.toMillis() + " ms, so it is refused; the runbook's "
                    + "pattern backtracks too much (nested repetition such as `(a+)+`) and needs fixing.");
        }
        if (!matches.get()) {
            return Optional.of("`" + name + "` must match `" + pattern.pattern() + "`; `" + shown(value)
                    + "` does not.");
        }
        return Optional.empty();
    }

    public String usage() {
        return name + "=<" + pattern.pattern() + ">" + (defaultValue == null ? "" : " (default " + defaultValue + ")")
                + (description == null ? "" : ": " + description);
    }

    private static String shown(String value) {
        String clipped = value.length() <= 60 ? value : value.substring(0, 59) + "…";
        return clipped.replace("`", "'");
    }
}
