package io.warroom.webapp.status;

import io.warroom.incident.Severity;
import java.util.Locale;

/** How a service is doing as the public sees it, best first; an open incident's severity sets it. */
public enum ServiceState {
    OPERATIONAL,
    DEGRADED,
    PARTIAL_OUTAGE,
    MAJOR_OUTAGE;

    /** SEV1 is a major outage, SEV2 a partial one, SEV3 and SEV4 degraded performance. */
    public static ServiceState of(Severity severity) {
        return switch (severity) {
            case SEV1 -> MAJOR_OUTAGE;
            case SEV2 -> PARTIAL_OUTAGE;
            case SEV3, SEV4 -> DEGRADED;
        };
    }

    public ServiceState worst(ServiceState other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The id in the page's data-state attributes and in status.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
