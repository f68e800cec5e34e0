package io.warroom.command;

import io.warroom.incident.Echo;
import io.warroom.incident.IncidentKey;
import java.util.Optional;

/**
 * Reads the text after {@code /incident}. An incident may be named before or after the subcommand
 * ({@code INC-42 status} or {@code status INC-42}); otherwise the room it is typed in implies it.
 */
public final class CommandParser {

    private CommandParser() {
    }

    public static ParsedCommand parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return new ParsedCommand(Verb.HELP, new Command.Help(null), Optional.empty());
        }
        Optional<Long> incident = Optional.empty();
        String first = firstWord(text);
        if (IncidentKey.isKey(first)) {
            incident = IncidentKey.parse(first);
            text = afterFirstWord(text);
            if (text.isEmpty()) {
                return new ParsedCommand(Verb.STATUS, new Command.Status(), incident);
            }
            first = firstWord(text);
        }
        String verbWord = first;
        String ids = String.join(", ", Verb.ids());
        Verb verb = Verb.find(verbWord).orElseThrow(() -> new UsageException(
                "`" + Echo.of(verbWord) + "` is not a subcommand. Try: " + ids + ".", null,
                m -> m.unknownSubcommand(Echo.of(verbWord), ids)));
        String rest = afterFirstWord(text);
        if (incident.isEmpty() && verb.needsIncident() && IncidentKey.isKey(firstWord(rest))) {
            incident = IncidentKey.parse(firstWord(rest));
            rest = afterFirstWord(rest);
        }
        try {
            return new ParsedCommand(verb, verb.parseText(rest), incident);
        } catch (UsageException e) {
            throw e.about(incident);
        }
    }

    /** For surfaces with typed options (Discord), which know the subcommand and need no text parsing. */
    public static ParsedCommand typed(Verb verb, Arguments arguments, Optional<Long> incident) {
        try {
            return new ParsedCommand(verb, verb.parse(arguments), incident);
        } catch (UsageException e) {
            throw e.about(incident);
        }
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = indexOfWhitespace(stripped);
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    private static String afterFirstWord(String text) {
        String stripped = text.strip();
        int space = indexOfWhitespace(stripped);
        return space < 0 ? "" : stripped.substring(space).strip();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
