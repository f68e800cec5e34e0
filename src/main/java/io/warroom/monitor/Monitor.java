package io.warroom.monitor;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One health check from the monitors file: what to request, how often, how long to wait, which answers count as
 * healthy, and how many failures in a row raise a critical alert for the service.
 * Header values may hold {@code ${VARIABLE}} references, filled in from the environment when the check runs.
 */
public record Monitor(
        String name,
        URI url,
        String method,
        Map<String, String> headers,
        Duration interval,
        Duration timeout,
        int failuresBeforeAlert,
        StatusCodes accept,
        String service) {

    public Monitor {
        headers = Map.copyOf(headers);
    }

    /** Stable across checks, restarts and edits of anything but the name, so firing and resolved pair up. */
    public String fingerprint() {
        return "healthcheck:" + name;
    }
}
