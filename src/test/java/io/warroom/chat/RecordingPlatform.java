package io.warroom.chat;

import io.warroom.incident.ChatRooms;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform that records what the outbox hands it and can be told to fail, for testing the outbox itself.
 * Only active in tests that select it (see {@link OutboxDeliveryTest}).
 */
@Alternative
@ApplicationScoped
public class RecordingPlatform implements ChatPlatform {

    public record Delivered(long id, String kind, Long incident, String text) {
    }

    final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    final List<String> attempts = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile Duration retryAfter;
    volatile boolean permanentFailure;
    /** The kind of delivery the scripted failures hit; null: any. */
    volatile String failingKind;
    volatile boolean opensRooms = true;
    volatile boolean deliversHere = true;

    @Inject
    ChatRooms rooms;

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public boolean opensRooms() {
        return opensRooms;
    }

    @Override
    public boolean deliversHere() {
        return deliversHere;
    }

    @Override
    public void deliver(OutboxEnvelope envelope) throws DeliveryException {
        attempts.add(envelope.delivery().kind());
        String kind = envelope.delivery().kind();
        if ((failingKind == null || failingKind.equals(kind)) && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw permanentFailure ? DeliveryException.giveUp("channel_not_found")
                    : DeliveryException.retryLater("HTTP 429 rate limited", retryAfter);
        }
        Long number = envelope.incident() == null ? null : envelope.incident().number();
        Delivery delivery = envelope.delivery();
        String text = delivery.kind();
        if (delivery instanceof Delivery.OpenRoom) {
            rooms.attach(number, Platform.DISCORD, "room-" + number, "inc-" + number, null);
        } else if (delivery instanceof Delivery.PostToRoom post) {
            text = post.message().text();
        } else if (delivery instanceof Delivery.PostToChannel post) {
            text = post.purpose() + ": " + post.message().text();
        } else if (delivery instanceof Delivery.RefreshCard) {
            text = envelope.card().topic();
        } else if (delivery instanceof Delivery.UploadPostmortem upload) {
            text = upload.requestedBy() + " " + upload.language();
        }
        delivered.add(new Delivered(envelope.id(), envelope.delivery().kind(), number, text));
    }

    // Tests reach this bean through its client proxy, which has no state of its own: use methods, not fields.
    public List<Delivered> delivered() {
        return delivered;
    }

    public int failuresLeft() {
        return failuresLeft.get();
    }

    /** The next {@code count} deliveries fail: retryable (after retryAfter) or, if permanent, given up. */
    public void failNext(int count, Duration retryAfter, boolean permanent) {
        failNext(null, count, retryAfter, permanent);
    }

    /** As {@link #failNext(int, Duration, boolean)}, for deliveries of one kind only (other lanes go on meanwhile). */
    public void failNext(String kind, int count, Duration retryAfter, boolean permanent) {
        this.failingKind = kind;
        this.retryAfter = retryAfter;
        this.permanentFailure = permanent;
        failuresLeft.set(count);
    }

    /** As a platform configured to announce and alert but not to open incident rooms. */
    public void openRooms(boolean open) {
        opensRooms = open;
    }

    /** As an instance that cannot deliver this platform now (Discord away from the gateway holder). */
    public void deliverHere(boolean here) {
        deliversHere = here;
    }

    public void reset() {
        opensRooms = true;
        deliversHere = true;
        delivered.clear();
        attempts.clear();
        failuresLeft.set(0);
        retryAfter = null;
        permanentFailure = false;
        failingKind = null;
    }
}
