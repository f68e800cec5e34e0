package io.warroom.postmortem;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.Person;

/** Fired inside the transaction of a {@code postmortem} command; chat uploads the export, in language, to the rooms. */
public record PostmortemExported(Incident incident, Person by, Language language) {
}
