package io.warroom.webapp;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Location;
import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.warroom.config.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * A browser that gets an error from the web app sees a page in the layout, not the REST API's JSON: the answer of a
 * web app resource, or of an address no resource serves outside the API's paths, with an error status and no page of
 * its own is replaced by one: always when it has no body, else when the client asked for HTML (a plain-text body,
 * such as the CSRF refusal's, becomes the page's message), so a script or a JSON client keeps what it can read.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final String WEB_APP = ErrorPages.class.getPackageName();
    /** Paths that belong to machines, which keep their own error format. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/alerts/", "/slack/", "/discord/", "/q/");

    @Inject
    CurrentUser currentUser;

    @Inject
    PageLanguage page;

    @Inject
    DatabaseOutage outage;

    @Inject
    @Location("errors/error.html")
    Template signedIn;

    @Inject
    @Location("errors/error-public.html")
    Template anonymous;

    @ServerResponseFilter
    public void htmlErrors(ContainerRequestContext request, ContainerResponseContext response,
            SimpleResourceInfo resource) {
        int status = response.getStatus();
        if (status < 400 || status == 401 || status == 429 || !isPage(request, resource)
                || response.getEntity() instanceof TemplateInstance
                || MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        boolean plain = response.getMediaType() != null && response.getMediaType().getSubtype().equals("plain");
        String detail = response.getEntity() instanceof String text && plain && text.length() < 300 ? text : null;
        // A body (the CSRF refusal's text, a CSV download's error, a page's own JSON feed) is replaced only for a
        // browser; a script or a download tool keeps the text it can read.
        String accept = request.getHeaderString("Accept");
        if (response.hasEntity() && (accept == null || !accept.contains("text/html"))) {
            return;
        }
        response.setEntity(page(status, detail, null).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** An unexpected failure of a page: logged with an id the user can quote, answered with a page that shows it. */
    @ServerExceptionMapper(RuntimeException.class)
    public jakarta.ws.rs.core.Response failed(RuntimeException e, ContainerRequestContext request,
            SimpleResourceInfo resource) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse();
        }
        if (malformedForm(e)) {
            return isPage(request, resource) ? jakarta.ws.rs.core.Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page(400, null, null).render()).build()
                    : jakarta.ws.rs.core.Response.status(400).type(MediaType.APPLICATION_JSON)
                            .entity("{\"error\":\"Malformed form body\"}").build();
        }
        if (DatabaseOutage.explains(e)) {
            return databaseUnavailable(e, request, resource);
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Request %s %s failed (error %s)", request.getMethod(), request.getUriInfo().getPath(), id);
        if (!isPage(request, resource)) {
            return jakarta.ws.rs.core.Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"Internal error " + id + "\"}").build();
        }
        return jakarta.ws.rs.core.Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(500, null, id).render()).build();
    }

    /**
     * The database could not be reached: nothing was stored, so the caller may repeat the request. One log line per
     * outage rather than a stack trace per request; a page for a browser, the API's JSON for everything else.
     */
    private jakarta.ws.rs.core.Response databaseUnavailable(RuntimeException e, ContainerRequestContext request,
            SimpleResourceInfo resource) {
        outage.unavailable(request.getMethod() + " " + request.getUriInfo().getPath(), e);
        jakarta.ws.rs.core.Response.ResponseBuilder answer = isPage(request, resource)
                ? jakarta.ws.rs.core.Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        // Without navigation: who is signed in is in the database too.
                        .entity(anonymous.data("title", messages().serverErrorTitle())
                                .data("message", messages().databaseUnavailable()).data("status", 503).render())
                : jakarta.ws.rs.core.Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(java.util.Map.of("error", DatabaseOutage.MESSAGE));
        return answer.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    private TemplateInstance page(int status, String detail, String errorId) {
        String title = switch (status) {
            case 403 -> messages().forbiddenTitle();
            case 404, 405 -> messages().notFoundTitle();
            case 400, 413, 415, 422 -> messages().badRequestTitle();
            default -> messages().serverErrorTitle();
        };
        String message = detail != null ? detail : switch (status) {
            case 403 -> messages().forbidden();
            case 404, 405 -> messages().notFound();
            case 413 -> messages().tooLarge();
            case 400, 415, 422 -> messages().badRequest();
            default -> messages().serverError(errorId == null ? "-" : errorId);
        };
        Template template = signedIn() ? signedIn : anonymous;
        return template.data("title", title).data("message", message).data("status", status);
    }

    /**
     * Whether the page may show who is signed in. Before a resource is chosen (an unknown address, a refused body) this
     * runs on the I/O thread, where an identity not yet looked up cannot be: that page goes without navigation.
     */
    private boolean signedIn() {
        try {
            return currentUser.signedIn();
        } catch (BlockingOperationNotAllowedException e) {
            return false;
        }
    }

    /** A form body with broken percent-encoding: the client's mistake, not Warroom's. */
    private static boolean malformedForm(RuntimeException e) {
        return e instanceof IllegalArgumentException && java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith("FormEncodedDataDefinition$FormEncodedDataParser"));
    }

    static boolean isPage(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (resource != null && resource.getResourceClass() != null) {
            return resource.getResourceClass().getPackageName().startsWith(WEB_APP);
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    /** The page's texts in its language. */
    private AppMessages messages() {
        return page.texts(AppMessages.class);
    }
}
