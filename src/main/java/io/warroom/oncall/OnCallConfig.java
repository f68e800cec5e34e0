package io.warroom.oncall;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.warroom.incident.Severity;
import java.time.Duration;
import java.util.Optional;

/** On-call schedules and paging. */
@ConfigMapping(prefix = "warroom.oncall")
public interface OnCallConfig {

    /** The on-call YAML file (people, teams, rotations, overrides, escalation); paging is off without it. */
    Optional<String> file();

    /** Incidents this severe or worse page the on-call when they open (SEV4 pages for all, SEV1 only the worst). */
    @WithDefault("SEV4")
    Severity pageUpTo();

    /** How often due escalations are looked for: a duration such as 15s, or {@code off}. */
    @WithDefault("15s")
    String checkEvery();

    /** How long the instance running the escalation job holds its lease without renewing it (renewed every run). */
    @WithDefault("30s")
    Duration leaseTtl();
}
