package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.warroom.chat.NetworkFailures;
import io.warroom.config.DaemonThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The Slack bot's life: off (one log line naming what to set) without a token and a way in (Socket Mode's app token
 * or the signing secret); otherwise it says which way Slack reaches Warroom and checks the token with {@code auth.test} after start-up, in the background, and keeps the bot's user and team ids.
 * A token Slack rejects turns the bot off with a clear error; an unreachable Slack is retried, and Warroom runs on.
 */
@ApplicationScoped
public class SlackBot {

    private static final Logger LOG = Logger.getLogger(SlackBot.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    /** auth.test errors that mean the token itself is no good. */
    static final Set<String> TOKEN_REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type", "no_permission", "ekm_access_denied");

    @Inject
    SlackConfig config;

    @Inject
    SlackClient client;

    private final ScheduledExecutorService lifecycle = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("warroom-slack-auth"));
    private volatile String offBecause;
    private volatile boolean stopped;
    private volatile String botUserId;
    private volatile String teamId;

    void start(@Observes StartupEvent event) {
        if (!config.configured()) {
            List<String> missing = new ArrayList<>();
            if (config.botToken().filter(t -> !t.isBlank()).isEmpty()) {
                missing.add("SLACK_BOT_TOKEN");
            }
            if (!config.socketMode() && !config.signed()) {
                missing.add("SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET)");
            }
            LOG.infof("Slack bot is off: %s %s not set. Set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode, no "
                    + "public URL needed) or SLACK_SIGNING_SECRET (request URL /slack/events) to turn it on "
                    + "(docs/slack.md).", String.join(" and ", missing), missing.size() == 1 ? "is" : "are");
            return;
        }
        if (config.socketMode()) {
            LOG.info("Slack bot uses Socket Mode (SLACK_APP_TOKEN is set): Warroom connects out to Slack and needs "
                    + "no public URL" + (config.signed() ? "; signed requests to /slack/events are taken too." : "."));
        } else {
            LOG.info("Slack bot takes Slack's requests at /slack/events (request URL mode); set SLACK_APP_TOKEN to "
                    + "use Socket Mode instead, with no public URL.");
        }
        schedule(Duration.ZERO, FIRST_RETRY);
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        lifecycle.shutdownNow();
    }

    /** Whether Slack is configured and has not rejected the token. */
    public boolean enabled() {
        return config.configured() && offBecause == null;
    }

    /** The bot's own user id (U…), once auth.test answered. */
    public Optional<String> botUserId() {
        return Optional.ofNullable(botUserId);
    }

    /** The workspace the token belongs to (T…), once auth.test answered. */
    public Optional<String> teamId() {
        return Optional.ofNullable(teamId);
    }

    public String status() {
        if (!config.configured()) {
            return "off";
        }
        if (offBecause != null) {
            return "off: " + offBecause;
        }
        return botUserId == null ? "checking the token" : "connected";
    }

    private void schedule(Duration delay, Duration nextDelay) {
        try {
            lifecycle.schedule(() -> check(nextDelay), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application is shutting down
        }
    }

    private void check(Duration retry) {
        if (stopped) {
            return;
        }
        try {
            AuthTestResponse auth = client.methods().authTest(r -> r);
            if (auth.isOk()) {
                botUserId = auth.getUserId();
                teamId = auth.getTeamId();
                LOG.infof("Slack bot is on as %s (user %s) in workspace %s (%s)", auth.getUser(), auth.getUserId(),
                        auth.getTeam(), auth.getTeamId());
                return;
            }
            if (TOKEN_REFUSED.contains(auth.getError())) {
                offBecause = "token rejected";
                LOG.errorf("Slack rejected SLACK_BOT_TOKEN (%s): the Slack bot is off. Copy the Bot User OAuth Token "
                        + "(xoxb-…) from the app's OAuth & Permissions page into SLACK_BOT_TOKEN and restart.",
                        auth.getError());
                return;
            }
            retry(retry, "auth.test answered " + auth.getError());
        } catch (SlackApiException e) {
            retry(retry, "HTTP " + (e.getResponse() == null ? "error" : e.getResponse().code()));
        } catch (IOException | RuntimeException e) {
            retry(retry, NetworkFailures.describe(e));
        }
    }

    private void retry(Duration retry, String why) {
        if (stopped) {
            return;
        }
        LOG.warnf("Slack Web API at %s could not check the bot token (%s); retrying in %ds. Everything else keeps "
                + "running.", config.apiUrl(), why, retry.toSeconds());
        Duration next = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        schedule(retry, next);
    }
}
