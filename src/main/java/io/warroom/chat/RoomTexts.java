package io.warroom.chat;

import java.util.List;
import java.util.stream.Collectors;

/** What Warroom says in and about rooms, the same words on every platform. */
public final class RoomTexts {

    private RoomTexts() {
    }

    /** Followed by a link to the room, in the channel the incident was opened from. */
    public static String linkBack(IncidentCard card) {
        return "🚨 " + card.headline() + ": follow it in ";
    }

    /** Calls in the people who opened the incident, on a platform without invitations. */
    public static ChatMessage openedBy(RoomPort port, List<String> userIds, String incidentKey) {
        return callIn(port, userIds, "you opened " + incidentKey + "; this channel is its room.");
    }

    public static ChatMessage neededOn(RoomPort port, List<String> userIds, String incidentKey, String title) {
        return callIn(port, userIds, "you are needed on " + incidentKey + ": " + title);
    }

    public static String archived(String incidentKey, boolean readOnly) {
        return "🗄️ " + incidentKey + " is closed; this channel is archived" + (readOnly ? " and read-only." : ".");
    }

    public static String postmortem(String incidentKey, String requestedBy) {
        return "📝 Postmortem of " + incidentKey + ", exported by " + requestedBy;
    }

    public static String pinned(String author, String text) {
        return "📌 " + author + ": " + text;
    }

    private static ChatMessage callIn(RoomPort port, List<String> userIds, String text) {
        String people = userIds.stream().map(port::mention).collect(Collectors.joining(" "));
        return new ChatMessage(people + " " + text, List.of(), List.of(), userIds);
    }
}
