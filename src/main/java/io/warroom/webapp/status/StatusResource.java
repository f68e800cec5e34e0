package io.warroom.webapp.status;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.warroom.config.WarroomConfig;
import io.warroom.i18n.Language;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public status page, for users and customers: no login. It shows services' states, incidents by public name and
 * only updates marked public; never an internal title, note, name or chat id. It speaks WARROOM_LANGUAGE, or the
 * language of its {@code ?lang=} link: the same address reads the same for every visitor and every cache.
 */
@Path("/")
public class StatusResource {

    static final String ATOM = "application/atom+xml";
    /** Short, so a status change reaches readers within half a minute even through a cache. */
    private static final int MAX_AGE_SECONDS = 30;

    @Inject
    StatusSources sources;

    @Inject
    PageLanguage page;

    @Inject
    WarroomConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(StatusView view, StatusTimes times, String language);

        static native TemplateInstance statusAtom(StatusView view, StatusTimes times);
    }

    @GET
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("lang") String lang) {
        Language language = language(lang);
        StatusView view = sources.read(language);
        return cached(Response.ok(Templates.status(view, new StatusTimes(view.generatedAt()), language.tag())));
    }

    @GET
    @Path("status.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("lang") String lang) {
        Language language = language(lang);
        return cached(Response.ok(StatusJson.of(sources.read(language), page.texts(StatusPageMessages.class))));
    }

    @GET
    @Path("status.atom")
    @Produces(ATOM)
    public Response atom(@QueryParam("lang") String lang) {
        Language language = language(lang);
        StatusView view = sources.read(language);
        return cached(Response.ok(Templates.statusAtom(view, new StatusTimes(view.generatedAt())).render(), ATOM
                + ";charset=UTF-8"));
    }

    /** Not the browser's language: a cached page must not change with whoever asked first. */
    private Language language(String lang) {
        Language language = Language.parse(lang).orElse(config.language());
        page.use(language);
        return language;
    }

    private static Response cached(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return response.cacheControl(cache).build();
    }
}
