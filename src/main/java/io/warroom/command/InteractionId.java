package io.warroom.command;

import io.warroom.incident.IncidentKey;
import java.util.Optional;

/**
 * The one codec for button ids (Slack action_id, Discord custom_id): {@code wr:INC-42:next}. A button click
 * becomes the command it names, run on the incident it names, through the same grammar as typed text.
 */
public record InteractionId(long incidentNumber, String command) {

    private static final String PREFIX = "wr:";
    /** Discord's custom_id limit, the tighter of the two platforms. */
    public static final int MAX_LENGTH = 100;

    public InteractionId {
        if (command == null || command.isBlank() || command.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an interaction needs a one-line command");
        }
    }

    public String encode() {
        String id = PREFIX + IncidentKey.of(incidentNumber) + ":" + command;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("interaction id is " + id.length() + " characters, over "
                    + MAX_LENGTH + ": " + id.substring(0, 40) + "…");
        }
        return id;
    }

    public static String encode(String incidentKey, String command) {
        long number = IncidentKey.parse(incidentKey).orElseThrow(
                () -> new IllegalArgumentException("not an incident key: " + incidentKey));
        return new InteractionId(number, command).encode();
    }

    public static Optional<InteractionId> decode(String id) {
        if (id == null || !id.startsWith(PREFIX) || id.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String rest = id.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<Long> number = IncidentKey.parse(rest.substring(0, colon));
        String command = rest.substring(colon + 1);
        if (number.isEmpty() || command.isBlank() || !IncidentKey.isKey(rest.substring(0, colon))) {
            return Optional.empty();
        }
        return Optional.of(new InteractionId(number.get(), command));
    }

    /** The text to hand the parser: the command aimed at the incident. */
    public String commandLine() {
        return IncidentKey.of(incidentNumber) + " " + command;
    }
}
