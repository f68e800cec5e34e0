package io.warroom.support;

import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.ChatRooms;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A chat platform for tests that only exists when {@code warroom-test.fake-chat=true}: it accepts every delivery
 * and, like the real adapters, records a room when asked to open one, so room-dependent behaviour is realistic.
 */
public abstract class FakeChatPlatform implements ChatPlatform {

    @Inject
    ChatRooms rooms;

    @ConfigProperty(name = "warroom-test.fake-chat", defaultValue = "false")
    boolean enabled;

    private final List<OutboxEnvelope> delivered = new CopyOnWriteArrayList<>();

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public boolean opensRooms() {
        return true;
    }

    @Override
    public void deliver(OutboxEnvelope envelope) {
        delivered.add(envelope);
        if (envelope.delivery() instanceof Delivery.OpenRoom && envelope.incident() != null) {
            long n = envelope.incident().number();
            rooms.attach(n, platform(), platform().id().toUpperCase().charAt(0) + "ROOM" + n, "inc-" + n,
                    "https://" + platform().id() + ".example/rooms/" + n);
        }
    }

    public List<OutboxEnvelope> delivered() {
        return delivered;
    }

    @ApplicationScoped
    public static class Slack extends FakeChatPlatform {
        @Override
        public Platform platform() {
            return Platform.SLACK;
        }
    }

    @ApplicationScoped
    public static class Discord extends FakeChatPlatform {
        @Override
        public Platform platform() {
            return Platform.DISCORD;
        }
    }
}
