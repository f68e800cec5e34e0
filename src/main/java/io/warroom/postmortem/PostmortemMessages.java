package io.warroom.postmortem;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The postmortem's texts computed in Java; the rest is in templates/postmortem.md and postmortem.ko.md. */
@MessageBundle("postmortem")
public interface PostmortemMessages {

    /** A java.time pattern for the milestones (shown with " UTC" after it). */
    @Message("yyyy-MM-dd HH:mm:ss")
    String momentPattern();

    /** A java.time pattern for due dates and the dates of similar incidents. */
    @Message("yyyy-MM-dd")
    String datePattern();

    @Message("unassigned")
    String unassigned();

    @Message("no due date")
    String noDueDate();

    @Message("{time} (backfilled)")
    String backfilled(String time);

    @Message("link")
    String link();

    @Message("Impact began ({duration} before detection)")
    String impactBegan(String duration);

    @Message("Impact before detection")
    String impactBeforeDetection();

    @Message("Detected by an alert: {alert}")
    String detectedByAlert(String alert);

    @Message("Reported by {name}.")
    String reportedBy(String name);

    @Message("Reported by someone.")
    String reportedBySomeone();

    @Message("Opened at {time}.")
    String openedAt(String time);

    @Message("Impact began at {time}, {duration} before detection.")
    String impactBeganAt(String time, String duration);

    @Message("When the impact began is not recorded; `started <time>` records it.")
    String impactStartUnknown();

    @Message("Acknowledged by {name} after {duration}.")
    String acknowledgedAfter(String name, String duration);

    @Message("Mitigated {duration} after detection.")
    String mitigatedAfter(String duration);

    @Message("Resolved {duration} after detection.")
    String resolvedAfter(String duration);

    @Message("Status update at {time}: {text}")
    String statusUpdateAt(String time, String text);

    @Message("no root cause recorded")
    String noRootCause();

    @Message("no resolution recorded")
    String noResolution();

    @Message("Postmortem of {key} exported as {filename} ({kb} KB).")
    String exported(String key, String filename, long kb);

    @Message("Postmortem of {key} exported as {filename} ({kb} KB). It is being uploaded to the incident room.")
    String exportedAndUploading(String key, String filename, long kb);
}
