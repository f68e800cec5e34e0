package io.warroom.tracker;

import java.util.Locale;
import java.util.Optional;

/** The issue trackers action items can be filed in, with the API each speaks when no URL is given. */
public enum TrackerKind {
    GITHUB("GitHub", "https://api.github.com"),
    GITLAB("GitLab", "https://gitlab.com/api/v4"),
    /** Jira has no shared host: every site names its own URL. */
    JIRA("Jira", null);

    private final String label;
    private final String defaultUrl;

    TrackerKind(String label, String defaultUrl) {
        this.label = label;
        this.defaultUrl = defaultUrl;
    }

    public String label() {
        return label;
    }

    Optional<String> defaultUrl() {
        return Optional.ofNullable(defaultUrl);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TrackerKind> parse(String text) {
        for (TrackerKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
