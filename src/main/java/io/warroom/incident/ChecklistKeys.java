package io.warroom.incident;

/** Keys of playbook steps that Warroom ticks by itself when the matching thing happens. */
public final class ChecklistKeys {

    public static final String ALERT_UNDERSTOOD = "alert-understood";
    public static final String ROOM_OPENED = "room-opened";
    public static final String PAGE_ONCALL = "page-oncall";
    public static final String SET_SEVERITY = "set-severity";
    public static final String NAME_COMMANDER = "name-commander";
    public static final String STOP_BLEEDING = "stop-bleeding";
    public static final String FIVE_WHYS = "five-whys";
    public static final String ACTION_ITEMS = "action-items";
    public static final String TELL_STAKEHOLDERS = "tell-stakeholders";

    private ChecklistKeys() {
    }
}
