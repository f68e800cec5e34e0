package io.warroom.incident;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Incident roles, after the incident command system. */
public enum Role {
    COMMANDER("commander", "Incident commander", Set.of("commander", "ic", "lead")),
    COMMS("comms", "Communications", Set.of("comms", "communications", "communication")),
    SCRIBE("scribe", "Scribe", Set.of("scribe", "notes"));

    private final String id;
    private final String label;
    private final Set<String> names;

    Role(String id, String label, Set<String> names) {
        this.id = id;
        this.label = label;
        this.names = names;
    }

    public String id() {
        return id;
    }

    /** The English name; {@link #label(Language)} for the name in a language. */
    public String label() {
        return label;
    }

    public String label(Language language) {
        LabelMessages names = Bundles.in(LabelMessages.class, language);
        return switch (this) {
            case COMMANDER -> names.roleCommander();
            case COMMS -> names.roleComms();
            case SCRIBE -> names.roleScribe();
        };
    }

    public static Optional<Role> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.names.contains(wanted)).findFirst();
    }

    public static String names() {
        return String.join("|", Arrays.stream(values()).map(Role::id).toList());
    }
}
