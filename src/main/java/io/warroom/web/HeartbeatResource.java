package io.warroom.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.warroom.health.Heartbeat;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For an external dead man's switch: 200 only while this replica works (scheduler ticking, database answering,
 * outbox moving), else 503 naming why. No credentials: it tells nothing but those three states.
 */
@Path("/heartbeat")
@Tag(name = "Meta")
public class HeartbeatResource {

    @Inject
    Heartbeat heartbeat;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeartbeatAnswer(String status, String reason, Map<String, String> checks) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "200 while this replica works; 503 with the reason otherwise")
    public Response beat() {
        Heartbeat.Verdict verdict = heartbeat.check();
        return Response.status(verdict.ok() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HeartbeatAnswer(verdict.ok() ? "ok" : "failing", verdict.reason(), verdict.checks()))
                .header("Cache-Control", "no-store").type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
