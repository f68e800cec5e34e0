package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The chat channels incidents live in. Adapters record rooms here once a platform has created them. */
@ApplicationScoped
public class ChatRooms {

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    /** Records a room created for an incident; a second call for the same channel returns the first room. */
    @Transactional
    public ChatRoom attach(long incidentNumber, Platform platform, String channelId, String channelName, String url) {
        Incident incident = incidents.lock(incidentNumber);
        Optional<ChatRoom> existing = find(platform, channelId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ChatRoom room = new ChatRoom(incident, platform, channelId, channelName, url, clock.instant());
        em.persist(room);
        incident.rooms.add(room);
        String where = channelName == null ? channelId : "#" + channelName;
        timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.SYSTEM,
                TimelineTexts.of(incident).roomOpened(where, label(platform)), url));
        ResponseRules.tickByKey(incident, ChecklistKeys.ROOM_OPENED, Person.system(), clock.instant())
                .ifPresent(event -> timeline.record(incident, Person.system(), event));
        return room;
    }

    /** Records the card message to edit from now on; posting it is a step of opening the room. */
    @Transactional
    public void setCardMessage(long roomId, String messageId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room != null) {
            room.cardMessageId = messageId;
            room.markDone(RoomStep.CARD);
        }
    }

    /** How far opening a room got: the steps done, and the card message once posted. */
    public record Opening(Set<RoomStep> done, String cardMessageId) {
    }

    @Transactional
    public Opening opening(long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        return room == null ? new Opening(Set.of(), null) : new Opening(room.stepsDone(), room.cardMessageId);
    }

    @Transactional
    public void markDone(long roomId, RoomStep step) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room != null) {
            room.markDone(step);
        }
    }

    @Transactional
    public void markArchived(long roomId) {
        ChatRoom room = em.find(ChatRoom.class, roomId);
        if (room != null && room.archivedAt == null) {
            room.archivedAt = clock.instant();
        }
    }

    public Optional<ChatRoom> find(Platform platform, String channelId) {
        return em.createQuery("from ChatRoom r where r.platform = :p and r.channelId = :c", ChatRoom.class)
                .setParameter("p", platform).setParameter("c", channelId).getResultStream().findFirst();
    }

    private static String label(Platform platform) {
        return switch (platform) {
            case SLACK -> "Slack";
            case DISCORD -> "Discord";
            default -> platform.id();
        };
    }
}
