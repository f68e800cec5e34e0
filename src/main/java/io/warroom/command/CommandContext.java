package io.warroom.command;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Optional;

/** Who runs a command and from where; a room implies its incident. */
public record CommandContext(Person actor, Optional<Room> room) {

    public record Room(Platform platform, String channelId) {
    }

    public static CommandContext of(Person actor) {
        return new CommandContext(actor, Optional.empty());
    }

    public static CommandContext inRoom(Person actor, Platform platform, String channelId) {
        return new CommandContext(actor, Optional.of(new Room(platform, channelId)));
    }
}
