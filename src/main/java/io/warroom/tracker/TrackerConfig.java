package io.warroom.tracker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Filing action items in GitHub Issues, GitLab or Jira, and noticing when they are closed there. */
@ConfigMapping(prefix = "warroom.trackers")
public interface TrackerConfig {

    /** The trackers YAML file (which tracker serves which team or service); filing is off without it. */
    Optional<String> file();

    /** How often filed issues are checked for being closed: a duration such as 5m, or {@code off}. */
    @WithDefault("5m")
    String pollEvery();

    /** How many filed issues one check looks at, least recently checked first. */
    @WithDefault("50")
    int pollBatch();

    /** How long one call to a tracker may take. */
    @WithDefault("10s")
    Duration timeout();

    /** Longest wait between two tries of a filing that keeps failing. */
    @WithDefault("10m")
    Duration maxBackoff();

    /** A filing still failing this long after it was asked for is given up and said in the incident's room. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How long the instance checking filed issues holds its lease without renewing it. */
    @WithDefault("60s")
    Duration leaseTtl();
}
