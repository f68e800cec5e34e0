package io.warroom.web;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import io.warroom.alert.AlertTokenConfig;
import jakarta.inject.Inject;

/**
 * Credentials of monitoring systems, separate from the REST API token because they hold them:
 * WARROOM_ALERTS_&lt;SOURCE&gt;_TOKEN for one source, else WARROOM_ALERTS_TOKEN. Accepted as a bearer token, as the
 * basic-auth password (what Alertmanager and Grafana can send) or as {@code ?token=}.
 */
// Kept even before an endpoint injects it: its configuration mapping must exist for the tokens to be accepted.
@Unremovable
@ApplicationScoped
public class AlertTokens {

    @Inject
    AlertTokenConfig config;

    /** The answer refusing the request, or empty when the caller holds the source's token. */
    public Optional<Response> refusal(String source, String authorization, String queryToken) {
        Optional<String> expected = expected(source);
        if (expected.isEmpty()) {
            return Optional.of(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "Alert intake is off because no "
                    + "alert token is configured. Set WARROOM_ALERTS_TOKEN (or " + perSourceVariable(source)
                    + ") to a long random value, restart, and have the sender present it as a bearer token, the "
                    + "basic-auth password or ?token=."));
        }
        Optional<String> given = presented(authorization, queryToken);
        if (given.isEmpty()) {
            return Optional.of(unauthorized("Missing alert token: send it as `Authorization: Bearer <token>`, as the "
                    + "basic-auth password, or as ?token=."));
        }
        if (!MessageDigest.isEqual(given.get().getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(unauthorized("Wrong alert token for source '" + source + "'."));
        }
        return Optional.empty();
    }

    static String perSourceVariable(String source) {
        return "WARROOM_ALERTS_" + source.toUpperCase(Locale.ROOT).replace('-', '_') + "_TOKEN";
    }

    private Optional<String> expected(String source) {
        var own = config.sources().get(source.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(own).flatMap(AlertTokenConfig.SourceToken::token).filter(t -> !t.isBlank())
                .or(() -> config.token().filter(t -> !t.isBlank()));
    }

    private static Optional<String> presented(String authorization, String queryToken) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return Optional.of(colon < 0 ? pair : pair.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(queryToken).filter(t -> !t.isBlank());
    }

    private static Response unauthorized(String message) {
        return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"warroom-alerts\"").build();
    }
}
