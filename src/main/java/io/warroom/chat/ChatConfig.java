package io.warroom.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox delivers chat messages (and PagerDuty events, which have their own backoff and give-up). */
@ConfigMapping(prefix = "warroom.outbox")
public interface ChatConfig {

    /** How often pending deliveries (chat and PagerDuty) are looked for, besides right after each commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Longest wait between two tries of a failing delivery: once a platform is back, its deliveries resume within
     * this long (a 429's Retry-After is honoured even when longer).
     */
    @WithDefault("10s")
    Duration maxBackoff();

    /** A delivery still failing this long after it was queued is given up and noted on the timeline. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /**
     * How long an instance's claim on a lane lasts without renewal (renewed every third of it): a stopped instance's
     * lanes are delivered by another within this and one poll.
     */
    @WithDefault("15s")
    Duration leaseTtl();
}
