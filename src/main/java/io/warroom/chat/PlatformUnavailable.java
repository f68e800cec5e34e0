package io.warroom.chat;

import java.time.Duration;
import java.util.Optional;

/** A platform could not answer a read now; worth trying again, no sooner than retryAfter when it said. */
public class PlatformUnavailable extends Exception {

    private final Duration retryAfter;

    public PlatformUnavailable(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
