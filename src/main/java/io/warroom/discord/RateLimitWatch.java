package io.warroom.discord;

import io.warroom.chat.RetryAfter;
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
            Instant now = clock.instant();
            Duration wait = RetryAfter.parse(response.header("Retry-After"), now).orElse(Duration.ofSeconds(1));
            Instant until = now.plus(wait);
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
}
