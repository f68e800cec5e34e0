package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.warroom.chat.NetworkFailures;
import io.warroom.config.DaemonThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Slack's Socket Mode connection (with SLACK_APP_TOKEN): opened after start-up in the background, so readiness and the
 * rest of Warroom never wait for Slack. An unreachable Slack is retried with backoff; an app token Slack refuses
 * turns Socket Mode off with one clear log line, as does Socket Mode being switched off in the app's settings.
 */
@ApplicationScoped
public class SlackSocket {

    private static final Logger LOG = Logger.getLogger(SlackSocket.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private static final Pattern ERROR = Pattern.compile("\\(error: ([a-z_]{1,60})\\)");

    @Inject
    SlackConfig config;

    @Inject
    SlackClient client;

    @Inject
    SocketEnvelopes envelopes;

    private final ScheduledExecutorService lifecycle = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("warroom-slack-socket-open"));
    private final AtomicBoolean refusalLogged = new AtomicBoolean();
    private volatile SlackSocketConnection connection;
    private volatile String offBecause;
    private volatile boolean stopped;
    private volatile String state = "connecting";

    void start(@Observes StartupEvent event) {
        if (config.configured() && config.socketMode()) {
            schedule(Duration.ZERO, FIRST_RETRY);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        lifecycle.shutdownNow();
        SlackSocketConnection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Slack Socket Mode connection did not close cleanly: %s", e.getMessage());
            }
        }
    }

    /**
     * For health checks: "off" (no app token), "off: …" (refused), "connecting", "connected" or "reconnecting".
     */
    public String status() {
        if (!config.configured() || !config.socketMode()) {
            return "off";
        }
        return offBecause != null ? "off: " + offBecause : state;
    }

    /** Whether Socket Mode is configured and Slack has not refused it for good. */
    public boolean enabled() {
        return config.configured() && config.socketMode() && offBecause == null;
    }

    boolean off() {
        return stopped || offBecause != null;
    }

    /** Slack said hello on a new connection: envelopes flow. */
    void connected(int connections) {
        if (!"connected".equals(state)) {
            LOG.infof("Slack Socket Mode connected (%d connection%s open for this app)", connections,
                    connections == 1 ? "" : "s");
        }
        state = "connected";
    }

    /** The SDK's ping was answered. */
    void alive() {
        state = "connected";
    }

    void reconnecting() {
        if (offBecause == null) {
            state = "reconnecting";
        }
    }

    void reconnectFailed(Exception e) {
        LOG.warnf("Slack Socket Mode could not reconnect (%s); retrying in 10s. Everything else keeps running.",
                e instanceof IOException ? e.getMessage() : NetworkFailures.describe(e));
    }

    /** apps.connections.open refused the app token: Socket Mode stays off until Warroom restarts with another. */
    void refused(String error) {
        offBecause = "app token refused (" + error + ")";
        if (refusalLogged.compareAndSet(false, true)) {
            LOG.errorf("Slack refused SLACK_APP_TOKEN (%s): Slack Socket Mode is off, so Slack commands do not reach "
                    + "Warroom. Create an app-level token (xapp-…) with the connections:write scope on the app's "
                    + "Basic Information page, put it in SLACK_APP_TOKEN and restart. Everything else keeps running.",
                    error);
        }
    }

    /** Slack closed the connection because Socket Mode was turned off in the app's settings. */
    void disabledInSlack() {
        offBecause = "Socket Mode is turned off in the Slack app's settings";
        SlackSocketConnection current = connection;
        if (current != null) {
            current.setAutoReconnectEnabled(false);
        }
        LOG.error("Slack closed the Socket Mode connection: Socket Mode is turned off in the app's settings (Socket "
                + "Mode page at api.slack.com/apps). Turn it on and restart Warroom, or unset SLACK_APP_TOKEN and "
                + "use the request URL.");
    }

    /** The error code in the SDK's message for an apps.connections.open that answered ok:false. */
    static String errorIn(String message) {
        Matcher error = message == null ? null : ERROR.matcher(message);
        return error != null && error.find() ? error.group(1) : "unknown_error";
    }

    private void schedule(Duration delay, Duration nextDelay) {
        try {
            lifecycle.schedule(() -> open(nextDelay), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application is shutting down
        }
    }

    private void open(Duration retry) {
        if (stopped) {
            return;
        }
        String appToken = config.appToken().orElseThrow().strip();
        try {
            AppsConnectionsOpenResponse opened = client.slack().methods().appsConnectionsOpen(r -> r.token(appToken));
            if (opened.isOk()) {
                SlackSocketConnection started = new SlackSocketConnection(client.slack(), appToken, opened.getUrl(),
                        this, envelopes);
                connection = started;
                started.connect();
                return;
            }
            if (SlackBot.TOKEN_REFUSED.contains(opened.getError())) {
                refused(opened.getError());
                return;
            }
            retry(retry, "apps.connections.open answered " + opened.getError());
        } catch (SlackApiException e) {
            retry(retry, "HTTP " + (e.getResponse() == null ? "error" : e.getResponse().code()));
        } catch (URISyntaxException e) {
            retry(retry, "apps.connections.open gave no usable URL");
        } catch (IOException | RuntimeException e) {
            retry(retry, NetworkFailures.describe(e));
        }
    }

    private void retry(Duration retry, String why) {
        if (stopped) {
            return;
        }
        LOG.warnf("Slack Socket Mode could not connect (%s); retrying in %ds. Everything else keeps running.", why,
                retry.toSeconds());
        Duration next = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        schedule(retry, next);
    }
}
