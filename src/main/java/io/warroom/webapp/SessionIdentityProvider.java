package io.warroom.webapp;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a session token into who is signed in: roles {@code user}, and {@code admin} for admins. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCredential> {

    static final String SESSION = "warroom.session";

    @Inject
    WebSessions sessions;

    @Override
    public Class<SessionCredential> getRequestType() {
        return SessionCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionCredential request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            WebSessions.SignedIn signedIn = sessions.resolve(request.token)
                    .orElseThrow(AuthenticationFailedException::new);
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(signedIn.username())).addRole("user")
                    .addAttribute(SESSION, signedIn);
            if (signedIn.admin()) {
                identity.addRole("admin");
            }
            return identity.build();
        });
    }
}
