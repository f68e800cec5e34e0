package io.warroom.webapp;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.warroom.config.WarroomConfig;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The language of this request's page: the signed-in user's own choice, else the browser's {@code Accept-Language},
 * else WARROOM_LANGUAGE. A page with a rule of its own (the public status page) sets it with {@link #use}.
 */
@RequestScoped
public class PageLanguage {

    @Inject
    CurrentVertxRequest request;

    @Inject
    WarroomConfig config;

    private Language language;

    public Language language() {
        if (language == null) {
            language = chosen().or(this::browser).orElse(config.language());
        }
        return language;
    }

    /** This page speaks the given language, whatever the user or the browser prefer. */
    public void use(Language chosen) {
        language = chosen;
    }

    /** A page's message bundle in the page's language. */
    public <T> T texts(Class<T> bundle) {
        return Bundles.in(bundle, language());
    }

    /**
     * The signed-in user's choice, read only when the request's identity is already known (a page that needs a
     * login): looking it up here would turn a stale session cookie on the login page into a redirect to itself.
     */
    private Optional<Language> chosen() {
        RoutingContext current = request.getCurrent();
        if (current == null || !(current.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        WebSessions.SignedIn session = user.getSecurityIdentity().getAttribute(SessionIdentityProvider.SESSION);
        return Optional.ofNullable(session == null ? null : session.language());
    }

    private Optional<Language> browser() {
        RoutingContext current = request.getCurrent();
        return current == null ? Optional.empty()
                : Language.fromAcceptLanguage(current.request().getHeader("Accept-Language"));
    }
}
