package io.warroom.web;

import io.warroom.config.DurableCommits;
import io.warroom.monitor.AccessLogBatch;
import io.warroom.monitor.ErrorRateConfig;
import io.warroom.monitor.RequestCounts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Access logs shipped by nginx hosts (curl, Vector, Fluent Bit): newline-delimited JSON lines, counted per service
 * and minute for the error-rate and latency rules. Authenticated with the alert tokens (source {@code ingest}).
 */
@Path("/api/ingest/access-log")
public class AccessLogResource {

    static final String SOURCE = "ingest";
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Inject
    AlertTokens tokens;

    @Inject
    RequestCounts counts;

    @Inject
    ErrorRateConfig config;

    @Inject
    DurableCommits durable;

    /**
     * What an upload added: lines counted, how many of them carried a response time (for the latency rules), lines
     * refused, and the first refused ones with the reason.
     */
    public record IngestResult(String service, long accepted, long timed, long rejected,
            List<AccessLogBatch.Rejection> rejectedLines) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add nginx JSON access-log lines (newline-delimited) to a service's request counts")
    public Response ingest(@QueryParam("service") String service, @QueryParam("token") String token,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) throws IOException {
        Optional<Response> refused = tokens.refusal(SOURCE, authorization, token);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (service == null || service.isBlank()) {
            throw BadInputException.invalid("service", "Name the service the lines belong to: "
                    + "POST /api/ingest/access-log?service=<name>.");
        }
        if (!SERVICE.matcher(service).matches()) {
            throw BadInputException.invalid("service", "`service` must be 1-100 letters, digits, `.`, `-` or `_`.");
        }
        BodyLimits.Limit limit = BodyLimits.accessLogs(config);
        byte[] bytes = BodyLimits.readAtMost(body, limit.bytes());
        if (bytes == null) {
            return BodyLimits.tooLarge("/api/ingest/access-log", -1, limit);
        }
        AccessLogBatch batch = AccessLogBatch.read(new String(bytes, StandardCharsets.UTF_8));
        counts.add(service, batch);
        durable.await();
        return Response.ok(new IngestResult(service, batch.accepted(), batch.timed(), batch.rejected(),
                batch.firstRejections())).build();
    }
}
