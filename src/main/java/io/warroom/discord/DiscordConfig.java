package io.warroom.discord;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Discord bot; each property is also an environment variable (discord.bot-token is DISCORD_BOT_TOKEN). */
@ConfigMapping(prefix = "discord")
public interface DiscordConfig {

    /** Bot token from the Developer Portal (Bot → Reset Token); while it is unset the Discord bot is off. */
    Optional<String> botToken();

    /** The server (guild) Warroom serves: its commands and rooms; others are ignored. Unset: the bot's only server. */
    Optional<String> guildId();

    /** Category incident channels are created in; created when missing. */
    @WithDefault("Incidents")
    String incidentCategory();

    /** Category channels of closed incidents move to (read-only for everyone but the bot); created when missing. */
    @WithDefault("Archived incidents")
    String archiveCategory();

    /** Channel (id or name) for stakeholder notices: incidents opened, status updates, recoveries. */
    Optional<String> announceChannel();

    /** Channel (id or name) for alerts and warnings that open no incident. */
    Optional<String> alertChannel();

    /** Incident channel names start with this, then the incident number and a slug of the title. */
    @WithDefault("inc-")
    String channelPrefix();

    /** Whether every incident gets its own Discord channel. */
    @WithDefault("true")
    boolean openRooms();

    /** Discord REST API base URL. */
    @WithDefault("https://discord.com/api/v10/")
    String apiUrl();

    /** Discord gateway (WebSocket) URL. */
    @WithDefault("wss://gateway.discord.gg/")
    String gatewayUrl();

    /** Longest wait for one Discord call when delivering; past it (a long rate limit, say) the outbox retries later. */
    @WithDefault("15s")
    Duration requestTimeout();

    /**
     * Whether replicas sharing the database take turns on the gateway through a lease, one connected at a time; unset:
     * yes on PostgreSQL, no on H2 (one process owns its database file).
     */
    Optional<Boolean> gatewayLease();

    /** How often the replica holding the gateway renews its lease, and the others try to take it. */
    @WithDefault("5s")
    String gatewayLeaseEvery();

    /**
     * How long the gateway lease lasts unrenewed: after its holder died another replica connects within this plus one
     * renewal period. The holder disconnects once half of it passed without a renewal.
     */
    @WithDefault("15s")
    Duration gatewayLeaseTtl();
}
