package io.warroom.incident;

import java.util.Locale;

/** Where a person or a room lives. */
public enum Platform {
    SLACK,
    DISCORD,
    /** The REST API and the web page. */
    API,
    /** Warroom itself: monitors, alerts, schedulers. */
    SYSTEM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
