package io.warroom.oncall;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Optional;
import java.util.regex.Pattern;

/** Someone in the on-call file: a short id used in the file, a name, their chat user ids and web account. */
public record OnCallPerson(String id, String name, String slackId, String discordId, String webUser) {

    /** A web account's user name, as the web app allows it (lower case). */
    public static final Pattern WEB_USER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public OnCallPerson(String id, String name, String slackId, String discordId) {
        this(id, name, slackId, discordId, null);
    }

    /** Their user id on a platform: a chat user id, or the web account's user name. */
    public Optional<String> userId(Platform platform) {
        return platform == Platform.WEB ? Optional.ofNullable(webUser) : chatId(platform);
    }

    public Optional<String> chatId(Platform platform) {
        return Optional.ofNullable(switch (platform) {
            case SLACK -> slackId;
            case DISCORD -> discordId;
            default -> null;
        });
    }

    /**
     * Whether a command's actor is this person: by chat user id on Slack and Discord, by user name for a web account
     * the file names; by file id or name for REST
     * API callers, who name themselves (and hold the API token, which already grants everything).
     */
    public boolean is(Person actor) {
        if (actor == null) {
            return false;
        }
        if (actor.userId != null && (actor.platform == Platform.SLACK || actor.platform == Platform.DISCORD
                || actor.platform == Platform.WEB)) {
            return userId(actor.platform).map(actor.userId::equals).orElse(false);
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
