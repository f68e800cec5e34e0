package io.warroom.slack;

import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Slack as the outbox sees it: every kind of delivery, done through the Web API as the bot. */
@ApplicationScoped
public class SlackPlatform implements ChatPlatform {

    @Inject
    SlackBot bot;

    @Inject
    SlackConfig config;

    @Inject
    RoomOpener opener;

    @Inject
    CardMessages cards;

    @Inject
    RoomPosts posts;

    @Inject
    PostmortemUploads uploads;

    @Inject
    RoomArchiver archiver;

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean enabled() {
        return bot.enabled();
    }

    @Override
    public boolean opensRooms() {
        return config.openRooms();
    }

    @Override
    public void deliver(OutboxEnvelope envelope) throws DeliveryException {
        Delivery delivery = envelope.delivery();
        if (delivery instanceof Delivery.OpenRoom open) {
            opener.open(envelope, open);
        } else if (delivery instanceof Delivery.RefreshCard) {
            cards.refresh(envelope);
        } else if (delivery instanceof Delivery.PostToRoom post) {
            posts.inRoom(envelope, post.message());
        } else if (delivery instanceof Delivery.PostToChannel post) {
            posts.inChannel(envelope, post);
        } else if (delivery instanceof Delivery.DirectMessage dm) {
            posts.direct(envelope, dm);
        } else if (delivery instanceof Delivery.InviteToRoom invite) {
            posts.invite(envelope, invite.userIds());
        } else if (delivery instanceof Delivery.UploadPostmortem upload) {
            uploads.upload(envelope, upload);
        } else if (delivery instanceof Delivery.ArchiveRoom) {
            archiver.archive(envelope);
        } else {
            throw DeliveryException.giveUp("Slack cannot deliver " + delivery.kind());
        }
    }
}
