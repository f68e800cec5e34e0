package io.warroom.slack;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The one request URL of the Slack app: slash commands, interactivity (buttons, modals) and the Events API. The body
 * is taken as raw bytes so the signature is checked against exactly what Slack sent, before anything parses it.
 */
@Path("/slack/events")
public class SlackEventsResource {

    static final String NOT_CONFIGURED = "Slack is not configured: set SLACK_BOT_TOKEN and either SLACK_APP_TOKEN "
            + "(Socket Mode) or SLACK_SIGNING_SECRET (this request URL) (docs/slack.md) and restart Warroom.";
    static final String SOCKET_MODE = "Slack runs in Socket Mode here (SLACK_APP_TOKEN is set): Warroom takes "
            + "Slack's requests over its own connection, not at /slack/events. Set SLACK_SIGNING_SECRET to accept "
            + "signed requests here too.";

    @Inject
    SlackConfig config;

    @Inject
    SlackGate gate;

    @Inject
    SlackRequests requests;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context HttpServerRequest connection) {
        if (!config.configured()) {
            return error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), NOT_CONFIGURED);
        }
        if (!config.signed()) {
            return error(Response.Status.NOT_FOUND.getStatusCode(), SOCKET_MODE);
        }
        byte[] bytes = body == null ? new byte[0] : body;
        Optional<SlackGate.Refusal> refusal = gate.check(bytes, headers.getHeaderString("X-Slack-Request-Timestamp"),
                headers.getHeaderString("X-Slack-Signature"), headers.getHeaderString("X-Slack-Retry-Num") != null,
                String.valueOf(connection.remoteAddress()));
        if (refusal.isPresent() && refusal.get().reason() == null) {
            return Response.status(refusal.get().status()).build();
        }
        if (refusal.isPresent() && refusal.get().status() == 200) {
            return ephemeral(refusal.get().reason());
        }
        if (refusal.isPresent()) {
            return error(refusal.get().status(), refusal.get().reason());
        }
        com.slack.api.bolt.response.Response answer = requests.run(new String(bytes, StandardCharsets.UTF_8),
                headers.getRequestHeaders(), uri.getQueryParameters());
        Response.ResponseBuilder response = Response.status(answer.getStatusCode() == null ? 200
                : answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        }
        String text = answer.getBody();
        if (text != null && !text.isEmpty()) {
            response.entity(text).type(answer.getContentType() == null ? MediaType.TEXT_PLAIN
                    : answer.getContentType());
        }
        return response.build();
    }

    /** Shown only to the person who typed the slash command. */
    private static Response ephemeral(String text) {
        return Response.ok(Map.of("response_type", "ephemeral", "text", text), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static Response error(int status, String message) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", message));
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }
}
