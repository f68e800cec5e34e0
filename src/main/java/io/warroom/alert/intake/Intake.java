package io.warroom.alert.intake;

import io.warroom.alert.Alert;
import java.util.List;

/**
 * What a delivery carries once read: the key that identifies a redelivery of it, its alerts, alerts the sender
 * acknowledged, a URL to confirm a subscription with, and what the sender dropped (Alertmanager's truncatedAlerts).
 */
public record Intake(String deliveryKey, List<Alert> alerts, List<Alert> acknowledged, String confirmUrl,
        int truncatedAlerts) {

    public static Intake of(String deliveryKey, List<Alert> alerts) {
        return new Intake(deliveryKey, alerts, List.of(), null, 0);
    }
}
