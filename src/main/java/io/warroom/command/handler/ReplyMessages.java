package io.warroom.command.handler;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What commands answer, and what they write on the timeline themselves. */
@MessageBundle("replies")
public interface ReplyMessages {

    @Message("{key} was already acknowledged by {person}.")
    String alreadyAcknowledged(String key, String person);

    @Message("That item is already checked.")
    String alreadyChecked();

    @Message("That item is already unchecked.")
    String alreadyUnchecked();

    @Message("Action item #{number} of {key} is already done.")
    String actionAlreadyDone(int number, String key);

    @Message("Nothing to change on {key}.")
    String nothingToChange(String key);

    @Message("{key} is already {severity}.")
    String severityAlready(String key, String severity);

    @Message("No incidents yet.")
    String noIncidents();

    @Message("No active incidents. 🎉")
    String noActiveIncidents();

    @Message("Incidents:")
    String incidentsHeading();

    @Message("Active incidents:")
    String activeIncidentsHeading();

    @Message("{headline} · {status} · {phase} · commander {commander}")
    String listLine(String headline, String status, String phase, String commander);

    @Message("Opened {key}: {title} ({severity}{service})")
    String opened(String key, String title, String severity, String service);

    @Message("Impact began {since}.")
    String impactBegan(String since);

    @Message("Status update posted: {text}")
    String updatePosted(String text);

    @Message("Status update posted and shown on the status page: {text}")
    String updatePostedPublic(String text);

    @Message("{key} has no status update {id}.")
    String noSuchUpdate(String key, String id);

    @Message("Status update {id} of {key} is already on the status page.")
    String updateAlreadyPublic(String id, String key);

    @Message("Status update {id} shown on the status page")
    String updateShownEntry(String id);

    @Message("Status update {id} of {key} is now on the status page: {text}")
    String updateNowPublic(String id, String key, String text);

    @Message("Noted on {key}.")
    String noted(String key);

    @Message("Noted on {key} at {time} (backfilled).")
    String notedAt(String key, String time);

    @Message("Only the incident commander ({commander}) or a Warroom admin can backfill the timeline of {key}.")
    String onlyCommanderBackfills(String commander, String key);

    @Message("Only the incident commander ({commander}) or a Warroom admin can change the service of {key}.")
    String onlyCommanderChangesService(String commander, String key);

    @Message("Only the incident commander ({commander}) or a Warroom admin can change when the impact of {key} "
            + "began.")
    String onlyCommanderMovesImpactStart(String commander, String key);

    @Message("The impact of {key} already began at {since}.")
    String impactAlreadyBegan(String key, String since);

    @Message("Status")
    String fieldStatus();

    @Message("service {service}")
    String fieldStatusService(String service);

    @Message("Phase")
    String fieldPhase();

    @Message("Roles")
    String fieldRoles();

    @Message("{phase} checklist")
    String fieldChecklist(String phase);

    @Message("Last update")
    String fieldLastUpdate();

    @Message("Open for")
    String fieldOpenFor();

    @Message("Impact")
    String fieldImpact();
}
