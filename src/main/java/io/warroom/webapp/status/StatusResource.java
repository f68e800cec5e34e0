package io.warroom.webapp.status;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public status page, for users and customers: no login. It shows services' states, incidents by public name and
 * only updates marked public; never an internal title, note, name or chat id.
 */
@Path("/")
public class StatusResource {

    static final String ATOM = "application/atom+xml";
    /** Short, so a status change reaches readers within half a minute even through a cache. */
    private static final int MAX_AGE_SECONDS = 30;

    @Inject
    StatusSources sources;

    @Inject
    StatusPageMessages texts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(StatusView view, StatusTimes times);

        static native TemplateInstance statusAtom(StatusView view, StatusTimes times);
    }

    @GET
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        StatusView view = sources.read();
        return cached(Response.ok(Templates.status(view, new StatusTimes(view.generatedAt()))));
    }

    @GET
    @Path("status.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json() {
        return cached(Response.ok(StatusJson.of(sources.read(), texts)));
    }

    @GET
    @Path("status.atom")
    @Produces(ATOM)
    public Response atom() {
        StatusView view = sources.read();
        return cached(Response.ok(Templates.statusAtom(view, new StatusTimes(view.generatedAt())).render(), ATOM
                + ";charset=UTF-8"));
    }

    private static Response cached(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return response.cacheControl(cache).build();
    }
}
