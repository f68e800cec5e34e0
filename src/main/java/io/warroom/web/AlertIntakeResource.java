package io.warroom.web;

import io.warroom.config.DurableCommits;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.alert.intake.AlertIntake;
import io.warroom.alert.intake.AlertSource;
import io.warroom.alert.intake.IntakeException;
import io.warroom.alert.intake.IntakeMeters;
import io.warroom.alert.intake.IntakeRequest;
import io.warroom.alert.intake.PagerDutySource;
import io.warroom.incident.Echo;
import io.warroom.incident.IncidentKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alerts from monitoring systems: POST /api/alerts/{source} with the source's own payload. Authenticated by the
 * alert tokens (SNS by its message signature instead), never by the REST API token.
 */
@Path("/api/alerts/{source}")
@Tag(name = "Alerts")
public class AlertIntakeResource {

    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    AlertIntake intake;

    @Inject
    DurableCommits durable;

    @Inject
    AlertTokens tokens;

    @Inject
    ObjectMapper mapper;

    @Inject
    IntakeMeters meters;

    /** One routed alert in the answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoutedAlert(String fingerprint, String status, String outcome, String incident, String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntakeAnswer(String source, boolean duplicate, int accepted, Integer truncatedAlerts,
            List<RoutedAlert> alerts) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an alert delivery from alertmanager, grafana, sns, pagerduty or generic")
    public Response receive(@PathParam("source") String source, @QueryParam("token") String token,
            @Context HttpHeaders headers, InputStream body) throws IOException {
        // Counted as it arrives, before anything is parsed; BodyLimits already refused a larger Content-Length.
        byte[] payload = BodyLimits.readAtMost(body, BodyLimits.ALERTS);
        if (payload == null) {
            meters.refused(source, 413);
            return BodyLimits.tooLarge("/api/alerts/" + source, -1, BodyLimits.alerts());
        }
        Optional<AlertSource> found = intake.source(source.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            return ApiError.response(Response.Status.NOT_FOUND, "Unknown alert source '" + Echo.of(source) + "'; use one of "
                    + String.join(", ", intake.sourceNames()) + ".");
        }
        AlertSource alertSource = found.get();
        if (!alertSource.selfAuthenticating()) {
            Optional<Response> refusal = tokens.refusal(alertSource.name(),
                    headers.getHeaderString(HttpHeaders.AUTHORIZATION), token);
            if (refusal.isPresent()) {
                meters.refused(alertSource.name(), refusal.get().getStatus());
                return refusal.get();
            }
        }
        Map<String, String> headerMap = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headerMap.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        try {
            AlertIntake.Outcome outcome = intake.take(alertSource, new IntakeRequest(alertSource.name(), headerMap,
                    payload, mapper));
            durable.await();
            count(alertSource.name(), outcome);
            if (alertSource instanceof PagerDutySource) {
                return Response.accepted(Map.of("status", "success", "message", "Event processed", "dedup_key",
                        PagerDutySource.dedupKey(outcome.intake()))).type(MediaType.APPLICATION_JSON_TYPE).build();
            }
            return Response.ok(answer(alertSource.name(), outcome)).type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (DurableCommits.NotDurableException e) {
            meters.refused(alertSource.name(), 503);
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "The delivery could "
                    + "not be written to the database file in time; send it again.")).header("Retry-After",
                    RETRY_AFTER_SECONDS).build();
        } catch (IntakeException e) {
            meters.refused(alertSource.name(), e.status());
            Response refusal = ApiError.response(e.status(), e.getMessage(), e.field());
            // 503: nothing was promised; the sender should retry, and senders that honour Retry-After wait this long.
            return e.status() == 503 ? Response.fromResponse(refusal).header("Retry-After", RETRY_AFTER_SECONDS).build()
                    : refusal;
        }
    }

    private void count(String source, AlertIntake.Outcome outcome) {
        if (outcome.duplicate()) {
            meters.redelivered(source, outcome.intake().alerts().size() + outcome.intake().acknowledged().size());
        } else {
            outcome.alerts().forEach(routed -> meters.routed(source, routed.routing().outcome()));
        }
    }

    private static IntakeAnswer answer(String source, AlertIntake.Outcome outcome) {
        List<RoutedAlert> alerts = outcome.alerts().stream().map(r -> new RoutedAlert(r.alert().fingerprint(),
                r.alert().status().name().toLowerCase(Locale.ROOT),
                r.routing().outcome().name().toLowerCase(Locale.ROOT),
                r.routing().incidentNumber() > 0 ? IncidentKey.of(r.routing().incidentNumber()) : null,
                r.routing().detail())).toList();
        int truncated = outcome.intake().truncatedAlerts();
        return new IntakeAnswer(source, outcome.duplicate(), outcome.intake().alerts().size()
                + outcome.intake().acknowledged().size(), truncated > 0 ? truncated : null, alerts);
    }
}
