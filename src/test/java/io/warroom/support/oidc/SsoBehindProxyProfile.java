package io.warroom.support.oidc;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Warroom as deployed for a team: single sign-on through the fake provider (admins by group, one e-mail domain) and
 * behind a TLS proxy whose forwarded headers it trusts.
 */
public class SsoBehindProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warroom.oidc.enabled", "true",
                "warroom.oidc.provider-name", "Fake IdP",
                "warroom.oidc.admin-group", "warroom-admins",
                "warroom.oidc.allowed-domains", "example.com",
                "warroom.web.behind-proxy", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOidcResource.class));
    }
}
