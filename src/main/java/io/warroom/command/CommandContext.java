package io.warroom.command;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Optional;

/**
 * Who runs a command and from where; a room implies its incident. apiToken: the caller presented WARROOM_API_TOKEN,
 * which is an admin credential; the actor is then only whom the call is attributed to.
 */
public record CommandContext(Person actor, Optional<Room> room, boolean apiToken) {

    public record Room(Platform platform, String channelId) {
    }

    public static CommandContext of(Person actor) {
        return new CommandContext(actor, Optional.empty(), false);
    }

    public static CommandContext inRoom(Person actor, Platform platform, String channelId) {
        return new CommandContext(actor, Optional.of(new Room(platform, channelId)), false);
    }

    /** A REST API call: it passes every rights check as an admin, whoever its body names. */
    public static CommandContext api(Person attributedTo) {
        return new CommandContext(attributedTo, Optional.empty(), true);
    }
}
