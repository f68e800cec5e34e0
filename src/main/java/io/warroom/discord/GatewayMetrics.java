package io.warroom.discord;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * {@code warroom_discord_gateway_connected}: 1 on the replica whose gateway connection is up, 0 on the others, so a
 * rule can ask that exactly one replica is connected. Only when the Discord bot is configured.
 */
@ApplicationScoped
class GatewayMetrics {

    @Inject
    MeterRegistry meters;

    @Inject
    DiscordBot bot;

    // After DiscordBot checked its settings.
    void register(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (bot.enabled()) {
            // Replaces the gauge of an earlier start in this JVM (dev-mode reload, tests), bound to that start's bot.
            meters.find("warroom.discord.gateway.connected").meters().forEach(meters::remove);
            Gauge.builder("warroom.discord.gateway.connected", bot, b -> b.connected().isPresent() ? 1 : 0)
                    .description("Whether this replica is connected to the Discord gateway").register(meters);
        }
    }
}
