package io.warroom.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns an ID token the OpenID Connect provider issued into the Warroom account it vouches for. */
@ApplicationScoped
public class SingleSignOn {

    @Inject
    SsoConfig config;

    @Inject
    WebUsers users;

    /** The provider's name for the login page, when single sign-on is on. */
    public Optional<String> providerName() {
        return config.enabled() ? Optional.of(config.providerName()) : Optional.empty();
    }

    /** The account, found or created; refused (with the rule's reason) when the token does not allow one. */
    public WebUser account(JsonWebToken idToken) {
        String email = claim(idToken, "email");
        if (config.allowedDomains().isPresent()) {
            Object verified = idToken.getClaim("email_verified");
            String domain = email == null ? "" : email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            if (email == null || Boolean.FALSE.equals(verified) || "false".equals(String.valueOf(verified))
                    || config.allowedDomains().get().stream().noneMatch(d -> d.strip().equalsIgnoreCase(domain))) {
                throw new WebUsers.AccountException("domain", email);
            }
        }
        String username = claim(idToken, config.usernameClaim());
        if (username == null || !WebUsers.USERNAME.matcher(username.strip().toLowerCase(Locale.ROOT)).matches()) {
            username = email;
        }
        String name = claim(idToken, "name");
        return users.signedInBySso(idToken.getSubject(), username, name, admin(idToken));
    }

    private Boolean admin(JsonWebToken idToken) {
        if (config.adminGroup().isEmpty()) {
            return null;
        }
        Object groups = idToken.getClaim(config.groupsClaim());
        String group = config.adminGroup().get();
        if (groups instanceof Collection<?> list) {
            return list.stream().anyMatch(g -> group.equals(unquoted(g)));
        }
        if (groups instanceof jakarta.json.JsonArray array) {
            return array.stream().anyMatch(g -> group.equals(unquoted(g)));
        }
        return groups != null && group.equals(unquoted(groups));
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : unquoted(value);
    }

    /** JSON string values come back quoted from some claim accessors. */
    private static String unquoted(Object value) {
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return String.valueOf(value);
    }
}
