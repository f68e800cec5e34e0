package io.warroom.command;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import java.time.Instant;

/**
 * What a handler works with: who, on which incident (locked; null for subcommands that need none), when, and the
 * language to answer in (the incident's, else Warroom's).
 */
public record CommandScope(Person actor, Incident incident, CommandContext context, Instant now, Language language) {

    public CommandScope(Person actor, Incident incident, CommandContext context, Instant now) {
        this(actor, incident, context, now, incident == null ? Language.EN : incident.language);
    }
}
