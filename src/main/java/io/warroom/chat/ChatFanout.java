package io.warroom.chat;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentOpened;
import io.warroom.incident.Platform;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import io.warroom.postmortem.PostmortemExported;
import io.warroom.reply.ApprovalButtons;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what every configured chat platform hears about an incident, and queues it in the transaction that made
 * the change: rooms when it opens, the card refreshed on every change, notable changes posted in the room,
 * stakeholder notices in the announcement channel.
 */
@ApplicationScoped
public class ChatFanout {

    /** Changes worth a message in the room; the rest only refresh the card. */
    static final Set<TimelineKind> POSTED_IN_ROOM = EnumSet.of(TimelineKind.PHASE, TimelineKind.SEVERITY,
            TimelineKind.ROLE, TimelineKind.STATUS_UPDATE, TimelineKind.RUNBOOK, TimelineKind.RESOLVED,
            TimelineKind.REOPENED, TimelineKind.CLOSED);

    /**
     * Stakeholder notices share one lane per platform: in order, and never ahead of a room's invitation or page in
     * the incident's lane (the channel takes about one post a second, so in a burst it is the slowest destination).
     */
    static final String ANNOUNCE_LANE = "announce";

    @Inject
    ChatOutbox outbox;

    @Inject
    TransactionSynchronizationRegistry transaction;

    void onOpened(@Observes IncidentOpened opened) {
        Incident incident = opened.incident();
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            Platform p = platform.platform();
            if (platform.opensRooms()) {
                var origin = opened.request().origin();
                String originChannel = origin != null && origin.platform() == p ? origin.channelId() : null;
                var opener = opened.request().openedBy();
                List<String> invite = opener.platform == p && opener.userId != null ? List.of(opener.userId)
                        : List.of();
                outbox.enqueue(p, incident.number, new Delivery.OpenRoom(originChannel, invite));
                markRefreshed(incident, p);
            }
            // Stakeholders hear about every incident on every platform, with or without a room there.
            outbox.enqueue(p, incident.number, ANNOUNCE_LANE, new Delivery.PostToChannel(ChannelPurpose.ANNOUNCE,
                    ChatMessage.text(announceOpened(incident))));
        }
    }

    void onTimeline(@Observes TimelineEntryAdded added) {
        Incident incident = added.incident();
        TimelineEntry entry = added.entry();
        RoomMessages texts = RoomTexts.in(incident.language);
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            Platform p = platform.platform();
            // Stakeholder notices go out on every platform; room-bound work only where there is (or will be) a room.
            boolean roomHere = platform.opensRooms() || incident.rooms.stream().anyMatch(r -> r.platform == p);
            if (roomHere && POSTED_IN_ROOM.contains(entry.kind) && !entry.backfilled) {
                outbox.enqueue(p, incident.number, new Delivery.PostToRoom(echo(entry, incident.language)));
            }
            if (entry.kind == TimelineKind.STATUS_UPDATE) {
                outbox.enqueue(p, incident.number, ANNOUNCE_LANE, new Delivery.PostToChannel(ChannelPurpose.ANNOUNCE,
                        ChatMessage.text(texts.announceUpdate(incident.key(), entry.text))));
            }
            if (entry.kind == TimelineKind.RESOLVED) {
                outbox.enqueue(p, incident.number, ANNOUNCE_LANE, new Delivery.PostToChannel(ChannelPurpose.ANNOUNCE,
                        ChatMessage.text(incident.summary == null
                                ? texts.announceRecovered(incident.key(), incident.title)
                                : texts.announceRecoveredWithSummary(incident.key(), incident.title,
                                        incident.summary))));
            }
            if (!roomHere) {
                continue;
            }
            if (entry.kind == TimelineKind.CLOSED) {
                outbox.enqueue(p, incident.number, new Delivery.ArchiveRoom());
            }
            // SYSTEM entries show nothing on the card; skipping them also keeps a failing delivery's note from
            // queueing another refresh that could fail the same way.
            if (entry.kind != TimelineKind.OPENED && entry.kind != TimelineKind.SYSTEM
                    && markRefreshed(incident, p)) {
                outbox.enqueue(p, incident.number, new Delivery.RefreshCard());
            }
        }
    }

    void onPostmortem(@Observes PostmortemExported exported) {
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            Platform p = platform.platform();
            boolean hasRoom = exported.incident().rooms.stream().anyMatch(r -> r.platform == p);
            if (hasRoom || platform.opensRooms()) {
                outbox.enqueue(p, exported.incident().number, new Delivery.UploadPostmortem(exported.by().displayName,
                        exported.language()));
            }
        }
    }

    /**
     * What the room sees of a change. A status update's echo carries a button that shows it on the public status page
     * (already public ones keep it too: the public row is written after this, and a second press only says so). A
     * runbook run waiting for approval carries Approve and Deny.
     */
    static ChatMessage echo(TimelineEntry entry, Language language) {
        String text = entry.actor + ": " + entry.text;
        var awaitingApproval = ApprovalButtons.runOf(entry.dedupKey);
        if (entry.kind == TimelineKind.RUNBOOK && awaitingApproval.isPresent()) {
            return new ChatMessage(text, List.of(), ApprovalButtons.of(awaitingApproval.get()));
        }
        if (entry.kind != TimelineKind.STATUS_UPDATE) {
            return ChatMessage.text(text);
        }
        return new ChatMessage(text, List.of(), List.of(new Reply.Button(RoomTexts.in(language).publishButton(),
                "update --publish " + entry.id, Reply.ButtonStyle.DEFAULT)));
    }

    /** The stakeholders' notice of a new incident, in its language. */
    static String announceOpened(Incident incident) {
        RoomMessages texts = RoomTexts.in(incident.language);
        return incident.service == null
                ? texts.announceOpened(incident.key(), incident.title, incident.severity.label())
                : texts.announceOpenedForService(incident.key(), incident.title, incident.severity.label(),
                        incident.service);
    }

    /** One card refresh per incident and platform per transaction: the card is rendered when delivered anyway. */
    private boolean markRefreshed(Incident incident, Platform platform) {
        String key = "warroom.refresh:" + platform + ":" + incident.number;
        if (transaction.getResource(key) != null) {
            return false;
        }
        transaction.putResource(key, Boolean.TRUE);
        return true;
    }
}
