package io.warroom.discord;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.warroom.chat.NetworkFailures;
import io.warroom.config.DaemonThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import org.jboss.logging.Logger;

/**
 * Runs the JDA client: logs in when {@link GatewayLease} says this replica is to hold the gateway (never holding up
 * readiness), retries while Discord is unreachable, stops for good on a rejected token, disconnects when the lease is
 * lost, and shuts down gracefully with the application.
 */
@ApplicationScoped
public class DiscordBot {

    private static final Logger LOG = Logger.getLogger(DiscordBot.class);
    /** Reactions for 📌, and message text so a pinned message lands on the timeline with what it says. */
    static final Set<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGE_REACTIONS,
            GatewayIntent.MESSAGE_CONTENT);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private static final Duration CONNECT_WARNING = Duration.ofSeconds(30);

    @Inject
    DiscordConfig config;

    @Inject
    DiscordEvents events;

    @Inject
    CommandRegistrar registrar;

    @Inject
    Clock clock;

    private final ScheduledExecutorService lifecycle = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("warroom-discord-login"));
    /** Guards {@link #jda} and {@link #wanted} together, so a login finishing after a disconnect does not stay. */
    private final Object connection = new Object();
    private volatile JDA jda;
    /** Whether this replica is to be connected to the gateway (it holds the gateway lease, or needs none). */
    private volatile boolean wanted;
    /** Why the bot stopped for good (a rejected token, a bad setting); null while it runs or retries. */
    private volatile String offBecause;
    private volatile boolean stopped;
    private volatile RateLimitWatch rateLimits;
    private volatile Set<GatewayIntent> intents = INTENTS;

    void start(@Observes StartupEvent event) {
        if (token().isEmpty()) {
            LOG.info("Discord bot is off: DISCORD_BOT_TOKEN is not set.");
            return;
        }
        Optional<String> guild = config.guildId().map(String::strip).filter(id -> !id.matches("\\d{1,20}"));
        if (guild.isPresent()) {
            offBecause = "DISCORD_GUILD_ID is not a server id";
            LOG.errorf("Discord bot is off: DISCORD_GUILD_ID must be the server's numeric id (in Discord: Settings → "
                    + "Advanced → Developer Mode, then right-click the server → Copy Server ID), not \"%s\".",
                    guild.get());
            return;
        }
        rateLimits = new RateLimitWatch(clock);
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        lifecycle.shutdownNow();
        disconnect();
    }

    /** Logs in and connects to the gateway, unless it already does or the bot is off. */
    void connect() {
        synchronized (connection) {
            if (stopped || !enabled() || wanted) {
                return;
            }
            wanted = true;
        }
        schedule(Duration.ZERO, FIRST_RETRY);
    }

    /** Closes the gateway connection and stops logging in; returns once JDA is shut down (at most about 5 s). */
    void disconnect() {
        JDA client;
        synchronized (connection) {
            wanted = false;
            client = jda;
            jda = null;
        }
        if (client != null) {
            shutDown(client);
        }
    }

    /** Whether this replica is connected to the gateway, or logging in to. */
    boolean wanted() {
        return wanted;
    }

    private static void shutDown(JDA client) {
        client.shutdown();
        try {
            if (!client.awaitShutdown(Duration.ofSeconds(5))) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether Discord is configured and has not refused the bot for good. */
    public boolean enabled() {
        return token().isPresent() && offBecause == null;
    }

    /** The client when it is connected to the gateway. */
    public Optional<JDA> connected() {
        JDA client = jda;
        return client != null && client.getStatus() == JDA.Status.CONNECTED ? Optional.of(client) : Optional.empty();
    }

    public String status() {
        JDA client = jda;
        if (!enabled()) {
            return offBecause != null ? "off: " + offBecause : "off";
        }
        if (!wanted) {
            return "standby";
        }
        return client == null ? "logging in" : client.getStatus().name().toLowerCase().replace('_', ' ');
    }

    RateLimitWatch rateLimits() {
        return rateLimits;
    }

    /** The gateway refused the Message Content intent: carry on without it (pins then record no text). */
    private void dropContentIntent() {
        if (!intents.contains(GatewayIntent.MESSAGE_CONTENT)) {
            offBecause = "intents refused";
            LOG.error("Discord refused the bot's gateway intents (close code 4014): the Discord bot is off.");
            return;
        }
        LOG.error("Discord refused the Message Content intent (close code 4014). Enable \"Message Content Intent\" "
                + "under Bot → Privileged Gateway Intents in the Developer Portal; until then pinned messages are "
                + "recorded without their text. Reconnecting without it.");
        intents = EnumSet.of(GatewayIntent.GUILD_MESSAGE_REACTIONS);
        jda = null;
        schedule(Duration.ZERO, FIRST_RETRY);
    }

    /** Discord ended the session with a code that forbids reconnecting (a reset token, too many servers...). */
    void closedForGood(CloseCode code) {
        if (stopped || !wanted) {
            return;
        }
        if (code == CloseCode.DISALLOWED_INTENTS) {
            dropContentIntent();
            return;
        }
        offBecause = "gateway closed with " + code.getCode();
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            LOG.error("Discord rejected the bot token on the gateway (close code 4004): the Discord bot is off. Reset "
                    + "the token in the Developer Portal (Bot → Reset Token) and set DISCORD_BOT_TOKEN.");
        } else {
            LOG.errorf("Discord closed the gateway session for good (close code %d: %s): the Discord bot is off "
                    + "until Warroom restarts.", code.getCode(), code.getMeaning());
        }
    }

    boolean hasContentIntent() {
        return intents.contains(GatewayIntent.MESSAGE_CONTENT);
    }

    private void schedule(Duration delay, Duration nextDelay) {
        try {
            lifecycle.schedule(() -> login(nextDelay), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application is shutting down
        }
    }

    private void login(Duration retry) {
        if (stopped || !wanted) {
            return;
        }
        long started = System.nanoTime();
        try {
            JDA client = builder().build();
            boolean keep;
            synchronized (connection) {
                keep = wanted;
                if (keep) {
                    jda = client;
                }
            }
            if (!keep) {
                shutDown(client); // the lease was lost while logging in
                return;
            }
            LOG.infof("Discord bot logged in as %s; connecting to the gateway at %s", client.getSelfUser().getName(),
                    config.gatewayUrl());
            lifecycle.schedule(() -> warnIfNotConnected(client), CONNECT_WARNING.toMillis(), TimeUnit.MILLISECONDS);
            events.loggedIn(started);
        } catch (InvalidTokenException e) {
            offBecause = "token rejected";
            LOG.error("Discord rejected DISCORD_BOT_TOKEN (401 Unauthorized): the Discord bot is off. Reset the token "
                    + "in the Developer Portal (Bot → Reset Token) and set DISCORD_BOT_TOKEN.");
        } catch (RuntimeException e) {
            if (stopped || !wanted) {
                return;
            }
            LOG.warnf("Discord API at %s is unreachable (%s); retrying in %ds. Everything else keeps running.",
                    config.apiUrl(), NetworkFailures.describe(e), retry.toSeconds());
            Duration next = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            schedule(retry, next);
        }
    }

    private JDABuilder builder() {
        String apiUrl = config.apiUrl().endsWith("/") ? config.apiUrl() : config.apiUrl() + "/";
        OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(rateLimits)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();
        // Also for anything not built by DiscordMessages: no text pings anyone unless Warroom names the person.
        MessageRequest.setDefaultMentions(DiscordMessages.MENTIONS);
        return JDABuilder.createLight(token().orElseThrow(), intents)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(apiUrl))
                .setSessionController(new GatewaySessions(config.gatewayUrl()))
                .setHttpClient(http)
                .setEnableShutdownHook(false)
                .addEventListeners(events);
    }

    private void warnIfNotConnected(JDA client) {
        if (!stopped && jda == client && client.getStatus() != JDA.Status.CONNECTED
                && client.getStatus() != JDA.Status.SHUTDOWN) {
            LOG.warnf("Discord bot is not connected to the gateway at %s after %ds (status: %s); it keeps trying. "
                    + "Check DISCORD_GATEWAY_URL and that outbound WebSockets are allowed.", config.gatewayUrl(),
                    CONNECT_WARNING.toSeconds(), status());
        }
    }

    private Optional<String> token() {
        return config.botToken().map(String::strip).filter(t -> !t.isEmpty());
    }
}
