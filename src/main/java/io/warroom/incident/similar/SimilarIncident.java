package io.warroom.incident.similar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One earlier incident on an incident's stored list of similar ones. */
@Entity
@Table(name = "similar_incident")
@IdClass(SimilarIncident.Key.class)
class SimilarIncident {

    static final int REASONS_MAX = 500;
    static final String REASON_SEPARATOR = "; ";

    @Id
    @Column(name = "incident_number")
    long incidentNumber;

    @Id
    @Column(name = "position")
    int position;

    @Column(name = "similar_number", nullable = false)
    long similarNumber;

    @Column(nullable = false)
    int score;

    @Column(nullable = false, length = REASONS_MAX)
    String reasons;

    protected SimilarIncident() {
    }

    SimilarIncident(long incidentNumber, int position, SimilarityRule.Candidate candidate) {
        this.incidentNumber = incidentNumber;
        this.position = position;
        this.similarNumber = candidate.number();
        this.score = candidate.score().points();
        String joined = String.join(REASON_SEPARATOR, candidate.score().reasons());
        this.reasons = joined.length() <= REASONS_MAX ? joined : joined.substring(0, REASONS_MAX);
    }

    static class Key implements Serializable {
        long incidentNumber;
        int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.incidentNumber == incidentNumber && k.position == position;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(incidentNumber) * 31 + position;
        }
    }
}
