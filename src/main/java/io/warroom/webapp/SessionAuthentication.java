package io.warroom.webapp;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the session cookie of the web app. A page that needs a login answers a logged-out browser with a redirect to
 * the login page, which brings it back afterwards.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    public static final String COOKIE = "warroom_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        return identities.authenticate(new SessionCredential(cookie.getValue()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.request().path();
        String query = context.request().query();
        String next = query == null ? path : path + "?" + query;
        String location = "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        return Uni.createFrom().item(new ChallengeData(303, HttpHeaderNames.LOCATION, location));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionCredential.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
    }

    /** Ahead of OpenID Connect's mechanism, which is present but only on when configured. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
