package io.warroom.tracker;

import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;

/**
 * What an action item says in a tracker. The body's last line names the incident and item, so an issue can always
 * be traced back (and a rare duplicate recognised).
 */
final class IssueDrafts {

    /** Jira's summary holds 255 characters; GitHub and GitLab take that too. */
    static final int TITLE_MAX = 255;

    private IssueDrafts() {
    }

    static IssueDraft of(Incident incident, ActionItem item, String requestedBy, String publicUrl) {
        String suffix = " (" + incident.key() + ")";
        String text = item.text.replaceAll("\\s+", " ").strip();
        String title = text.length() + suffix.length() <= TITLE_MAX ? text + suffix
                : text.substring(0, TITLE_MAX - suffix.length() - 1) + "…" + suffix;
        StringBuilder body = new StringBuilder(item.text).append("\n\n");
        body.append("Follow-up of ").append(incident.key()).append(": ").append(incident.title).append(" (")
                .append(incident.severity.label()).append(incident.service == null ? "" : " · " + incident.service)
                .append(")\n");
        if (item.owner != null) {
            body.append("Owner: ").append(item.owner.displayName).append("\n");
        }
        if (item.dueDate != null) {
            body.append("Due: ").append(item.dueDate).append("\n");
        }
        if (publicUrl != null) {
            body.append("Incident: ").append(publicUrl.endsWith("/") ? publicUrl : publicUrl + "/")
                    .append("incidents/").append(incident.key()).append("\n");
        }
        body.append("\nFiled by Warroom for ").append(incident.key()).append(" action item #").append(item.number)
                .append(", asked by ").append(requestedBy).append(".");
        return new IssueDraft(title, body.toString(), item.dueDate);
    }
}
