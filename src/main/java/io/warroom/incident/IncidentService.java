package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Opens, finds and changes incidents; every change goes on the timeline. */
@ApplicationScoped
public class IncidentService {

    @Inject
    EntityManager em;

    @Inject
    Timeline timeline;

    @Inject
    Playbook playbook;

    @Inject
    Clock clock;

    @Inject
    Event<IncidentOpened> opened;

    @Transactional
    public Incident open(NewIncident request) {
        Incident incident = Incident.open(request, playbook, clock.instant());
        em.persist(incident);
        String facts = incident.severity.label() + (incident.service == null ? "" : ", service " + incident.service);
        timeline.record(incident, request.openedBy(),
                new IncidentEvent(TimelineKind.OPENED, "Opened by " + request.openedBy() + ": " + incident.title
                        + " (" + facts + ")"));
        opened.fire(new IncidentOpened(incident, request));
        return incident;
    }

    public Optional<Incident> find(long number) {
        return Optional.ofNullable(em.find(Incident.class, number));
    }

    public Incident get(long number) {
        return find(number).orElseThrow(() -> new IncidentNotFoundException(IncidentKey.of(number)));
    }

    /** Loads the incident and locks its row until the transaction ends, so changes to one incident queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident lock(long number) {
        Incident incident = em.find(Incident.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null) {
            throw new IncidentNotFoundException(IncidentKey.of(number));
        }
        return incident;
    }

    public Optional<Long> numberOfRoom(Platform platform, String channelId) {
        return em.createQuery("select r.incident.number from ChatRoom r where r.platform = :p and r.channelId = :c",
                Long.class).setParameter("p", platform).setParameter("c", channelId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Incidents not closed yet, worst first. */
    public List<Incident> active(int limit) {
        return em.createQuery("from Incident i where i.status <> :closed order by i.severity, i.number desc",
                Incident.class).setParameter("closed", IncidentStatus.CLOSED).setMaxResults(limit).getResultList();
    }

    public List<Incident> list(Optional<IncidentStatus> status, int limit) {
        if (status.isEmpty()) {
            return em.createQuery("from Incident i order by i.number desc", Incident.class).setMaxResults(limit)
                    .getResultList();
        }
        return em.createQuery("from Incident i where i.status = :s order by i.number desc", Incident.class)
                .setParameter("s", status.get()).setMaxResults(limit).getResultList();
    }

    /** Writes what a rule method returned, as done by actor. */
    public List<TimelineEntry> apply(Incident incident, Person actor, List<IncidentEvent> events) {
        return timeline.record(incident, actor, events);
    }
}
