package io.warroom.webapp;

import io.quarkus.security.identity.SecurityIdentity;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in to the web app for this request; templates read it as {@code inject:currentUser}. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return session() != null;
    }

    public String username() {
        return require().username();
    }

    public String displayName() {
        return require().displayName();
    }

    public boolean admin() {
        return signedIn() && require().admin();
    }

    /** The language tag the user chose for the web app ("en", "ko"), or "" when the page follows the browser. */
    public String language() {
        return require().language() == null ? "" : require().language().tag();
    }

    /** The session's CSRF token, which every form of the web app sends back. */
    public String csrf() {
        return require().csrf();
    }

    /** The person commands and timeline entries are attributed to. */
    public Person person() {
        WebSessions.SignedIn session = require();
        return new Person(Platform.WEB, session.username(), session.displayName());
    }

    WebSessions.SignedIn session() {
        return identity.isAnonymous() ? null : identity.getAttribute(SessionIdentityProvider.SESSION);
    }

    private WebSessions.SignedIn require() {
        WebSessions.SignedIn session = session();
        if (session == null) {
            throw new IllegalStateException("no web session in this request");
        }
        return session;
    }
}
