package io.warroom.webapp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The web app's accounts and sessions. */
@ConfigMapping(prefix = "warroom.web")
public interface WebConfig {

    /**
     * Password of the first admin account, created at the first start with no accounts; when unset, a random one is
     * generated and printed once.
     */
    Optional<String> adminPassword();

    /**
     * Whether a start with no accounts creates the admin account; ./warroom's class-data training run turns it off, so
     * it neither prints a password for a throwaway database nor creates an account in a real one.
     */
    @WithDefault("true")
    boolean createAdmin();

    /** A session ends after this long without a request. */
    @WithDefault("12h")
    Duration sessionIdleTimeout();

    /** A session ends this long after its login, however active. */
    @WithDefault("7d")
    Duration sessionMaxAge();

    /**
     * Whether cookies carry the Secure flag: {@code auto} sets it when the request came over HTTPS (directly or, with
     * quarkus.http.proxy settings, through a proxy), {@code always} or {@code never} force it.
     */
    @WithDefault("auto")
    SecureCookies secureCookies();

    /**
     * Whether Warroom runs behind a reverse proxy (TLS) whose X-Forwarded-* and Forwarded headers it may trust for the
     * scheme (Secure cookies, redirect addresses) and the client address (login limits).
     */
    @WithDefault("false")
    boolean behindProxy();

    /** Failed logins for one account name within login-failure-window before further attempts are refused. */
    @WithDefault("5")
    int loginFailuresPerName();

    /** Failed logins from one client address within login-failure-window before further attempts are refused. */
    @WithDefault("20")
    int loginFailuresPerAddress();

    /** How long a failed login counts against the limits. */
    @WithDefault("15m")
    Duration loginFailureWindow();

    /** Largest form the web app reads; a bigger one is refused with 413 before it is parsed. */
    @WithDefault("64K")
    io.quarkus.runtime.configuration.MemorySize maxFormSize();

    enum SecureCookies {
        AUTO, ALWAYS, NEVER
    }
}
