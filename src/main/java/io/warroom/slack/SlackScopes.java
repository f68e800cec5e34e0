package io.warroom.slack;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bot token scopes Warroom's Slack app needs, in one place: per Web API method the code calls (from Slack's
 * method reference), plus what receiving the slash command and the subscribed events needs. The app manifest must
 * grant exactly these; a test reads which Web API methods the Slack package calls and compares.
 */
public final class SlackScopes {

    /** Each Web API method the outbox and start-up call, with the bot scope it needs (auth.test needs none). */
    public static final Map<String, String> OUTBOUND = new TreeMap<>(Map.ofEntries(
            Map.entry("auth.test", ""),
            Map.entry("conversations.create", "channels:manage"),
            Map.entry("conversations.setTopic", "channels:manage"),
            Map.entry("conversations.invite", "channels:manage"),
            Map.entry("conversations.archive", "channels:manage"),
            Map.entry("conversations.list", "channels:read"),
            Map.entry("conversations.open", "im:write"),
            Map.entry("conversations.history", "channels:history"),
            Map.entry("chat.postMessage", "chat:write"),
            Map.entry("chat.update", "chat:write"),
            Map.entry("pins.add", "pins:write"),
            Map.entry("files.getUploadURLExternal", "files:write"),
            Map.entry("files.completeUploadExternal", "files:write")));

    /**
     * Each Web API method the request handlers call: modals, and reading a 📌'd message, its author and link; and
     * Socket Mode's apps.connections.open, called with the app-level token (connections:write), no bot scope.
     */
    public static final Map<String, String> INBOUND = new TreeMap<>(Map.ofEntries(
            Map.entry("apps.connections.open", ""),
            Map.entry("views.open", ""),
            Map.entry("chat.getPermalink", ""),
            Map.entry("conversations.history", "channels:history"),
            Map.entry("conversations.replies", "channels:history"),
            Map.entry("users.info", "users:read")));

    /**
     * Scopes beyond the methods': chat:write.public lets the bot post in public channels it has not joined (the
     * announce and alert channels, and the link back where an incident was opened); groups:history and im:history
     * let conversations.history look for a post an earlier try may have made in a private channel or a direct
     * message (a page) before it is sent again, as channels:history does in public channels.
     */
    public static final Set<String> EXTRA = Set.of("chat:write.public", "groups:history", "im:history");

    /** Scopes for receiving rather than calling: the /incident command and the reaction_added event (📌). */
    public static final Set<String> RECEIVING = Set.of("commands", "reactions:read");

    /** The events the app subscribes to. */
    public static final Set<String> BOT_EVENTS = Set.of("reaction_added");

    private SlackScopes() {
    }

    /** Every bot scope outgoing delivery needs. */
    public static Set<String> outbound() {
        Set<String> scopes = new TreeSet<>(EXTRA);
        OUTBOUND.values().stream().filter(s -> !s.isEmpty()).forEach(scopes::add);
        return scopes;
    }

    /** Every bot scope the app needs, in and out. */
    public static Set<String> all() {
        Set<String> scopes = new TreeSet<>(outbound());
        scopes.addAll(RECEIVING);
        INBOUND.values().stream().filter(s -> !s.isEmpty()).forEach(scopes::add);
        return scopes;
    }

    /** The bot scopes for calling these Web API methods, receiving commands and events, and the extras. */
    public static Set<String> needed(Set<String> methodsCalled) {
        Set<String> scopes = new TreeSet<>(EXTRA);
        scopes.addAll(RECEIVING);
        for (String method : methodsCalled) {
            String scope = OUTBOUND.containsKey(method) ? OUTBOUND.get(method) : INBOUND.get(method);
            if (scope == null) {
                throw new IllegalArgumentException("no scope known for Slack method " + method
                        + ": add it to SlackScopes");
            }
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }
}
