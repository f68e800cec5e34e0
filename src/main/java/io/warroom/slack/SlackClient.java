package io.warroom.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The Slack SDK, pointed at SLACK_API_URL and bound to the bot token. One HTTP client (JDA's OkHttp 5, the Slack
 * SDK's OkHttp 4 being excluded) serves every Web API call; the Bolt app reuses {@link #slack()}.
 */
@ApplicationScoped
public class SlackClient {

    private static final Logger LOG = Logger.getLogger(SlackClient.class);
    private static final int TIMEOUT_MILLIS = 30_000;

    @Inject
    SlackConfig config;

    private volatile Slack slack;

    /** The SDK instance every Slack call goes through, built on first use. */
    public Slack slack() {
        Slack current = slack;
        if (current == null) {
            synchronized (this) {
                if (slack == null) {
                    slack = Slack.getInstance(sdkConfig(config.apiUrl()));
                }
                current = slack;
            }
        }
        return current;
    }

    /** Web API methods called as the bot. */
    public MethodsClient methods() {
        return slack().methods(config.botToken().map(String::strip).orElseThrow(
                () -> new IllegalStateException("SLACK_BOT_TOKEN is not set")));
    }

    /** The SDK's settings: Web API at apiUrl, no background metrics, no token-less calls, bounded waits. */
    static com.slack.api.SlackConfig sdkConfig(String apiUrl) {
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        sdk.setStatsEnabled(false);
        sdk.setPrettyResponseLoggingEnabled(false);
        sdk.setFailOnUnknownProperties(false);
        sdk.setHttpClientReadTimeoutMillis(TIMEOUT_MILLIS);
        sdk.setHttpClientWriteTimeoutMillis(TIMEOUT_MILLIS);
        sdk.setHttpClientCallTimeoutMillis(TIMEOUT_MILLIS);
        return sdk;
    }

    void stop(@Observes ShutdownEvent event) {
        Slack current = slack;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                LOG.debugf("Slack client did not close cleanly: %s", e.getMessage());
            }
        }
    }
}
