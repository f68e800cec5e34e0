package io.warroom.discord;

import io.warroom.config.ReplicaIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Discord gateway on {@code /q/health/ready}. It reports and never fails readiness: a replica on standby (another
 * holds the gateway) or reconnecting still serves the web app, the API, alerts and Slack.
 */
@Readiness
@ApplicationScoped
class DiscordReadiness implements HealthCheck {

    @Inject
    DiscordBot bot;

    @Inject
    GatewayLease gateway;

    @Inject
    ReplicaIdentity replica;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Discord").up().withData("gateway", gateway()).withData("replica",
                replica.name()).build();
    }

    private String gateway() {
        if (!bot.enabled() || gateway.holdsGateway()) {
            return bot.status();
        }
        try {
            return gateway.holderName().map(holder -> "standby: gateway held by " + holder)
                    .orElse("standby: no replica holds the gateway yet");
        } catch (RuntimeException e) {
            return "standby: the gateway lease cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }
}
