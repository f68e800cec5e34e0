package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The level a service's error-rate rule last reported; no row means OK. */
@Entity
@Table(name = "error_rate_state")
public class ErrorRateState {

    @Id
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    public ErrorRateRule.Level level;

    /** When the rule last left OK. */
    public Instant since;

    @Column(name = "last_ratio")
    public double lastRatio;

    protected ErrorRateState() {
    }

    ErrorRateState(String service) {
        this.service = service;
    }
}
