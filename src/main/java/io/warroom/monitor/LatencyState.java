package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The level a service's latency rule last reported; no row means OK. */
@Entity
@Table(name = "latency_state")
public class LatencyState {

    @Id
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    public ErrorRateRule.Level level;

    /** When the rule last left OK. */
    public Instant since;

    /** The statistic when the level was reported, in microseconds. */
    @Column(name = "last_micros")
    public long lastMicros;

    protected LatencyState() {
    }

    LatencyState(String service) {
        this.service = service;
    }
}
