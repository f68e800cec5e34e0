package io.warroom.alert;

import io.warroom.incident.FieldLimits;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fits an alert's fields to the columns they are stored in. Alerts are lenient: an over-long text is clipped (the
 * card shows "…"), never refused, because refusing would lose the alert; identities (fingerprint) are replaced by
 * their digest so two long ones stay apart; a link too long to store is left out.
 */
final class AlertFieldLimits {

    /** incident_alert.title; the incident's own title is cut further, to {@link FieldLimits#TITLE}. */
    static final int TITLE = 500;
    static final int SERVICE = FieldLimits.SERVICE;
    /** incident_alert.environment */
    static final int ENVIRONMENT = 100;
    /** incident_alert.source_location */
    static final int SOURCE_LOCATION = 500;
    /** incident_alert.request_id */
    static final int REQUEST_ID = 200;
    static final int DESCRIPTION = FieldLimits.INCIDENT_TEXT;
    /** Only the first lines are kept (as the stack excerpt); the rest is not worth holding in memory. */
    static final int STACK = 64 * 1024;
    static final int LABEL_KEY = 100;
    static final int LABEL_VALUE = 500;

    private AlertFieldLimits() {
    }

    static String text(String value, int max) {
        return AlertText.cut(value, max);
    }

    static Map<String, String> labels(Map<String, String> labels) {
        Map<String, String> fitted = new LinkedHashMap<>();
        labels.forEach((k, v) -> fitted.putIfAbsent(AlertText.cut(k, LABEL_KEY), AlertText.cut(v, LABEL_VALUE)));
        return fitted;
    }

    static Map<String, String> links(Map<String, String> links) {
        Map<String, String> fitted = new LinkedHashMap<>();
        links.forEach((k, v) -> {
            if (v != null && v.length() <= FieldLimits.URL) {
                fitted.put(AlertText.cut(k, LABEL_KEY), v);
            }
        });
        return fitted;
    }
}
