package io.warroom.incident;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import java.util.Locale;
import java.util.Optional;

/** How bad an incident is; SEV1 is the worst. */
public enum Severity {
    SEV1("critical: customers cannot use the product"),
    SEV2("major: a core feature is broken or degraded for many"),
    SEV3("minor: a feature is degraded for some"),
    SEV4("low: no customer impact yet");

    private final String meaning;

    Severity(String meaning) {
        this.meaning = meaning;
    }

    /** The English meaning; {@link #meaning(Language)} for it in a language. */
    public String meaning() {
        return meaning;
    }

    public String meaning(Language language) {
        LabelMessages names = Bundles.in(LabelMessages.class, language);
        return switch (this) {
            case SEV1 -> names.severity1Meaning();
            case SEV2 -> names.severity2Meaning();
            case SEV3 -> names.severity3Meaning();
            case SEV4 -> names.severity4Meaning();
        };
    }

    public int level() {
        return ordinal() + 1;
    }

    public String label() {
        return "SEV" + level();
    }

    /** Reads "2", "sev2", "SEV-2"; empty when the text is not a severity 1-4. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^sev-?", "");
        if (digits.length() != 1 || digits.charAt(0) < '1' || digits.charAt(0) > '4') {
            return Optional.empty();
        }
        return Optional.of(values()[digits.charAt(0) - '1']);
    }
}
