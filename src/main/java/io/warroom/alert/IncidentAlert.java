package io.warroom.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The alert that opened an incident, as its card shows it, and how many firings have come in since. */
@Entity
@Table(name = "incident_alert")
public class IncidentAlert {

    static final int STACK_EXCERPT_MAX = 2000;

    @Id
    @Column(name = "incident_number")
    public long incidentNumber;

    @Column(nullable = false, length = 32)
    public String source;

    @Column(nullable = false, length = 300)
    public String fingerprint;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String service;

    @Column(length = 100)
    public String environment;

    @Column(name = "source_location", length = 500)
    public String sourceLocation;

    @Column(name = "request_id", length = 200)
    public String requestId;

    @Column(name = "stack_excerpt", length = STACK_EXCERPT_MAX)
    public String stackExcerpt;

    /** kind=url lines, in the order the alert listed them. */
    @Column(length = 4000)
    public String links;

    @Column(nullable = false)
    public long firings;

    /** The incident the same alert opened before, resolved or closed by the time it fired again. */
    @Column(name = "fired_before")
    public Long firedBefore;

    /** HTTP status of the failing request the error report carried. */
    @Column(name = "http_status")
    public Integer httpStatus;
}
