package io.warroom.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The heartbeat an external monitor polls and the database-derived metrics it refreshes. */
@ConfigMapping(prefix = "warroom.health")
public interface HealthConfig {

    /** How often the heartbeat ticks (refreshing the open-incident and outbox metrics): a duration, or {@code off}. */
    @WithDefault("5s")
    String tickEvery();

    /** GET /heartbeat answers 503 when the last successful tick is older than this (scheduler or database stuck). */
    @WithDefault("1m")
    Duration staleAfter();

    /** GET /heartbeat answers 503 when a pending outbox delivery has waited longer than this. */
    @WithDefault("15m")
    Duration outboxStuckAfter();

    /** How long GET /heartbeat waits for the database to answer before it answers 503. */
    @WithDefault("2s")
    Duration databaseTimeout();
}
