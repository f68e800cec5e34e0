package io.warroom.incident;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one incident: whys, action items, lessons, rooms (checklist items have ids of their own). */
@MappedSuperclass
public abstract class IncidentPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id")
    public Incident incident;

    protected IncidentPart() {
    }

    protected IncidentPart(Incident incident) {
        this.incident = incident;
    }
}
