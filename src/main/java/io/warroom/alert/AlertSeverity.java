package io.warroom.alert;

/** Critical alerts open (or join) incidents; warnings and info are posted to the alert channel only. */
public enum AlertSeverity {
    CRITICAL,
    WARNING,
    INFO
}
