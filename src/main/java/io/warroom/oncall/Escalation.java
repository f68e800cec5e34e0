package io.warroom.oncall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An incident's escalation: the step of its team's policy paged last and when the next step is due. */
@Entity
@Table(name = "escalation")
public class Escalation {

    public enum State {
        /** Waiting for an acknowledgement; the next step is due at nextStepAt. */
        ACTIVE,
        ACKNOWLEDGED,
        /** The incident was resolved or closed before anyone acknowledged. */
        RESOLVED,
        /** Every level was paged and nobody acknowledged. */
        EXHAUSTED,
        /** The team left the on-call file. */
        STOPPED
    }

    @Id
    @Column(name = "incident_number")
    public Long incidentNumber;

    @Column(nullable = false, length = 100)
    public String team;

    /** 0-based step of the policy paged last (level = step mod levels). */
    @Column(name = "step_index", nullable = false)
    public int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "step_paged_at", nullable = false)
    public Instant stepPagedAt;

    /** When the next step is due if nobody acknowledges; null once ended. */
    @Column(name = "next_step_at")
    public Instant nextStepAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    protected Escalation() {
    }

    Escalation(long incidentNumber, String team, Instant now) {
        this.incidentNumber = incidentNumber;
        this.team = team;
        this.step = 0;
        this.state = State.ACTIVE;
        this.startedAt = now;
        this.stepPagedAt = now;
    }

    void end(State state, Instant now) {
        this.state = state;
        this.endedAt = now;
        this.nextStepAt = null;
    }
}
