package io.warroom.webapp;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** Logging in and out of the web app with a local account. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    static final String LOGIN_CSRF_COOKIE = "warroom_login_csrf";

    @Inject
    WebUsers users;

    @Inject
    WebSessions sessions;

    @Inject
    SessionCookies cookies;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottle throttle;

    @Inject
    SingleSignOn sso;

    @Inject
    PageLanguage page;

    @Context
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String csrf, String next, String username, String error,
                boolean loggedOut, String ssoProvider, String ssoStart);
    }

    @GET
    @Path("login")
    public Response form(@QueryParam("next") String next, @QueryParam("out") boolean loggedOut,
            @CookieParam(LOGIN_CSRF_COOKIE) String csrfCookie) {
        String csrf = csrfCookie == null || csrfCookie.length() != 43 ? WebSessions.randomToken() : csrfCookie;
        return Response.ok(page(csrf, next, "", null, loggedOut))
                .cookie(cookies.cookie(request, LOGIN_CSRF_COOKIE, csrf, -1)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @CookieParam(LOGIN_CSRF_COOKIE) String csrf) {
        String address = request.remoteAddress() == null ? null : request.remoteAddress().host();
        Optional<java.time.Duration> wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            // Refused before the password is checked: a right guess must look like a wrong one while locked.
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            return Response.status(429).header("Retry-After", wait.get().toSeconds())
                    .entity(page(csrf, next, shown(username), messages().tooManyLogins(minutes), false)).build();
        }
        Optional<WebUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(page(csrf, next, shown(username), messages().loginFailed(), false)).build();
        }
        throttle.succeeded(username);
        return cookies.signedIn(request, user.get(), next);
    }

    private TemplateInstance page(String csrf, String next, String username, String error, boolean loggedOut) {
        String safe = safeNext(next);
        return Templates.login(csrf, safe, username, error, loggedOut, sso.providerName().orElse(null),
                "/login/sso/start?next=" + java.net.URLEncoder.encode(safe, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The name typed, to fill the form again; a long one is not echoed. */
    private static String shown(String username) {
        String shown = username == null ? "" : username.strip();
        return shown.length() > WebUser.USERNAME_MAX ? "" : shown;
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionAuthentication.COOKIE) String token) {
        if (token != null) {
            sessions.end(token);
        }
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(cookies.cookie(request, SessionAuthentication.COOKIE, "", 0))
                .build();
    }

    /** Only a path of this site: an absolute or protocol-relative URL would send the user elsewhere after login. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.length() > 2000 || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
