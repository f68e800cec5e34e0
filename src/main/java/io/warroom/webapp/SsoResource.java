package io.warroom.webapp;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Single sign-on. {@code /login/sso/start} remembers where the user was headed and sends the browser to
 * {@code /login/sso}, which Quarkus's OpenID Connect code flow guards (quarkus.http.auth.permission.sso): it runs only
 * once the provider has vouched for the user. It then starts an ordinary Warroom session and drops the provider's
 * session cookie, so every page sees one kind of login.
 */
@Path("/login/sso")
@Produces(MediaType.TEXT_HTML)
public class SsoResource {

    static final String NEXT_COOKIE = "warroom_sso_next";
    /** The cookie Quarkus keeps the provider's tokens in, for the default tenant. */
    private static final String OIDC_SESSION_COOKIE = "q_session";
    private static final Logger LOG = Logger.getLogger(SsoResource.class);

    @Inject
    SingleSignOn sso;

    @Inject
    SessionCookies cookies;

    @Inject
    PageLanguage page;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Context
    HttpServerRequest request;

    @GET
    @Path("start")
    public Response start(@QueryParam("next") String next) {
        if (sso.providerName().isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.seeOther(URI.create("/login/sso"))
                .cookie(cookies.cookie(request, NEXT_COOKIE, LoginResource.safeNext(next), -1)).build();
    }

    @GET
    public Response signedIn(@CookieParam(NEXT_COOKIE) String next) {
        if (sso.providerName().isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        WebUser user;
        try {
            user = sso.account(idToken);
        } catch (WebUsers.AccountException e) {
            LOG.infof("Single sign-on refused for subject %s: %s", idToken.getSubject(), e.reason());
            TemplateInstance page = LoginResource.Templates.login(WebSessions.randomToken(), "/", "",
                    refusal(e.reason()), false, sso.providerName().orElse(null), "/login/sso/start");
            return Response.status(Response.Status.FORBIDDEN).entity(page)
                    .cookie(cookies.cookie(request, OIDC_SESSION_COOKIE, "", 0))
                    .cookie(cookies.cookie(request, NEXT_COOKIE, "", 0)).build();
        }
        LOG.infof("%s signed in through single sign-on", user.username);
        return Response.fromResponse(cookies.signedIn(request, user, next))
                .cookie(cookies.cookie(request, OIDC_SESSION_COOKIE, "", 0))
                .cookie(cookies.cookie(request, NEXT_COOKIE, "", 0)).build();
    }

    private String refusal(String reason) {
        return switch (reason) {
            case "domain" -> messages().ssoDomainRefused();
            case "taken" -> messages().ssoNameTaken();
            default -> messages().ssoRefused();
        };
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
