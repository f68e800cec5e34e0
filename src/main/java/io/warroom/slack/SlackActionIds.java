package io.warroom.slack;

import io.warroom.command.InteractionId;
import java.util.Optional;

/**
 * Button action_ids: a button about an incident carries the shared {@link InteractionId} ({@code wr:INC-42:next});
 * a button about no incident (an alert that opened none) carries its command as typed ({@code wr:run:<command>}).
 * Clicks are decoded here too, so both directions agree.
 */
public final class SlackActionIds {

    private static final String RUN = "wr:run:";
    /** Slack's action_id limit. */
    static final int MAX_LENGTH = 255;

    private SlackActionIds() {
    }

    /** The action_id, or empty when the command does not fit. */
    public static Optional<String> of(String incidentKey, String command) {
        try {
            if (incidentKey != null) {
                return Optional.of(InteractionId.encode(incidentKey, command));
            }
            String id = RUN + command;
            return id.length() <= MAX_LENGTH && command.indexOf('\n') < 0 && !command.isBlank() ? Optional.of(id)
                    : Optional.empty();
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    /** The command line a clicked action_id runs, the incident key first when it names one. */
    public static Optional<String> commandLine(String actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        if (actionId.startsWith(RUN) && actionId.length() > RUN.length()) {
            return Optional.of(actionId.substring(RUN.length()));
        }
        return InteractionId.decode(actionId).map(InteractionId::commandLine);
    }
}
