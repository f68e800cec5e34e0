package io.warroom.oncall;

import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.incident.ChatRoom;
import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reaches people through the chat outbox, in the caller's transaction: the incident's rooms, invitations and direct
 * messages, each on the platforms that are configured and where the person has an id.
 */
@ApplicationScoped
public class ChatReach {

    @Inject
    ChatOutbox outbox;

    @Inject
    OnCallSchedules schedules;

    public static String mention(String userId) {
        return "<@" + userId + ">";
    }

    /** Platforms where the incident has a live room, or will get one because the platform opens rooms. */
    public List<Platform> roomPlatforms(Incident incident) {
        List<Platform> platforms = new ArrayList<>();
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            Platform p = platform.platform();
            List<ChatRoom> rooms = incident.rooms.stream().filter(r -> r.platform == p).toList();
            boolean live = rooms.stream().anyMatch(r -> r.archivedAt == null);
            if (live || (rooms.isEmpty() && platform.opensRooms())) {
                platforms.add(p);
            }
        }
        return platforms;
    }

    /** Posts in the incident's room on every platform that has one; the message may differ per platform (mentions). */
    public List<Platform> postInRoom(Incident incident, Function<Platform, ChatMessage> message) {
        List<Platform> platforms = roomPlatforms(incident);
        for (Platform platform : platforms) {
            outbox.enqueue(platform, incident.number, new Delivery.PostToRoom(message.apply(platform)));
        }
        return platforms;
    }

    public void invite(Incident incident, Platform platform, List<String> userIds) {
        if (!userIds.isEmpty()) {
            outbox.enqueue(platform, incident.number, new Delivery.InviteToRoom(List.copyOf(userIds)));
        }
    }

    /** Direct messages travel in the person's own lane, so one slow room never holds up a page. */
    public void directMessage(Platform platform, String userId, ChatMessage message) {
        outbox.enqueue(platform, "dm:" + userId, new Delivery.DirectMessage(userId, message));
    }

    public boolean enabled(Platform platform) {
        return outbox.enabled(platform);
    }

    /** A file person's ids on the configured platforms. */
    public Map<Platform, String> chatIds(OnCallPerson person) {
        Map<Platform, String> ids = new EnumMap<>(Platform.class);
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            person.chatId(platform.platform()).ifPresent(id -> ids.put(platform.platform(), id));
        }
        return ids;
    }

    /**
     * A person's ids on the configured platforms: the one they were met with, plus those the on-call file knows
     * for them (so a Slack commander can be mentioned in the Discord room too).
     */
    public Map<Platform, String> chatIds(Person person) {
        Map<Platform, String> ids = new EnumMap<>(Platform.class);
        if (person == null) {
            return ids;
        }
        schedules.current().find(person).ifPresent(p -> ids.putAll(chatIds(p)));
        if (person.userId != null && (person.platform == Platform.SLACK || person.platform == Platform.DISCORD)
                && outbox.enabled(person.platform)) {
            ids.put(person.platform, person.userId);
        }
        return ids;
    }
}
