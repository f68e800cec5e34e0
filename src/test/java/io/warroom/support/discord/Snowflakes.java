package io.warroom.support.discord;

import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since 2015 shifted left 22 bits, so JDA reads a token's age from its interaction id. */
final class Snowflakes {

    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Snowflakes() {
    }

    static String next() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }
}
