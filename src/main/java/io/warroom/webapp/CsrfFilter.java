package io.warroom.webapp;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing request to the web app carries a token another site cannot know: the session's (a
 * synchronizer token, kept server-side), or before login the one of the login cookie (double submit). It comes as the
 * form field {@code _csrf} or the header {@code X-CSRF-Token}. The REST API is not concerned: it takes a bearer token,
 * which a browser never adds by itself.
 */
public class CsrfFilter {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String WEB_APP = CsrfFilter.class.getPackageName();

    @Inject
    CurrentUser currentUser;

    @Inject
    PageLanguage page;

    @ServerRequestFilter(readBody = true)
    public Optional<Response> requireToken(ResteasyReactiveContainerRequestContext request,
            SimpleResourceInfo resource) {
        if (SAFE.contains(request.getMethod()) || resource.getResourceClass() == null
                || !resource.getResourceClass().getPackageName().startsWith(WEB_APP)) {
            return Optional.empty();
        }
        String expected = currentUser.signedIn() ? currentUser.csrf()
                : Optional.ofNullable(request.getCookies().get(LoginResource.LOGIN_CSRF_COOKIE))
                        .map(jakarta.ws.rs.core.Cookie::getValue).orElse(null);
        String given = request.getHeaderString(HEADER);
        if (given == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(FIELD, true, false);
            given = field == null ? null : field.toString();
        }
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type("text/plain; charset=utf-8")
                    .entity(messages().csrfRefused()).build());
        }
        return Optional.empty();
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
