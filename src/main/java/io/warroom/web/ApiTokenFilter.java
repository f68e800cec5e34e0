package io.warroom.web;

import io.warroom.config.WarroomConfig;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Incident data is sensitive: every {@link ApiToken} resource needs the configured bearer token. */
@jakarta.ws.rs.ext.Provider
@ApiToken
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter {

    // Filters are built before runtime configuration is ready; look the token up per request.
    @Inject
    Provider<WarroomConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> expected = config.get().apiToken().filter(t -> !t.isBlank());
        if (expected.isEmpty()) {
            request.abortWith(ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                    "The REST API is off because no API token is configured. Set WARROOM_API_TOKEN to a long random "
                            + "value (e.g. `openssl rand -hex 32`), restart, and send it as "
                            + "`Authorization: Bearer <token>`."));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized("Missing bearer token: send `Authorization: Bearer <WARROOM_API_TOKEN>`."));
            return;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.get().getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(unauthorized("Wrong API token."));
        }
    }

    private static Response unauthorized(String message) {
        return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"warroom\"").build();
    }
}
