package io.warroom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.warroom.command.CommandQueue;
import io.warroom.config.DurableCommits;
import io.warroom.incident.Echo;
import io.warroom.incident.IncidentNotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns exceptions into JSON errors that say what was wrong; never a stack trace. */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response badInput(BadInputException e) {
        return ApiError.response(e.status(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response notFound(IncidentNotFoundException e) {
        return ApiError.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response busy(CommandQueue.BusyException e) {
        return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                .header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response notDurable(DurableCommits.NotDurableException e) {
        return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "The change was made but "
                + "could not be written to the database file in time, so Warroom cannot promise it is kept. Check "
                + "the incident before repeating it.")).header("Retry-After", "5").build();
    }

    /** Quarkus maps this one itself, in another shape; ours names the field like every other error. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ApiError.response(400, "Field `" + Echo.of(field) + "` has the wrong type: "
                    + Echo.of(e.getOriginalMessage(), 300), Echo.of(field));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return ApiError.response(400, "Malformed JSON" + where + ": " + Echo.of(e.getOriginalMessage(), 300), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response original = e.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        String message = e.getMessage() == null ? original.getStatusInfo().getReasonPhrase() : e.getMessage();
        return ApiError.response(original.getStatus(), message, null);
    }
}
