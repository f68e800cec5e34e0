package io.warroom.command;

import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import java.time.Instant;

/** What a handler works with: who, on which incident (locked; null for subcommands that need none), when. */
public record CommandScope(Person actor, Incident incident, CommandContext context, Instant now) {
}
