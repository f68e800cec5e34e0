package io.warroom.incident;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a phase's checklist, copied from the playbook when the incident opens. Not an {@link IncidentPart}: its
 * ids come from a sequence handing out 50 at a time (migration V29), so the 18 default items of a new incident are
 * inserted in one batch (see {@link IncidentService#open}); with identity ids each was its own round trip, 18 of the
 * 26 round trips of opening an incident on PostgreSQL (the server's statement log).
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_id")
    @SequenceGenerator(name = "checklist_item_id", sequenceName = "checklist_item_id", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id")
    public Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Phase phase;

    /** 1-based order within the phase, as typed in {@code check <n>}. */
    @Column(nullable = false)
    public int position;

    /** Stable name that Warroom ticks by itself (e.g. {@code set-severity}); null for manual-only items. */
    @Column(name = "item_key", length = 64)
    public String key;

    @Column(nullable = false, length = 500)
    public String text;

    @Column(name = "done_at")
    public Instant doneAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "platform", column = @Column(name = "done_by_platform")),
        @AttributeOverride(name = "userId", column = @Column(name = "done_by_user_id")),
        @AttributeOverride(name = "displayName", column = @Column(name = "done_by_name"))
    })
    public Person doneBy;

    protected ChecklistItem() {
    }

    ChecklistItem(Incident incident, Phase phase, int position, String key, String text) {
        this.incident = incident;
        this.phase = phase;
        this.position = position;
        this.key = key;
        this.text = text;
    }

    public boolean done() {
        return doneAt != null;
    }
}
