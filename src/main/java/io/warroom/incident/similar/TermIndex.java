package io.warroom.incident.similar;

import io.warroom.incident.Incident;
import io.warroom.incident.Why;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incident_term table: each incident's terms, and the earlier incidents sharing any of a set of terms. One
 * indexed lookup on both H2 and PostgreSQL, so both find the same candidates.
 */
@ApplicationScoped
class TermIndex {

    /** Rows read per search at most, newest incidents first: enough for years of history on a busy service. */
    static final int MAX_ROWS = 20_000;

    @Inject
    EntityManager em;

    /**
     * Writes the incident's terms as it is now, with alert keys added, and returns them all. Alert keys stay once
     * written: they are not in the incident's text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> index(Incident incident, List<String> alertKeys) {
        em.flush();
        List<String> stored = stored(incident.number);
        List<String> keys = new ArrayList<>(alertKeys);
        stored.stream().filter(t -> !Terms.isWord(t) && !t.startsWith(Terms.SERVICE)).forEach(keys::add);
        Set<String> wanted = Terms.of(incident.service, keys, incident.title, incident.trigger, rootCause(incident));
        for (String gone : stored) {
            if (!wanted.contains(gone)) {
                em.createNativeQuery("delete from incident_term where incident_number = ?1 and term = ?2")
                        .setParameter(1, incident.number).setParameter(2, gone).executeUpdate();
            }
        }
        Set<String> present = new HashSet<>(stored);
        for (String term : wanted) {
            if (!present.contains(term)) {
                em.createNativeQuery("insert into incident_term (incident_number, term) values (?1, ?2)")
                        .setParameter(1, incident.number).setParameter(2, term).executeUpdate();
            }
        }
        return wanted;
    }

    /** Earlier incidents (lower numbers) sharing any of the terms, each with the terms it shares. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Long, Set<String>> sharing(Set<String> terms, long before) {
        Map<Long, Set<String>> shared = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return shared;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select incident_number, term from incident_term"
                + " where term in (:terms) and incident_number < :before order by incident_number desc")
                .setParameter("terms", List.copyOf(terms)).setParameter("before", before).setMaxResults(MAX_ROWS).getResultList();
        for (Object[] row : rows) {
            shared.computeIfAbsent(((Number) row[0]).longValue(), n -> new LinkedHashSet<>()).add((String) row[1]);
        }
        return shared;
    }

    boolean isIndexed(long number) {
        return !em.createNativeQuery("select term from incident_term where incident_number = ?1")
                .setParameter(1, number).setMaxResults(1).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> stored(long number) {
        return em.createNativeQuery("select term from incident_term where incident_number = ?1")
                .setParameter(1, number).getResultList();
    }

    /** The last of the whys: the gap in the system the chain ended at. */
    static String rootCause(Incident incident) {
        return incident.whys.stream().max(Comparator.comparingInt((Why w) -> w.position)).map(w -> w.text)
                .orElse(null);
    }
}
