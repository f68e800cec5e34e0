package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The level a service's error-rate rule last reported; no row means OK. */
@Entity
@Table(name = "error_rate_state")
public class ErrorRateState extends RuleState {

    @Column(name = "last_ratio")
    public double lastRatio;

    protected ErrorRateState() {
    }

    ErrorRateState(String service) {
        super(service);
    }
}
