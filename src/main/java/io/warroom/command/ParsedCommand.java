package io.warroom.command;

import java.util.Optional;

/** A subcommand with its arguments read, and the incident it names, if it names one. */
public record ParsedCommand(Verb verb, Command command, Optional<Long> incidentNumber) {
}
