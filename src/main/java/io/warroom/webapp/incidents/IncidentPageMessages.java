package io.warroom.webapp.incidents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.warroom.incident.TimelineKind;

/** Texts of the incident pages: the list and one incident. Templates read them as {@code inc:…}. */
@MessageBundle("inc")
public interface IncidentPageMessages {

    @Message("Incidents")
    String incidentsTitle();

    @Message("Open an incident")
    String openTitle();

    @Message("Title")
    String title();

    @Message("Severity")
    String severity();

    @Message("Service")
    String service();

    @Message("Description")
    String description();

    @Message("Impact began, if before now ({zone})")
    String startedLabel(String zone);

    @Message("Open")
    String openSubmit();

    @Message("Impact began")
    String impactBegan();

    @Message("Impact before detection")
    String impactBeforeDetection();

    @Message("Filter")
    String filtersTitle();

    @Message("Status")
    String status();

    @Message("Any")
    String any();

    @Message("Search titles")
    String search();

    @Message("Apply")
    String apply();

    @Message("Clear")
    String clear();

    @Message("Key")
    String key();

    @Message("Phase")
    String phaseColumn();

    @Message("Commander")
    String commander();

    @Message("Age")
    String age();

    @Message("No incidents match.")
    String noIncidents();

    @Message("Showing the first {count}.")
    String capped(int count);

    @Message("Show more")
    String showMore();

    @Message("Phase {number} of {total}: {label}")
    String phaseOf(int number, int total, String label);

    @Message("{#when kind}{#is OPENED}opened{#is ALERT}alert{#is PHASE}phase{#is SEVERITY}severity{#is ROLE}role"
            + "{#is NOTE}note{#is STATUS_UPDATE}status update{#is CHECKLIST}checklist{#is WHY}why"
            + "{#is ACTION_ITEM}action item{#is RUNBOOK}runbook{#is PINNED}pinned message{#is PAGE}page"
            + "{#is RESOLVED}resolved{#is REOPENED}reopened{#is CLOSED}closed{#is SYSTEM}system{/when}")
    String kind(TimelineKind kind);

    @Message("{days} d {hours} h")
    String daysHours(long days, long hours);

    @Message("{hours} h {minutes} min")
    String hoursMinutes(long hours, long minutes);

    @Message("{minutes} min")
    String minutes(long minutes);

    @Message("under a minute")
    String underAMinute();

    @Message("nobody yet")
    String nobody();

    @Message("Roles")
    String roles();

    @Message("Phases")
    String phases();

    @Message("not reached")
    String notReached();

    @Message("Checklist: {phase}")
    String checklistTitle(String phase);

    @Message("This phase has no checklist.")
    String noChecklist();

    @Message("Tick")
    String tick();

    @Message("done by {name}")
    String doneBy(String name);

    @Message("Timeline")
    String timeline();

    @Message("Kind")
    String timelineKind();

    @Message("All kinds")
    String allKinds();

    @Message("Show")
    String show();

    @Message("in chat")
    String chatLink();

    @Message("backfilled")
    String backfilled();

    @Message("No entries.")
    String noEntries();

    @Message("5 whys")
    String whys();

    @Message("No whys yet.")
    String noWhys();

    @Message("Why?")
    String why();

    @Message("Add why")
    String addWhy();

    @Message("Action items")
    String actions();

    @Message("No action items yet.")
    String noActions();

    @Message("What needs doing")
    String actionText();

    @Message("Owner")
    String owner();

    @Message("Due")
    String due();

    @Message("Add action item")
    String addAction();

    @Message("Mark done")
    String markDone();

    @Message("File in tracker")
    String fileInTracker();

    @Message("Tracker issue")
    String trackerIssue();

    @Message("done")
    String done();

    @Message("Status update")
    String updateTitle();

    @Message("Public: show on the status page")
    String updatePublic();

    @Message("Post update")
    String postUpdate();

    @Message("Command")
    String commandTitle();

    @Message("Anything /incident accepts, e.g. note rolled back the deploy")
    String commandHint();

    @Message("Run")
    String run();

    @Message("Acknowledge")
    String ack();

    @Message("Next phase")
    String nextPhase();

    @Message("Resolve")
    String resolve();

    @Message("Export postmortem")
    String export();

    @Message("Download Markdown")
    String download();

    @Message("Postmortem")
    String postmortem();

    @Message("The postmortem could not be rendered: {reason}")
    String postmortemFailed(String reason);

    @Message("Incident not found")
    String notFoundTitle();

    @Message("There is no incident {key}.")
    String noSuchIncident(String key);

    @Message("Back to the incidents")
    String backToList();

    @Message("`{key}` is not an incident key; keys look like INC-42.")
    String notAKey(String key);

    @Message("Live: new entries appear here without reloading.")
    String liveHint();

    @Message("The text has {length} characters; at most {max} are accepted. Nothing was changed.")
    String tooLong(int length, int max);

    @Message("{field}: {length} characters; at most {max} are accepted.")
    String fieldTooLong(String field, int length, int max);

    @Message("`{value}` is not a {field}; choose one from the list.")
    String badChoice(String field, String value);

    @Message("`limit` must be a number from 1 to {max}.")
    String badLimit(int max);

    @Message("`after` must be a timeline entry id and `kind` a timeline kind.")
    String badPoll();

    @Message("Title is required.")
    String titleRequired();

    @Message("UTC")
    String utc();

    @Message("Approve")
    String approveRun();

    @Message("Deny")
    String denyRun();

    @Message("Similar past incidents")
    String similarTitle();

    @Message("No earlier incident looks like this one.")
    String noSimilar();

    @Message("Root cause")
    String rootCause();

    @Message("Resolution")
    String resolution();

    @Message("No root cause recorded")
    String noRootCause();

    @Message("No resolution recorded")
    String noResolution();

    @Message("This is the page of {page}; the text names {named}.")
    String otherIncident(String page, String named);

    @Message("Why: {reasons}")
    String similarBecause(String reasons);
}
