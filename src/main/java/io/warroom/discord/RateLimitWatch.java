package io.warroom.discord;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sees Discord's 429 answers on their way to JDA. JDA waits out rate limits by itself; when that wait is longer than
 * a delivery may block, the outbox retries later and uses this to know how long Discord asked to wait.
 */
final class RateLimitWatch implements Interceptor {

    private final Clock clock;
    private volatile Instant limitedUntil = Instant.EPOCH;

    RateLimitWatch(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == 429) {
            Duration wait = retryAfter(response.header("Retry-After"));
            Instant until = clock.instant().plus(wait);
            if (until.isAfter(limitedUntil)) {
                limitedUntil = until;
            }
        }
        return response;
    }

    /** How much longer Discord asked to wait, if it asked. */
    Duration remaining() {
        Duration left = Duration.between(clock.instant(), limitedUntil);
        return left.isNegative() || left.isZero() ? null : left;
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofMillis((long) (Double.parseDouble(header) * 1000));
        } catch (NumberFormatException | NullPointerException e) {
            return Duration.ofSeconds(1);
        }
    }
}
