package io.warroom.discord;

import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Discord as the outbox sees it: every kind of delivery, done through the bot's REST client. */
@ApplicationScoped
public class DiscordPlatform implements ChatPlatform {

    @Inject
    DiscordBot bot;

    @Inject
    DiscordConfig config;

    @Inject
    RoomOpener opener;

    @Inject
    CardPoster cards;

    @Inject
    RoomPosts posts;

    @Inject
    RoomArchiver archiver;

    @Override
    public Platform platform() {
        return Platform.DISCORD;
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
        try {
            dispatch(envelope);
        } catch (RuntimeException e) {
            // JDA checks permissions and limits before it sends anything, by throwing.
            throw DiscordErrors.toDelivery(envelope.delivery().kind(), e);
        }
    }

    private void dispatch(OutboxEnvelope envelope) throws DeliveryException {
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
            posts.postmortem(envelope, upload);
        } else if (delivery instanceof Delivery.ArchiveRoom) {
            archiver.archive(envelope);
        } else {
            throw DeliveryException.giveUp("Discord cannot deliver " + delivery.kind());
        }
    }
}
