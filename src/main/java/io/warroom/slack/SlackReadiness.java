package io.warroom.slack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Slack connection on {@code /q/health/ready}. It reports and never fails readiness: with Slack off, refused or
 * reconnecting, the web app, the API and Discord still serve, so the instance stays in rotation.
 */
@Readiness
@ApplicationScoped
class SlackReadiness implements HealthCheck {

    @Inject
    SlackConfig config;

    @Inject
    SlackBot bot;

    @Inject
    SlackSocket socket;

    @Override
    public HealthCheckResponse call() {
        String mode = !config.configured() ? "off" : config.socketMode() ? "socket mode" : "request url";
        return HealthCheckResponse.named("Slack").up().withData("mode", mode).withData("bot", bot.status())
                .withData("connection", config.socketMode() ? socket.status() : "none (Slack sends requests)")
                .build();
    }
}
