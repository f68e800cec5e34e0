package io.warroom.chat;

import io.warroom.incident.ChatRooms;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A chat platform standing for Discord that records what the outbox hands it and can be told to fail or to wait,
 * for testing the outbox itself. Only enabled in tests that switch it on (see {@link OutboxDeliveryTest}); it is
 * not a CDI alternative, so that the real Slack platform can run beside it.
 */
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
    /** While set, deliveries wait on it, as a client waiting out its rate limits holds the outbox worker. */
    volatile CountDownLatch hold;
    final AtomicInteger waiting = new AtomicInteger();

    @Inject
    ChatRooms rooms;

    @ConfigProperty(name = "test.recording-platform", defaultValue = "false")
    boolean on;

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public boolean enabled() {
        return on;
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
        waitWhileHeld();
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

    private void waitWhileHeld() throws DeliveryException {
        CountDownLatch held = hold;
        if (held == null) {
            return;
        }
        waiting.incrementAndGet();
        try {
            if (!held.await(2, TimeUnit.MINUTES)) {
                throw DeliveryException.retryLater("held past the test");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retryLater("interrupted while held");
        } finally {
            waiting.decrementAndGet();
        }
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

    /** Deliveries from now on wait until {@link #release()}. */
    public void hold() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Deliveries waiting on the hold now. */
    public int waiting() {
        return waiting.get();
    }

    public void reset() {
        release();
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
