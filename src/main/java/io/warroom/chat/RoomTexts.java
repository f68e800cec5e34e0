package io.warroom.chat;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/** What Warroom says in and about rooms, the same words on every platform, in the incident's language. */
public final class RoomTexts {

    private RoomTexts() {
    }

    static RoomMessages in(Language language) {
        return Bundles.in(RoomMessages.class, language);
    }

    /** Followed by a link to the room, in the channel the incident was opened from. */
    public static String linkBack(IncidentCard card) {
        return in(card.incident().language()).linkBack(card.headline()) + " ";
    }

    public static ChatMessage openedBy(RoomPort port, List<String> userIds, String incidentKey) {
        return openedBy(port, userIds, incidentKey, Language.EN);
    }

    /** Calls in the people who opened the incident, on a platform without invitations. */
    public static ChatMessage openedBy(RoomPort port, List<String> userIds, String incidentKey, Language language) {
        return callIn(port, userIds, in(language).openedByYou(incidentKey));
    }

    public static ChatMessage neededOn(RoomPort port, List<String> userIds, String incidentKey, String title) {
        return neededOn(port, userIds, incidentKey, title, Language.EN);
    }

    public static ChatMessage neededOn(RoomPort port, List<String> userIds, String incidentKey, String title,
            Language language) {
        return callIn(port, userIds, in(language).neededOn(incidentKey, title));
    }

    public static String archived(String incidentKey, boolean readOnly) {
        return archived(incidentKey, readOnly, Language.EN);
    }

    public static String archived(String incidentKey, boolean readOnly, Language language) {
        RoomMessages texts = in(language);
        return readOnly ? texts.archivedReadOnly(incidentKey) : texts.archived(incidentKey);
    }

    public static String postmortem(String incidentKey, String requestedBy) {
        return postmortem(incidentKey, requestedBy, Language.EN);
    }

    public static String postmortem(String incidentKey, String requestedBy, Language language) {
        return in(language).postmortem(incidentKey, requestedBy);
    }

    /** One line for a channel topic: severity, phase, commander, title. */
    public static String topic(IncidentSnapshot incident, String commander) {
        return in(incident.language()).topic(incident.severity().label(), incident.phase().label(incident.language()),
                commander, incident.title());
    }

    /** The topic of an archived room that still takes posts. */
    public static String closedTopic(String topic, Language language) {
        return in(language).closedTopic(topic);
    }

    public static String pinned(String author, String text) {
        return "📌 " + author + ": " + text;
    }

    private static ChatMessage callIn(RoomPort port, List<String> userIds, String text) {
        String people = userIds.stream().map(port::mention).collect(Collectors.joining(" "));
        return new ChatMessage(people + " " + text, List.of(), List.of(), userIds);
    }
}
