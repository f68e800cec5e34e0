package io.warroom.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert fingerprint or group key and the incident it belongs to; its key is unique, so one incident per key. */
@Entity
@Table(name = "alert_binding")
public class AlertBinding {

    @Id
    @Column(name = "binding_key", length = 600)
    public String key;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    /** Whether the alert last fired (true) or resolved; group keys stay true. */
    @Column(nullable = false)
    public boolean firing;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected AlertBinding() {
    }

    AlertBinding(String key, long incidentNumber, Instant now) {
        this.key = key;
        this.incidentNumber = incidentNumber;
        this.firing = true;
        this.updatedAt = now;
    }
}
