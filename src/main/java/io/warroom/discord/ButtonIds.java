package io.warroom.discord;

import io.warroom.command.InteractionId;
import java.util.Optional;

/**
 * Discord custom_ids: a button about an incident is the shared {@link InteractionId} ({@code wr:INC-42:next}); a
 * button about no incident (an alert that opened none) runs its command as typed ({@code wr:run:<command>}).
 */
final class ButtonIds {

    static final String CANCEL = "wr:cancel";
    private static final String RUN = "wr:run:";

    private ButtonIds() {
    }

    /** The custom_id, or empty when the command does not fit in Discord's 100 characters. */
    static Optional<String> of(String incidentKey, String command) {
        try {
            if (incidentKey != null) {
                return Optional.of(InteractionId.encode(incidentKey, command));
            }
            String id = RUN + command;
            return id.length() <= InteractionId.MAX_LENGTH && command.indexOf('\n') < 0 ? Optional.of(id)
                    : Optional.empty();
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    /** The command line a custom_id runs, incident key first when it names one. */
    static Optional<String> commandLine(String customId) {
        if (customId.startsWith(RUN) && customId.length() > RUN.length()) {
            return Optional.of(customId.substring(RUN.length()));
        }
        return InteractionId.decode(customId).map(InteractionId::commandLine);
    }
}
