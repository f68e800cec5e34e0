package io.warroom.incident;

import java.util.Locale;

/** Where a person or a room lives. */
public enum Platform {
    SLACK,
    DISCORD,
    /** The REST API. */
    API,
    /** The web app: a person logged in with a Warroom account; userId is the account's user name. */
    WEB,
    /** Warroom itself: monitors, alerts, schedulers. */
    SYSTEM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
