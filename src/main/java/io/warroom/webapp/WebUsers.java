package io.warroom.webapp;

import io.warroom.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts of the web app: created by the first start or by an admin, never by signing up. */
@ApplicationScoped
public class WebUsers {

    /** Lower case; '@' and '+' so that an e-mail address from single sign-on can be a user name. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{0,63}");
    public static final int PASSWORD_MIN = 10;
    /** Bcrypt reads 72 bytes; a longer password would be cut without notice, so it is refused instead. */
    public static final int PASSWORD_MAX_BYTES = 72;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebSessions sessions;

    @Transactional
    public WebUser create(String username, String displayName, String password, boolean admin) {
        String name = normalize(username);
        if (find(name).isPresent()) {
            throw new AccountException("taken", name);
        }
        WebUser user = new WebUser();
        user.username = name;
        user.displayName = displayName(displayName, name);
        user.passwordHash = password == null ? null : PasswordHashing.hash(checkPassword(password));
        user.admin = admin;
        user.createdAt = clock.instant();
        user.passwordChangedAt = password == null ? null : user.createdAt;
        em.persist(user);
        return user;
    }

    @Transactional
    public Optional<WebUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("from WebUser u where u.username = :u", WebUser.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Transactional
    public List<WebUser> all() {
        return em.createQuery("from WebUser u order by u.username", WebUser.class).getResultList();
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(u) from WebUser u", Long.class).getSingleResult();
    }

    /** The account whose password this is; empty for a wrong name or password, alike and in about the same time. */
    @Transactional
    public Optional<WebUser> authenticate(String username, String password) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.empty();
        }
        Optional<WebUser> user = find(username);
        boolean matches = PasswordHashing.matches(password, user.map(u -> u.passwordHash).orElse(null));
        return matches ? user : Optional.empty();
    }

    /** Sets a new password and ends every session of the account, so a stolen session dies with the old password. */
    @Transactional
    public void setPassword(String username, String password) {
        WebUser user = find(username).orElseThrow(() -> new AccountException("unknown", username));
        user.passwordHash = PasswordHashing.hash(checkPassword(password));
        user.passwordChangedAt = clock.instant();
        sessions.endAll(user.id);
    }

    /** The language the user reads the web app in; null to follow the browser. */
    @Transactional
    public void setLanguage(String username, Language language) {
        find(username).orElseThrow(() -> new AccountException("unknown", username)).language = language;
    }

    /** Gives or takes admin rights; the last admin keeps them, so someone can always manage accounts. */
    @Transactional
    public WebUser setAdmin(String username, boolean admin) {
        WebUser user = find(username).orElseThrow(() -> new AccountException("unknown", username));
        if (user.admin && !admin && lockAdmins() <= 1) {
            throw new AccountException("lastAdmin", user.username);
        }
        user.admin = admin;
        return user;
    }

    /** Deletes an account with its sessions; never the actor's own, never the last admin. */
    @Transactional
    public WebUser delete(String actor, String username) {
        WebUser user = find(username).orElseThrow(() -> new AccountException("unknown", username));
        if (user.username.equals(actor)) {
            throw new AccountException("self", user.username);
        }
        if (user.admin && lockAdmins() <= 1) {
            throw new AccountException("lastAdmin", user.username);
        }
        em.remove(user);
        return user;
    }

    /** A new generated password for a password account, returned to be shown once; ends the account's sessions. */
    @Transactional
    public String resetPassword(String username) {
        WebUser user = find(username).orElseThrow(() -> new AccountException("unknown", username));
        if (user.passwordHash == null) {
            throw new AccountException("ssoAccount", user.username);
        }
        String password = GeneratedPasswords.next();
        setPassword(user.username, password);
        return password;
    }

    /**
     * The account single sign-on vouches for: the one bound to the provider's subject, else a new one under the name
     * the provider gives. A name already in use refuses, so a provider account never takes over a local one.
     *
     * @param admin whether the provider says the user is an admin; null when it is not configured to say
     */
    @Transactional
    public WebUser signedInBySso(String subject, String username, String displayName, Boolean admin) {
        WebUser user = em.createQuery("from WebUser u where u.ssoSubject = :s", WebUser.class)
                .setParameter("s", subject).getResultStream().findFirst().orElse(null);
        if (user == null) {
            String name = normalize(username);
            if (find(name).isPresent()) {
                throw new AccountException("taken", name);
            }
            user = create(name, displayName, null, Boolean.TRUE.equals(admin));
            user.ssoSubject = subject;
            return user;
        }
        if (displayName != null && !displayName.isBlank()) {
            user.displayName = displayName(displayName, user.username);
        }
        if (admin != null && user.admin != admin) {
            if (user.admin && lockAdmins() <= 1) {
                return user;
            }
            user.admin = admin;
            sessions.endAll(user.id);
        }
        return user;
    }

    /** Locks the admins' rows, so two concurrent demotions cannot both see another admin left; returns their count. */
    private int lockAdmins() {
        return em.createQuery("from WebUser u where u.admin = true", WebUser.class)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    static String normalize(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", name);
        }
        return name;
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > WebUser.DISPLAY_NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("displayName", name);
        }
        return name;
    }

    private static String checkPassword(String password) {
        if (password.length() < PASSWORD_MIN) {
            throw new AccountException("passwordShort", null);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw new AccountException("passwordLong", null);
        }
        return password;
    }

    /** A refused account change; reason names the rule (a key of the app message bundle's account texts). */
    public static class AccountException extends RuntimeException {
        private final String reason;
        private final String subject;

        AccountException(String reason, String subject) {
            super(reason + (subject == null ? "" : ": " + subject));
            this.reason = reason;
            this.subject = subject;
        }

        public String reason() {
            return reason;
        }

        /** The name the refusal is about, as given. */
        public String subject() {
            return subject;
        }
    }
}
