package io.warroom.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the checks of one monitor said last, so a restart neither forgets an alert nor a run of failures. */
@Entity
@Table(name = "monitor_state")
public class MonitorState {

    @Id
    public String name;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    /** Whether the critical alert was raised and not yet resolved. */
    public boolean firing;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "next_check_at")
    public Instant nextCheckAt;

    @Column(name = "last_result")
    public String lastResult;

    /** When the monitor last started or stopped firing. */
    @Column(name = "changed_at")
    public Instant changedAt;

    protected MonitorState() {
    }

    MonitorState(String name, Instant nextCheckAt) {
        this.name = name;
        this.nextCheckAt = nextCheckAt;
    }
}
