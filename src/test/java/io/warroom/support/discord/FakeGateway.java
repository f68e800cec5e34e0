package io.warroom.support.discord;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;

/**
 * The gateway side of the fake, speaking the documented handshake: HELLO on connect, IDENTIFY answered by READY and
 * GUILD_CREATE, heartbeats acknowledged, RESUME replaying what was missed then RESUMED. Dispatches are numbered and
 * kept, so a dropped connection loses none. zlib-stream is spoken when asked (one sync-flushed deflate per message).
 */
final class FakeGateway {

    static final int DISPATCH = 0;
    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int RECONNECT = 7;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;

    private final FakeDiscord discord;
    private final List<JsonObject> dispatched = new ArrayList<>();
    final List<JsonObject> identifies = new CopyOnWriteArrayList<>();
    final List<JsonObject> resumes = new CopyOnWriteArrayList<>();
    volatile int heartbeats;
    volatile int connections;
    volatile int heartbeatInterval = 41250;

    private ServerWebSocket socket;
    private Deflater deflater;
    private String sessionId;
    private int sequence;
    private boolean ready;

    FakeGateway(FakeDiscord discord) {
        this.discord = discord;
    }

    synchronized void accept(ServerWebSocket ws) {
        if (socket != null) {
            socket.close();
        }
        socket = ws;
        ready = false;
        connections++;
        String query = ws.query() == null ? "" : ws.query();
        deflater = query.contains("compress=zlib-stream") ? new Deflater() : null;
        ws.textMessageHandler(text -> receive(ws, new JsonObject(text)));
        ws.closeHandler(v -> closed(ws));
        send(ws, new JsonObject().put("op", HELLO).putNull("s").putNull("t")
                .put("d", new JsonObject().put("heartbeat_interval", heartbeatInterval)));
    }

    /** Sends an event to the bot; while it is disconnected the event waits for its RESUME. */
    synchronized void dispatch(String type, JsonObject data) {
        JsonObject payload = new JsonObject().put("op", DISPATCH).put("s", ++sequence).put("t", type).put("d", data);
        dispatched.add(payload);
        if (socket != null && ready) {
            send(socket, payload);
        }
    }

    /** Closes the connection the way a Discord outage does (close code 4000, "unknown error"; the bot may resume). */
    synchronized void drop() {
        if (socket != null) {
            socket.close((short) 4000, "Unknown error");
            socket = null;
            ready = false;
        }
    }

    synchronized boolean ready() {
        return socket != null && ready;
    }

    String sessionId() {
        return sessionId;
    }

    private synchronized void receive(ServerWebSocket ws, JsonObject payload) {
        if (ws != socket) {
            return;
        }
        switch (payload.getInteger("op")) {
            case HEARTBEAT -> {
                heartbeats++;
                send(ws, new JsonObject().put("op", HEARTBEAT_ACK).putNull("d"));
            }
            case IDENTIFY -> identify(ws, payload.getJsonObject("d"));
            case RESUME -> resume(ws, payload.getJsonObject("d"));
            default -> {
                // presence and other updates need no answer here
            }
        }
    }

    private void identify(ServerWebSocket ws, JsonObject data) {
        identifies.add(data);
        if (!FakeDiscord.TOKEN.equals(data.getString("token"))) {
            ws.close((short) 4004, "Authentication failed.");
            return;
        }
        if ((data.getLong("intents", 0L) & FakeDiscord.MESSAGE_CONTENT_INTENT) != 0 && !discord.allowContentIntent) {
            ws.close((short) 4014, "Disallowed intent(s).");
            return;
        }
        sessionId = UUID.randomUUID().toString().replace("-", "");
        dispatched.clear();
        sequence = 0;
        ready = true;
        dispatch("READY", new JsonObject()
                .put("v", 10)
                .put("user", discord.payloads.botUser())
                .put("guilds", new JsonArray().add(new JsonObject().put("id", discord.guildId())
                        .put("unavailable", true)))
                .put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", discord.gatewayUrl())
                .put("application", new JsonObject().put("id", discord.applicationId()).put("flags", 0))
                .put("private_channels", new JsonArray())
                .put("relationships", new JsonArray())
                .put("presences", new JsonArray()));
        dispatch("GUILD_CREATE", discord.payloads.guildCreate());
    }

    private void resume(ServerWebSocket ws, JsonObject data) {
        resumes.add(data);
        if (!FakeDiscord.TOKEN.equals(data.getString("token")) || !data.getString("session_id", "").equals(sessionId)) {
            send(ws, new JsonObject().put("op", INVALID_SESSION).put("d", false));
            return;
        }
        long seen = data.getLong("seq", 0L);
        for (JsonObject payload : dispatched) {
            if (payload.getLong("s") > seen) {
                send(ws, payload);
            }
        }
        ready = true;
        dispatch("RESUMED", new JsonObject());
    }

    private synchronized void closed(ServerWebSocket ws) {
        if (ws == socket) {
            socket = null;
            ready = false;
        }
    }

    private void send(ServerWebSocket ws, JsonObject payload) {
        byte[] json = payload.encode().getBytes(StandardCharsets.UTF_8);
        if (deflater == null) {
            ws.writeTextMessage(payload.encode());
            return;
        }
        deflater.setInput(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        ws.writeBinaryMessage(Buffer.buffer(out.toByteArray()));
    }
}
