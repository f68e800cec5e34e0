package io.warroom.webapp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Single sign-on through an OpenID Connect provider; the provider's address and client are quarkus.oidc settings. */
@ConfigMapping(prefix = "warroom.oidc")
public interface SsoConfig {

    /** Whether the login page offers single sign-on (also turns on Quarkus's OpenID Connect tenant). */
    @WithDefault("false")
    boolean enabled();

    /** The provider's name on the login page's button: "Sign in with …". */
    @WithDefault("SSO")
    String providerName();

    /** ID token claim that names the user; when absent or not a valid user name, the e-mail address is used. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** ID token claim listing the user's groups (or roles), read for admin-group. */
    @WithDefault("groups")
    String groupsClaim();

    /** Members of this group are Warroom admins and others are not, decided at every sign-in; unset: admins decide. */
    Optional<String> adminGroup();

    /** Only users with a verified e-mail address in one of these domains may sign in; unset: no domain check. */
    Optional<List<String>> allowedDomains();
}
