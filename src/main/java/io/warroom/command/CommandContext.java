package io.warroom.command;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Optional;

/**
 * Who runs a command and from where; a room implies its incident. adminCredential: the caller presented an admin
 * credential (WARROOM_API_TOKEN, or a web session of an account with the admin role), so it passes every rights
 * check as an admin; for an API call the actor is then only whom the call is attributed to.
 */
public record CommandContext(Person actor, Optional<Room> room, boolean adminCredential) {

    public record Room(Platform platform, String channelId) {
    }

    /** A REST API call with the API token: its actor is only whom the call names, not a person anyone vouched for. */
    public boolean apiToken() {
        return adminCredential && actor.platform != Platform.WEB;
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

    /**
     * A command from the web app by a signed-in account: an admin account passes rights checks as an admin; any other
     * has exactly the rights its user name is given in configuration ({@code web:<user name>}), as a chat user has.
     */
    public static CommandContext web(Person account, boolean admin) {
        if (account.platform != Platform.WEB || account.userId == null) {
            throw new IllegalArgumentException("a web command's actor is a signed-in web account, not " + account);
        }
        return new CommandContext(account, Optional.empty(), admin);
    }
}
