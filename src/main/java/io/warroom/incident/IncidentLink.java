package io.warroom.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link worth keeping with the incident: dashboard, runbook, ticket, status page. */
@Embeddable
public class IncidentLink {

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 200)
    public String label;

    protected IncidentLink() {
    }

    public IncidentLink(String url, String label) {
        this.url = url;
        this.label = label;
    }
}
