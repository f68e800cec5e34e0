package io.warroom.runbook;

import io.warroom.incident.Person;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of a runbook action, from the request through confirmation to its result: the audit record. */
@Entity
@Table(name = "runbook_run")
public class RunbookRun {

    public enum Status {
        /** Shown for confirmation; nothing ran yet. */
        PENDING,
        /** Confirmed, waiting for another person's approval; nothing ran yet. */
        AWAITING_APPROVAL,
        /** Another person with rights refused it; nothing ran. */
        DENIED,
        /** Nobody approved it in time; nothing ran. */
        APPROVAL_EXPIRED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        TIMED_OUT,
        /** Not confirmed in time. */
        EXPIRED,
        /** The runbook or the incident changed since the confirmation was shown. */
        STALE,
        /** Warroom stopped while it ran; the outcome is unknown. */
        LOST;

        /** How a sentence about a run in this state goes on: "Run #17 has succeeded". */
        public String phrase() {
            return switch (this) {
                case PENDING -> "is waiting for confirmation";
                case AWAITING_APPROVAL -> "is waiting for approval";
                case DENIED -> "was denied";
                case APPROVAL_EXPIRED -> "expired unapproved";
                case RUNNING -> "is running";
                case SUCCEEDED -> "has succeeded";
                case FAILED -> "has failed";
                case TIMED_OUT -> "timed out";
                case EXPIRED -> "expired unconfirmed";
                case STALE -> "was overtaken by a change to what it would do";
                case LOST -> "was lost in a restart";
            };
        }

        /** The state in a language; in English what {@link #phrase()} says. */
        public String phrase(RunbookMessages said) {
            return switch (this) {
                case PENDING -> said.statePending();
                case AWAITING_APPROVAL -> said.stateAwaitingApproval();
                case DENIED -> said.stateDenied();
                case APPROVAL_EXPIRED -> said.stateApprovalExpired();
                case RUNNING -> said.stateRunning();
                case SUCCEEDED -> said.stateSucceeded();
                case FAILED -> said.stateFailed();
                case TIMED_OUT -> said.stateTimedOut();
                case EXPIRED -> said.stateExpired();
                case STALE -> said.stateStale();
                case LOST -> said.stateLost();
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_number", nullable = false)
    public long incidentNumber;

    @Column(nullable = false, length = 200)
    public String service;

    @Column(name = "action_name", nullable = false, length = 100)
    public String action;

    /** The validated parameters as JSON. */
    @Column(nullable = false, length = 4000)
    public String parameters;

    /** What the confirmation showed. */
    @Column(name = "plan_text", nullable = false, length = 4000)
    public String planText;

    /** Ties the confirm command to this run and this plan. */
    @Column(name = "plan_hash", nullable = false, length = 64)
    public String planHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Status status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "requested_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "requested_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "requested_by_name"))
    })
    public Person requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "confirmed_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "confirmed_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "confirmed_by_name"))
    })
    public Person confirmedBy;

    /** Who approved or denied it (four eyes), and when. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "decided_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "decided_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "decided_by_name"))
    })
    public Person decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Why it was denied, as the denier wrote it. */
    @Column(name = "denial_reason", length = 500)
    public String denialReason;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "timeout_ms", nullable = false)
    public long timeoutMillis;

    /** The exit code of a command, the status code of an HTTP call. */
    @Column(name = "exit_code")
    public Integer exitCode;

    @Column(name = "duration_ms")
    public Long durationMillis;

    /** The last lines of output, secrets masked. */
    @Column(name = "output_tail", length = 4000)
    public String outputTail;

    @Column(length = 1000)
    public String error;

    public String label() {
        return action + " on " + service;
    }
}
