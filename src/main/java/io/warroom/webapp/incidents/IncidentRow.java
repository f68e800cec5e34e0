package io.warroom.webapp.incidents;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;

/** One row of the incident list. */
public record IncidentRow(String key, String title, String severity, int severityLevel, int phaseNumber,
        String phaseLabel, String phaseText, String status, String statusLabel, String commander, String age) {

    static IncidentRow of(Incident incident, String age, IncidentPageMessages messages, Language language) {
        String phase = incident.phase.label(language);
        int number = incident.phase.ordinal() + 1;
        return new IncidentRow(incident.key(), incident.title, incident.severity.label(), incident.severity.level(),
                number, phase, messages.phaseOf(number, Phase.values().length, phase),
                incident.status.label(), incident.status.label(language),
                incident.role(Role.COMMANDER).map(p -> p.displayName).orElse(""), age);
    }
}
