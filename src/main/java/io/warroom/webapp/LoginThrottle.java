package io.warroom.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits failed logins per account name and per client address over a sliding window. The failures are rows in the
 * database, so replicas sharing it count together. A success clears the name's failures (its owner mistyped), never
 * the address's: an attacker with an account of their own could otherwise log into it between guesses at another.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebConfig config;

    /** How long until another attempt is allowed, when one of the limits is reached. */
    @Transactional
    public Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        Duration byName = waitFor(nameKey(username), config.loginFailuresPerName(), now);
        Duration byAddress = waitFor(addressKey(address), config.loginFailuresPerAddress(), now);
        Duration wait = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Transactional
    public void failed(String username, String address) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String key : List.of(nameKey(username), addressKey(address))) {
            em.createNativeQuery("insert into web_login_failure (failure_key, failed_at) values (?1, ?2)")
                    .setParameter(1, key).setParameter(2, now).executeUpdate();
        }
    }

    @Transactional
    public void succeeded(String username) {
        em.createNativeQuery("delete from web_login_failure where failure_key = ?1")
                .setParameter(1, nameKey(username)).executeUpdate();
    }

    /** Forgets failures that no longer count. */
    @Transactional
    public int sweep() {
        return em.createNativeQuery("delete from web_login_failure where failed_at < ?1")
                .setParameter(1, since(clock.instant())).executeUpdate();
    }

    /** Zero while fewer than limit failures fall in the window; else until the oldest of the last limit leaves it. */
    private Duration waitFor(String key, int limit, Instant now) {
        // Bounded on both sides: the window is the one before now, whatever the clock said at other times.
        List<?> recent = em.createNativeQuery("select failed_at from web_login_failure where failure_key = ?1"
                + " and failed_at > ?2 and failed_at <= ?3 order by failed_at desc").setParameter(1, key)
                .setParameter(2, since(now)).setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        if (recent.size() < limit) {
            return Duration.ZERO;
        }
        Instant oldest = WebSessions.instant(recent.get(recent.size() - 1));
        Duration wait = Duration.between(now, oldest.plus(config.loginFailureWindow()));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private OffsetDateTime since(Instant now) {
        return OffsetDateTime.ofInstant(now.minus(config.loginFailureWindow()), ZoneOffset.UTC);
    }

    /** Every spelling of a name counts as one account, known or not, so the limit reveals nothing about accounts. */
    private static String nameKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "name:" + (name.length() > 64 ? name.substring(0, 64) : name);
    }

    private static String addressKey(String address) {
        String host = address == null ? "unknown" : address;
        return "address:" + (host.length() > 100 ? host.substring(0, 100) : host);
    }
}
