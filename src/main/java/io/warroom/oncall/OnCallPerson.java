package io.warroom.oncall;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Optional;

/** Someone in the on-call file: a short id used in the file, a name, and their chat user ids. */
public record OnCallPerson(String id, String name, String slackId, String discordId) {

    public Optional<String> chatId(Platform platform) {
        return Optional.ofNullable(switch (platform) {
            case SLACK -> slackId;
            case DISCORD -> discordId;
            default -> null;
        });
    }

    /**
     * Whether a command's actor is this person: by chat user id on Slack and Discord; by file id or name for REST
     * API callers, who name themselves (and hold the API token, which already grants everything).
     */
    public boolean is(Person actor) {
        if (actor == null) {
            return false;
        }
        if (actor.userId != null && (actor.platform == Platform.SLACK || actor.platform == Platform.DISCORD)) {
            return chatId(actor.platform).map(actor.userId::equals).orElse(false);
        }
        if (actor.platform == Platform.API) {
            return actor.displayName.equalsIgnoreCase(id) || actor.displayName.equalsIgnoreCase(name);
        }
        return false;
    }

    /** Whether this person has the chat user id that a Person names, on any platform. */
    public boolean hasChatId(String userId) {
        return userId != null && (userId.equals(slackId) || userId.equals(discordId));
    }

    @Override
    public String toString() {
        return name;
    }
}
