package io.warroom.oncall.pagerduty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.warroom.oncall.PageMessages;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.chat.Courier;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.NetworkFailures;
import io.warroom.chat.OutboxMessage;
import io.warroom.chat.RetryAfter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends PagerDuty events from the outbox, one lane per incident, so a resolve never overtakes its trigger. The
 * routing key is read from the environment at send time and never stored. Network trouble, 429 and 5xx are tried
 * again (honouring Retry-After); anything else PagerDuty refuses (400) is given up and noted on the timeline.
 */
@ApplicationScoped
public class PagerDutyCourier implements Courier {

    static final String DESTINATION = "pagerduty";

    @Inject
    PagerDutyConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public boolean carries(String destination) {
        return DESTINATION.equals(destination);
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        QueuedEvent queued = read(message);
        String key = routingKey(queued).orElseThrow(() -> DeliveryException.giveUp(
                DeliveryException.Reason.UNCONFIGURED,
                "no routing key: the environment variable " + queued.routingKeyEnv() + " is not set"));
        ObjectNode body = queued.event().deepCopy().put("routing_key", key);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url())).timeout(config.timeout())
                .header("Content-Type", "application/json").header("User-Agent", "Warroom")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DeliveryException.retryLater(NetworkFailures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retryLater("interrupted while sending");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String error = "HTTP " + status + ": " + mask(response.body(), key);
        if (status == 429 || status >= 500) {
            throw DeliveryException.retryLater(status == 429 ? DeliveryException.Reason.RATE_LIMITED
                    : DeliveryException.Reason.SERVER_ERROR, error, response.headers().firstValue("Retry-After")
                    .flatMap(header -> RetryAfter.parse(header, clock.instant())).orElse(null));
        }
        throw DeliveryException.giveUp(error);
    }

    @Override
    public Duration maxBackoff() {
        return config.maxBackoff();
    }

    @Override
    public Duration giveUpAfter() {
        return config.giveUpAfter();
    }

    @Override
    public String giveUpNote(OutboxMessage message, String error, Language language) {
        return Bundles.in(PageMessages.class, language).pagerDutyGivenUp(message.kind, error);
    }

    private QueuedEvent read(OutboxMessage message) throws DeliveryException {
        try {
            return json.readValue(message.payload, QueuedEvent.class);
        } catch (IOException e) {
            throw DeliveryException.giveUp("stored event is not JSON: " + e.getMessage());
        }
    }

    private Optional<String> routingKey(QueuedEvent queued) {
        if (queued.routingKeyEnv() != null) {
            return Optional.ofNullable(System.getenv(queued.routingKeyEnv())).filter(k -> !k.isBlank());
        }
        return config.routingKey().filter(k -> !k.isBlank());
    }

    private static String mask(String text, String key) {
        String body = text == null ? "" : text.replace(key, "••••");
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
