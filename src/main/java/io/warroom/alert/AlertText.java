package io.warroom.alert;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import java.util.ArrayList;
import java.util.List;

/** The one-line forms of an alert used on timelines and in chat. */
final class AlertText {

    private AlertText() {
    }

    static String headline(Alert alert) {
        List<String> where = new ArrayList<>();
        if (alert.service() != null) {
            where.add(alert.service());
        }
        if (alert.environment() != null) {
            where.add(alert.environment());
        }
        return alert.title() + (where.isEmpty() ? "" : " (" + String.join(" · ", where) + ")");
    }

    /** What the sender got wrong in optional fields, to append to the alert's line; empty when nothing. */
    static String notes(Alert alert) {
        if (alert.notes().isEmpty()) {
            return "";
        }
        List<String> shown = alert.notes().subList(0, Math.min(alert.notes().size(), 5));
        int more = alert.notes().size() - shown.size();
        return " (note: " + String.join("; ", shown) + (more > 0 ? "; and " + more + " more" : "") + ")";
    }

    static AlertMessages in(Language language) {
        return Bundles.in(AlertMessages.class, language);
    }

    /** A warning or info line for the alert channel. */
    static String channelLine(Alert alert, Language language) {
        String icon = alert.severity() == AlertSeverity.INFO ? "ℹ️" : "⚠️";
        String line = in(language).channelLine(icon, alert.severity().name().toLowerCase(java.util.Locale.ROOT),
                headline(alert), alert.source());
        String link = firstLink(alert);
        return (link == null ? line : line + " " + link) + notes(alert);
    }

    static String resolvedLine(Alert alert, Language language) {
        return in(language).channelResolved(headline(alert), alert.source()) + notes(alert);
    }

    static String firstLink(Alert alert) {
        for (String kind : List.of("dashboard", "panel", "generator", "runbook")) {
            if (alert.links().containsKey(kind)) {
                return alert.links().get(kind);
            }
        }
        return alert.links().values().stream().findFirst().orElse(null);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
