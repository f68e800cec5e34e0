package io.warroom.slack;

import com.slack.api.Slack;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import java.io.IOException;
import java.net.URISyntaxException;

/**
 * The SDK's Socket Mode client over Java-WebSocket, with Warroom's reading of what arrives: each frame goes to
 * {@link SocketEnvelopes}, which hands envelopes to worker threads at once (the SDK runs every frame on a single
 * thread, so a slow command would otherwise hold up the acknowledgements of all the others). The SDK's session
 * monitor pings every 5 seconds and opens a new connection when one was dropped; an app token Slack refuses on
 * the way stops it instead of retrying for ever.
 */
final class SlackSocketConnection extends SocketModeClientJavaWSImpl {

    /** The SDK checks the connection this often (ping, and a pong within 3 seconds). */
    private static final long MONITOR_MILLIS = 5_000;
    /** After a failed reconnect the monitor waits this long before it asks Slack for a new URL again. */
    private static final long RETRY_MILLIS = 10_000;

    private final SlackSocket owner;
    private final SocketEnvelopes envelopes;

    SlackSocketConnection(Slack slack, String appToken, String url, SlackSocket owner, SocketEnvelopes envelopes)
            throws URISyntaxException {
        super(slack, appToken, url, 1, new ConcurrentLinkedMessageQueue(), true, true, MONITOR_MILLIS);
        this.owner = owner;
        this.envelopes = envelopes;
    }

    /**
     * Each frame is read as it arrives, on the connection's own thread, instead of going through the SDK's queue,
     * which is polled one frame per 10 ms and so let a burst of envelopes wait for their acknowledgements.
     */
    @Override
    public void enqueueMessage(String frame) {
        envelopes.receive(frame, this);
    }

    @Override
    public void processMessage(String frame) {
        envelopes.receive(frame, this);
    }

    /** Asks Slack for a new URL (apps.connections.open) and moves to it; the old connection is then closed. */
    @Override
    public void connectToNewEndpoint() throws IOException {
        if (owner.off()) {
            return;
        }
        owner.reconnecting();
        try {
            super.connectToNewEndpoint();
        } catch (IllegalStateException answered) {
            // apps.connections.open answered ok:false; the SDK names the error only in its message
            String error = SlackSocket.errorIn(answered.getMessage());
            if (SlackBot.TOKEN_REFUSED.contains(error)) {
                setAutoReconnectEnabled(false);
                owner.refused(error);
                return;
            }
            throw new IOException("apps.connections.open answered " + error);
        }
    }

    @Override
    public long maintainCurrentSession() {
        if (owner.off() || !isAutoReconnectEnabled()) {
            return System.currentTimeMillis() + RETRY_MILLIS;
        }
        if (verifyConnection()) {
            owner.alive();
            return System.currentTimeMillis();
        }
        try {
            connectToNewEndpoint();
            return System.currentTimeMillis();
        } catch (IOException | RuntimeException e) {
            owner.reconnectFailed(e);
            return System.currentTimeMillis() + RETRY_MILLIS;
        }
    }
}
