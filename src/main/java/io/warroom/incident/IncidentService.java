package io.warroom.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Opens, finds and changes incidents; every change goes on the timeline. */
@ApplicationScoped
public class IncidentService {

    /** Statements of one kind sent together when an incident opens: its checklist items, whatever the playbook. */
    static final int OPENING_BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Timeline timeline;

    @Inject
    Playbook playbook;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    @Inject
    Event<IncidentOpened> opened;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Keyed by the pool's physical connections; one is used by one transaction at a time. */
    private final Map<Connection, PreparedStatement> lockStatements = new ConcurrentHashMap<>();

    @Transactional
    public Incident open(NewIncident request) {
        Incident incident = Incident.open(request, playbook, languages.forService(request.service()),
                clock.instant());
        em.persist(incident);
        // The timeline writes its rows directly, and they refer to this one. The checklist items (18 by default) go
        // in one batch, one round trip instead of one each; only this flush batches, so other writes keep failing
        // on the statement that caused it.
        Session session = em.unwrap(Session.class);
        session.setJdbcBatchSize(OPENING_BATCH);
        try {
            em.flush();
        } finally {
            session.setJdbcBatchSize(null);
        }
        TimelineMessages texts = TimelineTexts.of(incident);
        String by = request.openedBy().toString();
        timeline.record(incident, request.openedBy(), new IncidentEvent(TimelineKind.OPENED, incident.service == null
                ? texts.opened(by, incident.title, incident.severity.label())
                : texts.openedForService(by, incident.title, incident.severity.label(), incident.service)));
        opened.fire(new IncidentOpened(incident, request));
        return incident;
    }

    public Optional<Incident> find(long number) {
        return Optional.ofNullable(em.find(Incident.class, number));
    }

    public Incident get(long number) {
        return find(number).orElseThrow(() -> new IncidentNotFoundException(IncidentKey.of(number)));
    }

    /**
     * Locks the incident's row until the transaction ends, so changes to one incident queue up, then loads it. Call
     * it before anything else in the transaction loads the incident: a copy loaded earlier stays as it was read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident lock(long number) {
        if (!"h2".equalsIgnoreCase(dbKind)) {
            // PostgreSQL keeps each connection's prepared statements itself: one locking select saves a round trip
            // on every command (pg_stat_statements: lock, insert and commit instead of lock, load, insert and commit).
            return Optional.ofNullable(em.find(Incident.class, number, LockModeType.PESSIMISTIC_WRITE))
                    .orElseThrow(() -> new IncidentNotFoundException(IncidentKey.of(number)));
        }
        boolean exists = em.unwrap(Session.class).doReturningWork(connection -> {
            PreparedStatement lock = lockStatementOf(connection.unwrap(Connection.class));
            lock.setLong(1, number);
            try (ResultSet row = lock.executeQuery()) {
                return row.next();
            }
        });
        if (!exists) {
            throw new IncidentNotFoundException(IncidentKey.of(number));
        }
        return em.find(Incident.class, number);
    }

    /**
     * The lock statement of this pooled connection on H2, prepared once. H2 parses a locking statement anew every time it
     * is prepared (it caches only plain selects), and every command takes this lock; parsing was a tenth of a
     * command's CPU. The incident then loads through the ordinary, cached select.
     */
    private PreparedStatement lockStatementOf(Connection physical) throws SQLException {
        PreparedStatement lock = lockStatements.get(physical);
        if (lock != null) {
            return lock;
        }
        lockStatements.keySet().removeIf(IncidentService::isClosed);
        lock = physical.prepareStatement(lockSql());
        lockStatements.put(physical, lock);
        return lock;
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** The dialect's own row lock: FOR NO KEY UPDATE on PostgreSQL, so rows that only refer to it are not held. */
    private String lockSql() {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect();
        return "select number from incident where number = ?" + dialect.getForUpdateString();
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
