package io.warroom.oncall.pagerduty;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Outbound PagerDuty Events v2: trigger on open, acknowledge, resolve; off without a routing key. */
@ConfigMapping(prefix = "warroom.pagerduty")
public interface PagerDutyConfig {

    /** Routing (integration) key of the PagerDuty service to page; teams may name their own in the on-call file. */
    Optional<String> routingKey();

    /** Where events are POSTed: PagerDuty's Events API v2, or anything that speaks it. */
    @WithDefault("https://events.pagerduty.com/v2/enqueue")
    String url();

    /** How long one POST may take. */
    @WithDefault("10s")
    Duration timeout();

    /** Longest wait between two tries of a failing event. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** An event still failing this long after it was queued is given up and noted on the timeline. */
    @WithDefault("24h")
    Duration giveUpAfter();
}
