package io.warroom.webapp;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The web app's cookies, and the answer that starts a session after a login of either kind. */
@ApplicationScoped
public class SessionCookies {

    @Inject
    WebSessions sessions;

    @Inject
    WebConfig config;

    /** Starts a session for an account that proved who it is, and goes where the user was headed. */
    Response signedIn(HttpServerRequest request, WebUser user, String next) {
        String token = sessions.start(user);
        return Response.seeOther(URI.create(LoginResource.safeNext(next)))
                .cookie(cookie(request, SessionAuthentication.COOKIE, token, -1))
                .cookie(cookie(request, LoginResource.LOGIN_CSRF_COOKIE, "", 0))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A browser-session cookie (no expiry; the server ends the session), HttpOnly, SameSite=Lax so links from chat
     * keep the session; maxAge 0 clears it.
     */
    NewCookie cookie(HttpServerRequest request, String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure(request))
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    /** Behind a TLS proxy the scheme is https only when quarkus.http.proxy settings let Quarkus trust its headers. */
    boolean secure(HttpServerRequest request) {
        return switch (config.secureCookies()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> "https".equalsIgnoreCase(request.scheme());
        };
    }
}
