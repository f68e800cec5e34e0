package io.warroom.webapp;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Renders every page of the web app in its {@link PageLanguage}, so {@code {app:…}} and the other bundles of a
 * template resolve in it. Only the web app's own templates: others (the postmortem) choose their language themselves.
 */
@ApplicationScoped
public class PageLocale implements TemplateInstance.Initializer {

    /** The folders of the web app's templates under templates/. */
    private static final Set<String> PAGES = Set.of("AccountResource", "AdminUsersResource", "IncidentListResource",
            "IncidentPageResource", "LoginResource", "ReportsResource", "StatusResource", "errors");

    @Inject
    PageLanguage page;

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        String id = instance.getTemplate().getId();
        int slash = id.indexOf('/');
        if (slash > 0 && PAGES.contains(id.substring(0, slash)) && Arc.container().requestContext().isActive()) {
            instance.setLocale(page.language().locale());
        }
    }
}
