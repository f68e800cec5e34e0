package io.warroom.incident;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six phases an incident moves through, in order. */
public enum Phase {
    DETECT("Detect"),
    TRIAGE("Triage"),
    MITIGATE("Mitigate"),
    RCA("RCA"),
    RECOVER("Recover"),
    POSTMORTEM("Postmortem");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The English name; {@link #label(Language)} for the name in a language. */
    public String label() {
        return label;
    }

    public String label(Language language) {
        LabelMessages names = Bundles.in(LabelMessages.class, language);
        return switch (this) {
            case DETECT -> names.phaseDetect();
            case TRIAGE -> names.phaseTriage();
            case MITIGATE -> names.phaseMitigate();
            case RCA -> names.phaseRca();
            case RECOVER -> names.phaseRecover();
            case POSTMORTEM -> names.phasePostmortem();
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Phase> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public boolean isAfter(Phase other) {
        return ordinal() > other.ordinal();
    }

    public static Optional<Phase> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(wanted)).findFirst();
    }

    public static String names() {
        return String.join("|", Arrays.stream(values()).map(Phase::id).toList());
    }
}
