package io.warroom.support.oidc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the fake provider before Quarkus, whose OpenID Connect discovery reads it at start. */
public class FakeOidcResource implements QuarkusTestResourceLifecycleManager {

    /** The running provider, for the tests of the profile that starts it. */
    public static volatile FakeOidcProvider provider;

    @Override
    public Map<String, String> start() {
        try {
            provider = new FakeOidcProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.oidc.auth-server-url", provider.issuer(),
                "quarkus.oidc.client-id", FakeOidcProvider.CLIENT_ID,
                "quarkus.oidc.credentials.secret", FakeOidcProvider.CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
        }
    }
}
