package io.warroom.runbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Runbook actions: where they are declared, who may run them, how they run. */
@ConfigMapping(prefix = "warroom.runbooks")
public interface RunbookConfig {

    /** The runbooks YAML file (per service: rollback and other actions); runbooks are off without it. */
    Optional<String> file();

    /** How long a confirmation stays valid; after that the action must be asked for again. */
    @WithDefault("10m")
    Duration confirmWithin();

    /** How long a run that needs approval (approvals: 1) waits for it before it expires; an action may set its own. */
    @WithDefault("15m")
    Duration approvalTimeout();

    /** How many actions may run at the same time. */
    @WithDefault("4")
    int workers();

    /** After a timeout, how long a command's processes get to exit before they are killed outright. */
    @WithDefault("5s")
    Duration killGrace();

    /** How many lines of an action's output go to the timeline and the room. */
    @WithDefault("20")
    int outputLines();

    /** How often expired confirmations and runs lost to a restart are cleaned up: a duration, or {@code off}. */
    @WithDefault("1m")
    String sweepEvery();
}
