package io.warroom.incident;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
public enum IncidentStatus {
    /** Still burning or being worked on. */
    OPEN,
    /** Impact is over; the postmortem is under way. */
    RESOLVED,
    /** Postmortem done; the incident is history. */
    CLOSED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label(Language language) {
        LabelMessages names = Bundles.in(LabelMessages.class, language);
        return switch (this) {
            case OPEN -> names.statusOpen();
            case RESOLVED -> names.statusResolved();
            case CLOSED -> names.statusClosed();
        };
    }
}
