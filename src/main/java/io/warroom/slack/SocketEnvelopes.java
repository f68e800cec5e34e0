package io.warroom.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What arrives over Socket Mode, cheapest check first: the frame's size and JSON, its type (hello, disconnect, or an
 * envelope), then on a worker thread the envelope's id, workspace (SLACK_TEAM_ID) and novelty, and only then Bolt,
 * through the same handlers as {@code /slack/events}. Every envelope is acknowledged with Bolt's answer as payload,
 * except when its id could not be recorded or another copy of it is running (Slack then delivers it again). Log
 * lines are short and never carry a payload.
 */
@ApplicationScoped
class SocketEnvelopes {

    private static final Logger LOG = Logger.getLogger(SocketEnvelopes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENVELOPE_TYPES = Set.of("slash_commands", "interactive", "events_api");
    private static final Pattern ENVELOPE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String FAILED = "Warroom could not handle this; the server log has the details.";
    private static final String OTHER_WORKSPACE = "This Warroom serves another Slack workspace.";

    @Inject
    SlackConfig config;

    @Inject
    SlackRequests requests;

    @Inject
    SeenSlackEnvelopes seen;

    @Inject
    SlackSocketWork work;

    @Inject
    SlackSocket socket;

    private volatile SocketModeRequestParser parser;

    /** One frame from the connection, on its reader thread: only cheap work here. */
    void receive(String frame, SocketModeClient connection) {
        if (frame.length() > SlackGate.MAX_BODY_BYTES) {
            LOG.infof("Slack Socket Mode frame dropped: %d characters, more than Slack sends", frame.length());
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(frame);
        } catch (IOException unreadable) {
            message = null;
        }
        if (message == null || !message.isObject()) {
            LOG.infof("Slack Socket Mode frame dropped: not a JSON object (%d characters)", frame.length());
            return;
        }
        String type = message.path("type").asText("");
        switch (type) {
            case "hello" -> socket.connected(message.path("num_connections").asInt(1));
            case "disconnect" -> {
                String reason = message.path("reason").asText("");
                work.run("reconnect", () -> disconnect(reason, connection)); // not on the reader of the old socket
            }
            default -> {
                JsonNode envelope = message;
                if (ENVELOPE_TYPES.contains(type)) {
                    work.run("envelope", () -> run(type, envelope, frame, connection));
                } else {
                    LOG.infof("Slack Socket Mode message of unknown type \"%s\" ignored", clip(type));
                    envelopeId(envelope).ifPresent(id -> ack(connection, id, null));
                }
            }
        }
    }

    private void disconnect(String reason, SocketModeClient connection) {
        if ("link_disabled".equals(reason)) {
            socket.disabledInSlack();
            return;
        }
        LOG.infof("Slack asked Warroom to reconnect (%s): moving to a new connection", clip(reason));
        try {
            connection.connectToNewEndpoint();
        } catch (IOException | RuntimeException e) {
            socket.reconnectFailed(e); // the session monitor tries again
        }
    }

    private void run(String type, JsonNode envelope, String frame, SocketModeClient connection) {
        Optional<String> id = envelopeId(envelope);
        if (id.isEmpty()) {
            LOG.infof("Slack %s envelope dropped: no valid envelope_id", type);
            return;
        }
        JsonNode payload = envelope.get("payload");
        if (payload == null || !payload.isObject()) {
            LOG.infof("Slack %s envelope %s acknowledged, nothing run: it has no payload", type, id.get());
            ack(connection, id.get(), null);
            return;
        }
        boolean command = "slash_commands".equals(type);
        Optional<String> team = config.teamId().filter(t -> !t.isBlank())
                .flatMap(installed -> new SlackWorkspaceCheck(installed.strip()).refusal(payload));
        if (team.isPresent()) {
            LOG.infof("Slack %s envelope %s refused (%s): acknowledged, nothing run", type, id.get(), team.get());
            ack(connection, id.get(), command ? text(OTHER_WORKSPACE) : null);
            return;
        }
        SeenSlackEnvelopes.Claim claim;
        try {
            claim = seen.claim(id.get());
        } catch (SQLException e) {
            LOG.errorf("Slack %s envelope %s not run and not acknowledged: its id could not be recorded (%s); Slack "
                    + "delivers it again", type, id.get(), e.getMessage());
            return;
        }
        int retry = envelope.path("retry_attempt").asInt(0);
        switch (claim) {
            case RAN -> {
                LOG.infof("Slack delivered %s envelope %s again (retry %d): acknowledged, not run again", type,
                        id.get(), retry);
                ack(connection, id.get(), null);
            }
            case RUNNING -> LOG.infof("Slack delivered %s envelope %s again (retry %d) while it runs: left "
                    + "unacknowledged, so Slack delivers it again should its runner stop", type, id.get(), retry);
            case RUN -> {
                if (retry > 0) {
                    LOG.infof("Slack delivered %s envelope %s again (retry %d, %s) and no replica finished it: "
                            + "running it", type, id.get(), retry, clip(envelope.path("retry_reason").asText("")));
                }
                JsonNode answer = answer(type, id.get(), frame, command);
                finished(type, id.get());
                ack(connection, id.get(), answer);
            }
        }
    }

    private void finished(String type, String id) {
        try {
            seen.finished(id);
        } catch (SQLException e) {
            LOG.errorf("Slack %s envelope %s ran but could not be marked finished (%s): a copy Slack delivers again "
                    + "more than %ds from now runs again", type, id, e.getMessage(),
                    SeenSlackEnvelopes.ABANDONED.toSeconds());
        }
    }

    /** Bolt's answer as the acknowledgement's payload; null for a plain acknowledgement. */
    private JsonNode answer(String type, String id, String frame, boolean command) {
        SocketModeRequest request;
        try {
            request = parser().parse(frame);
        } catch (RuntimeException unreadable) {
            request = null;
        }
        if (request == null || request.getBoltRequest() == null) {
            LOG.infof("Slack %s envelope %s acknowledged, nothing run: not a request Slack sends", type, id);
            return null;
        }
        Response answer;
        try {
            answer = requests.app().run(request.getBoltRequest());
        } catch (Exception e) {
            LOG.errorf(e, "Slack %s envelope %s failed", type, id);
            return command ? text(FAILED) : null;
        }
        int status = answer.getStatusCode() == null ? 200 : answer.getStatusCode();
        if (status != 200) {
            LOG.infof("Slack %s envelope %s acknowledged: Warroom answered it with %d", type, id, status);
            return null;
        }
        String body = answer.getBody();
        if (body == null || body.isEmpty()) {
            return null;
        }
        if (answer.getContentType() != null && answer.getContentType().startsWith("application/json")) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                LOG.errorf("Slack %s envelope %s: Warroom's answer was not JSON", type, id);
                return null;
            }
        }
        return text(body);
    }

    private static void ack(SocketModeClient connection, String envelopeId, JsonNode payload) {
        ObjectNode ack = JSON.createObjectNode().put("envelope_id", envelopeId);
        if (payload != null) {
            ack.set("payload", payload);
        }
        try {
            connection.sendSocketModeResponse(ack.toString());
        } catch (RuntimeException closed) {
            LOG.infof("Acknowledgement of Slack envelope %s not sent (%s): Slack delivers it again and it is not run "
                    + "twice", envelopeId, closed.getClass().getSimpleName());
        }
    }

    private static Optional<String> envelopeId(JsonNode envelope) {
        String id = envelope.path("envelope_id").asText("");
        return ENVELOPE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static JsonNode text(String text) {
        return JSON.createObjectNode().put("response_type", "ephemeral").put("text", text);
    }

    private SocketModeRequestParser parser() {
        SocketModeRequestParser current = parser;
        if (current == null) {
            current = new SocketModeRequestParser(requests.app().config());
            parser = current;
        }
        return current;
    }

    private static String clip(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9_ -]", "?");
        return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
    }
}
