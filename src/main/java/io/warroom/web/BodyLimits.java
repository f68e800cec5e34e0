package io.warroom.web;

import io.warroom.incident.Echo;
import io.warroom.monitor.ErrorRateConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Body limits per route, checked on the declared Content-Length before the request is matched or its body read;
 * the resources then count the bytes that actually arrive (a chunked body declares no length) with
 * {@link #readAtMost}. quarkus.http.limits.max-body-size stays above all of them as the ceiling of the HTTP layer.
 */
public class BodyLimits {

    private static final Logger LOG = Logger.getLogger(BodyLimits.class);

    /** Alert deliveries: Alertmanager and Grafana batches stay well under this. */
    public static final long ALERTS = 1024 * 1024;
    /** REST API requests: the longest legitimate body (a 4,000-character description) is about 16 KB. */
    public static final long API = 64 * 1024;

    /** A route's limit and the message that names it. */
    record Limit(long bytes, String refusal) {
    }

    @Inject
    ErrorRateConfig errorRates;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> declaredLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        Optional<Limit> limit = limitOf(request.getUriInfo().getPath());
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Optional.of(ApiError.response(400, "Content-Length `" + Echo.of(length) + "` is not a number.",
                    null));
        }
        if (declared <= limit.get().bytes()) {
            return Optional.empty();
        }
        return Optional.of(tooLarge(request.getUriInfo().getPath(), declared, limit.get()));
    }

    Optional<Limit> limitOf(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        if (p.startsWith("/api/alerts/")) {
            return Optional.of(alerts());
        }
        if (p.startsWith("/api/ingest/access-log")) {
            return Optional.of(accessLogs(errorRates));
        }
        if (p.startsWith("/api/incidents")) {
            return Optional.of(api());
        }
        return Optional.empty();
    }

    static Limit alerts() {
        return new Limit(ALERTS, "Alert deliveries are limited to " + ALERTS + " bytes (1 MiB); nothing was stored.");
    }

    static Limit accessLogs(ErrorRateConfig config) {
        long limit = config.maxBodySize().asLongValue();
        return new Limit(limit, "The upload is larger than " + limit + " bytes (WARROOM_ERROR_RATES_MAX_BODY_SIZE); "
                + "nothing was counted. Send smaller batches.");
    }

    static Limit api() {
        return new Limit(API, "REST API requests are limited to " + API + " bytes (64 KiB); nothing was changed.");
    }

    /** The 413 answer; the log line says where and how much, never what. */
    static Response tooLarge(String path, long size, Limit limit) {
        LOG.infof("Refused a body of %s on %s (limit %d bytes)", size < 0 ? "more than the limit" : size + " bytes",
                Echo.of(path), limit.bytes());
        return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), limit.refusal(), null);
    }

    /** The body, or null when more than limit bytes arrive (only limit + 1 are ever read). */
    static byte[] readAtMost(InputStream body, long limit) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }
}
