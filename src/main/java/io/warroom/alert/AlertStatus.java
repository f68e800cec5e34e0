package io.warroom.alert;

public enum AlertStatus {
    FIRING,
    RESOLVED
}
