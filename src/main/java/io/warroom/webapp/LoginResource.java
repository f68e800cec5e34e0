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
import jakarta.ws.rs.core.NewCookie;
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
    WebConfig config;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String csrf, String next, String username, boolean failed,
                boolean loggedOut);
    }

    @GET
    @Path("login")
    public Response form(@QueryParam("next") String next, @QueryParam("out") boolean loggedOut,
            @CookieParam(LOGIN_CSRF_COOKIE) String csrfCookie) {
        String csrf = csrfCookie == null || csrfCookie.length() != 43 ? WebSessions.randomToken() : csrfCookie;
        return Response.ok(Templates.login(csrf, safeNext(next), "", false, loggedOut))
                .cookie(cookie(LOGIN_CSRF_COOKIE, csrf, -1)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @CookieParam(LOGIN_CSRF_COOKIE) String csrf) {
        Optional<WebUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            String shown = username == null ? "" : username.strip();
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.login(csrf, safeNext(next), shown.length() > 64 ? "" : shown, true, false))
                    .build();
        }
        String token = sessions.start(user.get());
        return Response.seeOther(URI.create(safeNext(next))).cookie(cookie(SessionAuthentication.COOKIE, token, -1))
                .cookie(cookie(LOGIN_CSRF_COOKIE, "", 0)).build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionAuthentication.COOKIE) String token) {
        if (token != null) {
            sessions.end(token);
        }
        return Response.seeOther(URI.create("/login?out=true")).cookie(cookie(SessionAuthentication.COOKIE, "", 0))
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

    /** A session cookie (no expiry), HttpOnly, SameSite=Lax so links from chat keep the session; maxAge 0 clears. */
    private NewCookie cookie(String name, String value, int maxAge) {
        boolean secure = switch (config.secureCookies()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> "https".equalsIgnoreCase(request.scheme());
        };
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}
