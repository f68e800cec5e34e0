package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.chat.NetworkFailures;
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
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP side every tracker client shares: one call, JSON in and out, and one reading of what an error answer
 * means. Rate limits (429; GitHub's 403 with no requests remaining) wait for Retry-After or the reset time.
 */
@ApplicationScoped
class TrackerHttp {

    private static final int ECHO_MAX = 300;
    private static final Duration LONGEST_RESET = Duration.ofHours(2);

    @Inject
    TrackerConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout()).header("User-Agent", "Warroom");
    }

    HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a tracker request", e);
        }
    }

    /**
     * Sends the request; a 2xx answer comes back as JSON, anything else as a TrackerException worded by explain
     * (which reads the tracker's error body).
     */
    JsonNode send(HttpRequest request, Tracker tracker, String token, Function<JsonNode, String> explain)
            throws TrackerException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TrackerException(tracker.describe() + ": " + NetworkFailures.describe(e), true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException(tracker.describe() + ": interrupted", true, null);
        }
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300) {
            if (body == null) {
                throw new TrackerException(tracker.describe() + " answered " + status + " without JSON", true, null);
            }
            return body;
        }
        throw failure(tracker, token, response, body == null ? null : explain.apply(body));
    }

    private TrackerException failure(Tracker tracker, String token, HttpResponse<String> response, String said) {
        int status = response.statusCode();
        String echo = said == null || said.isBlank() ? "" : ": " + clip(mask(said, token));
        String answered = tracker.describe() + " answered " + status + echo;
        Optional<Duration> wait = rateLimitWait(response);
        boolean rateLimited = status == 429 || (status == 403 && (wait.isPresent()
                || response.headers().firstValue("x-ratelimit-remaining").filter("0"::equals).isPresent()));
        if (rateLimited) {
            return new TrackerException(tracker.describe() + " is rate limiting us (" + status + ")", true,
                    wait.orElse(null));
        }
        if (status >= 500) {
            return new TrackerException(answered, true, null);
        }
        return new TrackerException(switch (status) {
            case 401 -> answered + " — the token in " + tracker.tokenEnv() + " was refused; renew it";
            case 403 -> answered + " — the token in " + tracker.tokenEnv() + " may not create issues there";
            case 404 -> answered + " — the project does not exist, or the token in " + tracker.tokenEnv()
                    + " cannot see it";
            case 410 -> answered + " — issues are turned off in that repository";
            default -> answered;
        }, false, null);
    }

    /** Retry-After first; else the moment the window resets (GitHub x-ratelimit-reset, GitLab RateLimit-Reset). */
    private Optional<Duration> rateLimitWait(HttpResponse<String> response) {
        Instant now = clock.instant();
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                .flatMap(header -> RetryAfter.parse(header, now));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return response.headers().firstValue("x-ratelimit-reset").or(() -> response.headers()
                .firstValue("RateLimit-Reset")).filter(v -> v.matches("\\d{1,12}")).map(epoch -> {
                    Duration wait = Duration.between(now, Instant.ofEpochSecond(Long.parseLong(epoch)));
                    return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_RESET) > 0 ? LONGEST_RESET : wait;
                });
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    static String mask(String text, String token) {
        return token == null || token.isEmpty() ? text : text.replace(token, "••••");
    }

    static String clip(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= ECHO_MAX ? line : line.substring(0, ECHO_MAX) + "…";
    }
}
