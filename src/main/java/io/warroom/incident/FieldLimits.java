package io.warroom.incident;

/**
 * The longest values the database columns take (characters), for the fields people type. Commands, the REST API
 * and the alert intake check against these before writing, so an over-long value is refused (or, for alerts,
 * clipped) by name instead of failing the insert. Kept equal to the migrations by FieldLimitsTest.
 */
public final class FieldLimits {

    /** incident.title */
    public static final int TITLE = Incident.TITLE_MAX;
    /** incident.service */
    public static final int SERVICE = 200;
    /** incident.description, impact, summary, trigger_text, last_update */
    public static final int INCIDENT_TEXT = 4000;
    /** incident_link.url, action_item.tracker_url, timeline_entry.link */
    public static final int URL = 2000;
    /** incident_link.label */
    public static final int LINK_LABEL = 200;
    /** every *_name column of a person */
    public static final int PERSON_NAME = 200;
    /** every *_user_id column of a person */
    public static final int USER_ID = 64;
    /** why.text, lesson.text, action_item.text */
    public static final int ITEM_TEXT = 2000;
    /** runbook_run.parameters, as JSON */
    public static final int RUN_PARAMETERS = 4000;

    private FieldLimits() {
    }
}
