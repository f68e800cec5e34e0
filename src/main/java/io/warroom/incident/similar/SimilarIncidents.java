package io.warroom.incident.similar;

import io.warroom.incident.Incident;
import io.warroom.incident.IncidentOpened;
import io.warroom.incident.IncidentService;
import io.warroom.incident.TimelineEntryAdded;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the earlier incidents that look like one (see {@link SimilarityRule}) and keeps the list with it: found when
 * it opens and again when its trigger changes or someone asks, so the card, the page and the postmortem all show
 * the same list. Finding them is not an event of the response: the card shows them, the timeline does not.
 */
@ApplicationScoped
public class SimilarIncidents {

    /** Candidates loaded to break ties at the third place; more equal ones than this are not worth loading. */
    private static final int CANDIDATES_LOADED = 50;
    private static final String ALERT_KEYS = "warroom.similar.alertKeys";

    @Inject
    EntityManager em;

    @Inject
    TermIndex terms;

    @Inject
    IncidentService incidents;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * The alert keys of the incident this transaction is about to open, so it is matched on them from the start
     * (they are known before the incident has a number).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expectAlertKeys(List<String> keys) {
        transaction.putResource(ALERT_KEYS, List.copyOf(keys));
    }

    void onOpened(@Observes IncidentOpened opened) {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) transaction.getResource(ALERT_KEYS);
        transaction.putResource(ALERT_KEYS, List.of());
        find(opened.incident(), keys == null ? List.of() : keys);
    }

    /** A new why may be the root cause later incidents will be matched on. */
    void onTimeline(@Observes TimelineEntryAdded added) {
        if (added.entry().kind == TimelineKind.WHY) {
            terms.index(added.incident(), List.of());
        }
    }

    /** Searches again for the incident as it is now; true when the list names other incidents than before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(Incident incident) {
        return find(incident, List.of());
    }

    /** The stored list, best first, with each incident's root cause and resolution as they are now. */
    @Transactional
    public List<SimilarView> of(long number) {
        List<SimilarIncident> rows = em.createQuery("from SimilarIncident s where s.incidentNumber = :n"
                + " order by s.position", SimilarIncident.class).setParameter("n", number).getResultList();
        List<SimilarView> views = new ArrayList<>(rows.size());
        for (SimilarIncident row : rows) {
            Incident other = em.find(Incident.class, row.similarNumber);
            views.add(new SimilarView(other.key(), other.number, other.title, other.service, other.status,
                    other.detectedAt, row.score, Arrays.asList(row.reasons.split(SimilarIncident.REASON_SEPARATOR)),
                    TermIndex.rootCause(other), other.summary));
        }
        return views;
    }

    /** Searches and stores the list; true when it now names other incidents than before. */
    private boolean find(Incident incident, List<String> alertKeys) {
        Set<String> own = terms.index(incident, alertKeys);
        List<SimilarityRule.Candidate> ranked = SimilarityRule.rank(candidates(own, terms.sharing(own,
                incident.number)));
        List<SimilarIncident> stored = em.createQuery("from SimilarIncident s where s.incidentNumber = :n"
                + " order by s.position", SimilarIncident.class).setParameter("n", incident.number).getResultList();
        stored.forEach(em::remove);
        em.flush();
        for (int i = 0; i < ranked.size(); i++) {
            em.persist(new SimilarIncident(incident.number, i + 1, ranked.get(i)));
        }
        return !ranked.stream().map(SimilarityRule.Candidate::number).toList()
                .equals(stored.stream().map(s -> s.similarNumber).toList());
    }

    /** Scores every incident sharing a term; loads the facts that break ties only for those that could be shown. */
    private List<SimilarityRule.Candidate> candidates(Set<String> own, Map<Long, Set<String>> sharing) {
        record Scored(long number, SimilarityRule.Score score) {
        }
        List<Scored> scored = sharing.entrySet().stream()
                .map(e -> new Scored(e.getKey(), SimilarityRule.score(own.stream().filter(e.getValue()::contains)
                        .toList())))
                .filter(s -> s.score().shown())
                .sorted(Comparator.comparingInt((Scored s) -> s.score().points()).reversed()
                        .thenComparing(Scored::number, Comparator.reverseOrder()))
                .toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        int cut = scored.get(Math.min(scored.size(), SimilarityRule.SHOWN) - 1).score().points();
        List<Scored> contenders = scored.stream().filter(s -> s.score().points() >= cut).limit(CANDIDATES_LOADED)
                .toList();
        List<SimilarityRule.Candidate> candidates = new ArrayList<>();
        for (Scored s : contenders) {
            Incident other = em.find(Incident.class, s.number());
            candidates.add(new SimilarityRule.Candidate(s.number(), s.score(), other.status,
                    !other.whys.isEmpty(), other.detectedAt));
        }
        return candidates;
    }

    /**
     * Indexes up to limit incidents after the given number that have no terms (opened before terms were kept);
     * returns the last number looked at, or -1 when none was left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long indexUnindexed(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> numbers = em.createNativeQuery("select number from incident i where number > ?1 and not exists"
                + " (select 1 from incident_term t where t.incident_number = i.number) order by number")
                .setParameter(1, after).setMaxResults(limit).getResultList();
        for (Number number : numbers) {
            // Locked like a command would, so a why typed meanwhile does not index the same incident at once.
            terms.index(incidents.lock(number.longValue()), List.of());
        }
        return numbers.isEmpty() ? -1 : numbers.get(numbers.size() - 1).longValue();
    }
}
