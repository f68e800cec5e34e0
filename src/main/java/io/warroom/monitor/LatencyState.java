package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The level a service's latency rule last reported; no row means OK. */
@Entity
@Table(name = "latency_state")
public class LatencyState extends RuleState {

    /** The statistic when the level was reported, in microseconds. */
    @Column(name = "last_micros")
    public long lastMicros;

    protected LatencyState() {
    }

    LatencyState(String service) {
        super(service);
    }
}
