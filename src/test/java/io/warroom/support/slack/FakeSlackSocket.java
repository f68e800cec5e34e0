package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server for tests on 127.0.0.1: {@code apps.connections.open} on {@link FakeSlack} issues a
 * one-time {@code ws://…/link/?ticket=…} URL; a connection with a valid ticket gets {@code hello}, then envelopes
 * ({@code slash_commands}, {@code interactive}, {@code events_api} with {@code envelope_id}) sent by the test. It
 * records every acknowledgement with the nanoTime it arrived, and can ask for a refresh ({@code disconnect} with
 * {@code refresh_requested}) or drop the connection without a word.
 */
public final class FakeSlackSocket extends WebSocketServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAIT = Duration.ofSeconds(30);

    /** An acknowledgement as Warroom sent it, and when (System.nanoTime) it arrived. */
    public record Ack(JsonNode json, long arrivedNanos) {
        public JsonNode payload() {
            return json.path("payload");
        }
    }

    private final Set<String> tickets = ConcurrentHashMap.newKeySet();
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final Map<String, List<Ack>> acks = new ConcurrentHashMap<>();
    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();

    private FakeSlackSocket() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
        setTcpNoDelay(true);
    }

    public static FakeSlackSocket listen() {
        FakeSlackSocket socket = new FakeSlackSocket();
        socket.start();
        FakeSlack.await("the fake Socket Mode server to listen", () -> socket.getPort() > 0 ? socket : null);
        return socket;
    }

    /** What apps.connections.open answers: a fresh single-use URL. */
    String issueUrl() {
        String ticket = UUID.randomUUID().toString();
        tickets.add(ticket);
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=" + ticket + "&app_id=A0WARROOM1";
    }

    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- What the test does as Slack ------------------------------------------------------------------------------

    /** Sends an envelope on the newest connection; returns its envelope_id. */
    public String send(String type, String payloadJson) {
        String id = UUID.randomUUID().toString();
        send(type, id, payloadJson, 0);
        return id;
    }

    /** Sends an envelope with this id (again, for a redelivery with retry_attempt above 0). */
    public void send(String type, String envelopeId, String payloadJson, int retryAttempt) {
        try {
            ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId);
            envelope.set("payload", JSON.readTree(payloadJson));
            envelope.put("type", type).put("accepts_response_payload", !"events_api".equals(type));
            if ("events_api".equals(type)) {
                envelope.put("retry_attempt", retryAttempt).put("retry_reason", retryAttempt > 0 ? "timeout" : "");
            }
            sentNanos.putIfAbsent(envelopeId, System.nanoTime());
            sendRaw(envelope.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends a frame exactly as given on the newest connection. */
    public void sendRaw(String frame) {
        newest().send(frame);
    }

    /** Slack's notice that this connection will be replaced: the client is to move to a new one. */
    public void requestRefresh() {
        ObjectNode disconnect = JSON.createObjectNode().put("type", "disconnect").put("reason", "refresh_requested");
        disconnect.set("debug_info", JSON.createObjectNode().put("host", "applink-fake-1"));
        sendRaw(disconnect.toString());
    }

    /** The connection ends without a close handshake, as when a load balancer drops it. */
    public void drop() {
        connections.forEach(c -> c.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped"));
    }

    // ---- What happened --------------------------------------------------------------------------------------------

    /** How many connections were opened with a valid ticket so far. */
    public int opened() {
        return opened.get();
    }

    /** Waits until at least this many connections were opened and one of them is open. */
    public void awaitOpened(int count) {
        FakeSlack.await(count + " Socket Mode connection(s)", () -> opened.get() >= count
                && connections.stream().anyMatch(WebSocket::isOpen) ? Boolean.TRUE : null);
    }

    public List<Ack> acks(String envelopeId) {
        return List.copyOf(acks.getOrDefault(envelopeId, List.of()));
    }

    public Ack awaitAck(String envelopeId) {
        return FakeSlack.await("the acknowledgement of " + envelopeId, () -> acks(envelopeId).stream().findFirst()
                .orElse(null));
    }

    /** Nanoseconds from sending the envelope to its first acknowledgement. */
    public long ackNanos(String envelopeId) {
        return awaitAck(envelopeId).arrivedNanos() - sentNanos.get(envelopeId);
    }

    // ---- WebSocket ------------------------------------------------------------------------------------------------

    private WebSocket newest() {
        return FakeSlack.await("an open Socket Mode connection", () -> {
            for (int i = connections.size() - 1; i >= 0; i--) {
                if (connections.get(i).isOpen()) {
                    return connections.get(i);
                }
            }
            return null;
        });
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        int at = resource.indexOf("ticket=");
        String ticket = at < 0 ? "" : resource.substring(at + "ticket=".length()).split("&")[0];
        if (!tickets.remove(ticket)) {
            connection.close(CloseFrame.POLICY_VALIDATION, "invalid ticket");
            return;
        }
        opened.incrementAndGet();
        connections.add(connection);
        ObjectNode hello = JSON.createObjectNode().put("type", "hello").put("num_connections", 1);
        hello.set("debug_info", JSON.createObjectNode().put("host", "applink-fake-1").put("build_number", 10)
                .put("approximate_connection_time", 18060));
        hello.set("connection_info", JSON.createObjectNode().put("app_id", "A0WARROOM1"));
        connection.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        long now = System.nanoTime();
        try {
            JsonNode ack = JSON.readTree(message);
            String id = ack.path("envelope_id").asText("");
            acks.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(new Ack(ack, now));
        } catch (IOException e) {
            acks.computeIfAbsent("unreadable", k -> new CopyOnWriteArrayList<>()).add(new Ack(null, now));
        }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        connections.remove(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception ex) {
        // a dropped connection ends here too; the client's side is what the tests check
    }

    @Override
    public void onStart() {
    }
}
