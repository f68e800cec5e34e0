package io.warroom.webapp;

import io.warroom.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Server-side sessions: the cookie holds a random token, the database its hash, the user and the CSRF token. */
@ApplicationScoped
public class WebSessions {

    /** last_seen_at is written at most this often, so a page that polls does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebConfig config;

    /** Who a live session belongs to; language is the one they chose for the web app, null when none. */
    public record SignedIn(String tokenHash, long userId, String username, String displayName, boolean admin,
            String csrf, Language language) {
    }

    /** Starts a session and returns the token for the cookie; it is never stored. */
    @Transactional
    public String start(WebUser user) {
        String token = randomToken();
        OffsetDateTime now = now();
        em.createNativeQuery("insert into web_session (token_hash, user_id, csrf_token, created_at, last_seen_at)"
                + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, hash(token)).setParameter(2, user.id)
                .setParameter(3, randomToken()).setParameter(4, now).setParameter(5, now).executeUpdate();
        return token;
    }

    @Transactional
    public Optional<SignedIn> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        List<?> rows = em.createNativeQuery("select s.created_at, s.last_seen_at, s.csrf_token, u.id, u.username,"
                + " u.display_name, u.admin, u.language from web_session s join web_user u on u.id = s.user_id"
                + " where s.token_hash = ?1").setParameter(1, tokenHash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant created = instant(row[0]);
        Instant lastSeen = instant(row[1]);
        Instant now = clock.instant();
        if (now.isAfter(created.plus(config.sessionMaxAge()))
                || now.isAfter(lastSeen.plus(config.sessionIdleTimeout()))) {
            end(token);
            return Optional.empty();
        }
        if (now.isAfter(lastSeen.plus(TOUCH_EVERY))) {
            em.createNativeQuery("update web_session set last_seen_at = ?1 where token_hash = ?2")
                    .setParameter(1, now()).setParameter(2, tokenHash).executeUpdate();
        }
        return Optional.of(new SignedIn(tokenHash, ((Number) row[3]).longValue(), (String) row[4], (String) row[5],
                (Boolean) row[6], (String) row[2], Language.parse((String) row[7]).orElse(null)));
    }

    @Transactional
    public void end(String token) {
        em.createNativeQuery("delete from web_session where token_hash = ?1").setParameter(1, hash(token))
                .executeUpdate();
    }

    @Transactional
    public void endAll(long userId) {
        em.createNativeQuery("delete from web_session where user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    /** Forgets sessions past their idle time, so the table holds only live ones. */
    @Transactional
    public int sweep() {
        return em.createNativeQuery("delete from web_session where last_seen_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant().minus(config.sessionIdleTimeout()),
                        ZoneOffset.UTC)).executeUpdate();
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
