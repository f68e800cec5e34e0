package io.warroom.postmortem;

import io.warroom.incident.Incident;
import io.warroom.incident.Person;

/** Fired inside the transaction of a {@code postmortem} command; chat uploads the export to the rooms. */
public record PostmortemExported(Incident incident, Person by) {
}
