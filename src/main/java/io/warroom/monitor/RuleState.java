package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** The level a service's rule last reported; no row means OK. */
@MappedSuperclass
public abstract class RuleState {

    @Id
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    public ErrorRateRule.Level level;

    /** When the rule last left OK. */
    public Instant since;

    protected RuleState() {
    }

    protected RuleState(String service) {
        this.service = service;
    }
}
