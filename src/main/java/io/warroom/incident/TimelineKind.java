package io.warroom.incident;

import java.util.Locale;

/** What a timeline entry records. */
public enum TimelineKind {
    OPENED("opened"),
    ALERT("alert"),
    PHASE("phase"),
    SEVERITY("severity"),
    ROLE("role"),
    NOTE("note"),
    STATUS_UPDATE("status update"),
    CHECKLIST("checklist"),
    WHY("why"),
    ACTION_ITEM("action item"),
    RUNBOOK("runbook"),
    PINNED("pinned message"),
    PAGE("page"),
    RESOLVED("resolved"),
    REOPENED("reopened"),
    CLOSED("closed"),
    SYSTEM("system");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
