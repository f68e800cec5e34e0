package io.warroom.slack;

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

/**
 * The one request URL of the Slack app: slash commands, interactivity (buttons, modals) and the Events API. The body
 * is taken as raw bytes so the signature is checked against exactly what Slack sent.
 */
@Path("/slack/events")
public class SlackEventsResource {

    static final String NOT_CONFIGURED = "Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET "
            + "(README: Slack) and restart Warroom.";

    @Inject
    SlackConfig config;

    @Inject
    SlackRequests requests;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (!config.configured()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", NOT_CONFIGURED)).build();
        }
        com.slack.api.bolt.response.Response answer = requests.run(
                new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8), headers.getRequestHeaders(),
                uri.getQueryParameters());
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
}
