package io.warroom.alert;

import io.warroom.config.WarroomConfig;
import io.warroom.incident.ImpactStart;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.Phase;
import io.warroom.incident.PhaseMachine;
import io.warroom.incident.TimelineKind;
import io.warroom.incident.similar.SimilarIncidents;

import io.warroom.reply.ImpactStartText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database side of routing, one transaction per call: open or join an incident for a critical firing, write
 * coalesced firings, record resolutions. Binding rows are locked (or inserted, under their unique key) before the
 * incident, so two firings of one alert never open two incidents.
 */
@ApplicationScoped
public class AlertIncidents {

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Inject
    AlertLevels levels;

    @Inject
    AlertPosts posts;

    @Inject
    FiringWindows windows;

    @Inject
    AlertsConfig config;

    @Inject
    RoutingProgress progress;

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig warroom;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AlertSink.AlertRouting openOrJoin(Alert alert, List<String> keys, Person by) {
        progress.recordInTransaction();
        Instant now = clock.instant();
        List<AlertBinding> bound = keys.stream().map(k -> em.find(AlertBinding.class, k, LockModeType.PESSIMISTIC_WRITE))
                .filter(b -> b != null).toList();
        for (AlertBinding binding : bound) {
            Incident incident = incidents.lock(binding.incidentNumber);
            if (incident.status == IncidentStatus.OPEN) {
                bind(keys, bound, incident.number, now);
                joined(incident, alert, by, now);
                return new AlertSink.AlertRouting(AlertSink.Outcome.JOINED, incident.number,
                        "joined " + incident.key() + " (" + binding.key.substring(0, binding.key.indexOf(':'))
                                + " already open)");
            }
        }
        Incident earlier = firedBefore(bound, AlertKeys.fingerprintKey(alert));
        similar.expectAlertKeys(keys);
        Incident incident = incidents.open(new NewIncident(AlertText.cut(alert.title(), Incident.TITLE_MAX),
                levels.incidentSeverity(alert), alert.service(), AlertText.cut(description(alert), 4000), by,
                alert.startedAt()));
        bind(keys, bound, incident.number, now);
        em.flush();
        IncidentAlert facts = facts(incident.number, alert);
        facts.firedBefore = earlier == null ? null : earlier.number;
        em.persist(facts);
        AlertMessages texts = AlertText.in(incident.language);
        incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT, texts.alertFrom(by.toString(),
                AlertText.headline(alert)) + AlertText.notes(alert), AlertText.firstLink(alert))));
        if (earlier != null) {
            incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT,
                    texts.firedBefore(earlier.key(), earlier.status.label(incident.language)))));
            if (!earlier.isClosed()) {
                incidents.apply(earlier, by, List.of(new IncidentEvent(TimelineKind.ALERT,
                        AlertText.in(earlier.language).firedAgainAfter(earlier.key(), incident.key()))));
            }
        }
        windows.first(AlertKeys.fingerprintKey(alert), incident.number, alert.title(), now);
        return new AlertSink.AlertRouting(AlertSink.Outcome.OPENED, incident.number, "opened " + incident.key() + " ("
                + incident.severity.label() + ")");
    }

    /** Writes firings into an incident: the first of a window as it is, later ones as one "+N more" line. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFirings(long incidentNumber, String title, long more, Person by) {
        progress.recordInTransaction();
        writeFirings(incidents.lock(incidentNumber), title, more, by);
    }

    /**
     * Writes the count of an ended window into its incident, once however many instances flush: the incident is
     * locked before the window, in the order routing locks them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void flushWindow(FiringWindows.Ended ended, Instant now) {
        Incident incident = incidents.lock(ended.incidentNumber());
        windows.takeEnded(ended.key(), now).ifPresent(count -> writeFirings(incident, count.text(), count.more(),
                AlertRouter.personFor(count.key().split(":", 3)[1])));
    }

    private void writeFirings(Incident incident, String title, long more, Person by) {
        if (incident.isClosed()) {
            return;
        }
        AlertMessages texts = AlertText.in(incident.language);
        String text = more == 0 ? texts.firedAgain(title)
                : more == 1 ? texts.oneMoreFiring(title) : texts.moreFirings(more, title);
        incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT, text)));
        posts.toRoom(incident, text);
        IncidentAlert facts = em.find(IncidentAlert.class, incident.number);
        if (facts != null) {
            facts.firings += more == 0 ? 1 : more;
        }
    }

    /** Records a resolved alert on its incident; null when the alert belongs to no incident. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AlertSink.AlertRouting resolve(Alert alert, Person by) {
        progress.recordInTransaction();
        AlertBinding binding = em.find(AlertBinding.class, AlertKeys.fingerprintKey(alert),
                LockModeType.PESSIMISTIC_WRITE);
        if (binding == null) {
            return null;
        }
        Incident incident = incidents.lock(binding.incidentNumber);
        if (incident.isClosed()) {
            return new AlertSink.AlertRouting(AlertSink.Outcome.IGNORED, incident.number, incident.key()
                    + " is closed");
        }
        if (!binding.firing) {
            return new AlertSink.AlertRouting(AlertSink.Outcome.DUPLICATE, incident.number, "already resolved on "
                    + incident.key());
        }
        Instant now = clock.instant();
        binding.firing = false;
        binding.updatedAt = now;
        AlertMessages texts = AlertText.in(incident.language);
        incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT,
                texts.resolved(AlertText.headline(alert)) + AlertText.notes(alert))));
        long stillFiring = em.createQuery("select count(b) from AlertBinding b where b.incidentNumber = :n"
                + " and b.firing = true and b.key like 'fp:%'", Long.class).setParameter("n", incident.number)
                .getSingleResult();
        String detail = "resolved on " + incident.key();
        if (stillFiring > 0) {
            posts.toRoom(incident, stillFiring == 1 ? texts.resolvedOneStillFiring(alert.title())
                    : texts.resolvedStillFiring(alert.title(), stillFiring));
        } else if (incident.status == IncidentStatus.OPEN && Phase.RECOVER.isAfter(incident.phase)) {
            if (config.autoRecover()) {
                incidents.apply(incident, by, PhaseMachine.jump(incident, Phase.RECOVER, by, now));
                detail += "; every alert resolved, moved to Recover";
            } else {
                posts.toRoom(incident, texts.allResolved(incident.key(), alert.title()));
                detail += "; every alert resolved, Recover suggested";
            }
        }
        return new AlertSink.AlertRouting(AlertSink.Outcome.RESOLVED, incident.number, detail);
    }

    /** Writes that the sender acknowledged the alert on the incident it belongs to; null when it belongs to none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AlertSink.AlertRouting acknowledged(Alert alert, Person by) {
        progress.recordInTransaction();
        AlertBinding binding = em.find(AlertBinding.class, AlertKeys.fingerprintKey(alert));
        if (binding == null) {
            return null;
        }
        Incident incident = incidents.lock(binding.incidentNumber);
        if (incident.isClosed()) {
            return new AlertSink.AlertRouting(AlertSink.Outcome.IGNORED, incident.number, incident.key()
                    + " is closed");
        }
        incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT,
                AlertText.in(incident.language).acknowledgedIn(by.toString(), alert.fingerprint()))));
        return new AlertSink.AlertRouting(AlertSink.Outcome.JOINED, incident.number, "acknowledgement noted on "
                + incident.key());
    }

    /**
     * The incident this alert (its fingerprint, else its group) opened or joined last, now resolved or closed: a
     * new firing opens a new incident that links it.
     */
    private Incident firedBefore(List<AlertBinding> bound, String fingerprintKey) {
        AlertBinding binding = bound.stream().filter(b -> b.key.equals(fingerprintKey)).findFirst()
                .orElse(bound.isEmpty() ? null : bound.get(0));
        return binding == null ? null : incidents.lock(binding.incidentNumber);
    }

    private void joined(Incident incident, Alert alert, Person by, Instant now) {
        impactBeganEarlier(incident, alert, by, now);
        if (!windows.first(AlertKeys.fingerprintKey(alert), incident.number, alert.title(), now)) {
            return;
        }
        String text = AlertText.in(incident.language).firedAgain(AlertText.headline(alert)) + AlertText.notes(alert);
        incidents.apply(incident, by, List.of(new IncidentEvent(TimelineKind.ALERT, text, AlertText.firstLink(alert))));
        posts.toRoom(incident, text);
        IncidentAlert facts = em.find(IncidentAlert.class, incident.number);
        if (facts != null) {
            facts.firings++;
        }
    }

    /** An alert that joins with a start before the incident's impact start (and its detection) moves it there. */
    private void impactBeganEarlier(Incident incident, Alert alert, Person by, Instant now) {
        Instant start = alert.startedAt();
        if (start == null || !start.isBefore(incident.startedAt) || start.isAfter(incident.detectedAt)) {
            return;
        }
        ImpactStart.move(incident, start, now).ifPresent(before -> incidents.apply(incident, by, List.of(
                new IncidentEvent(TimelineKind.ALERT, AlertText.in(incident.language).movedAsAlertSays(
                        ImpactStartText.moved(before, start, incident.detectedAt, warroom.timeZone(),
                                incident.language), AlertText.cut(alert.title(), 200))))));
    }

    /**
     * Points the keys at the incident: rows locked at the start are updated, the others inserted. A row another
     * transaction inserted meanwhile makes the insert fail, and the retry joins that transaction's incident.
     */
    private void bind(List<String> keys, List<AlertBinding> locked, long incidentNumber, Instant now) {
        for (String key : keys) {
            AlertBinding binding = locked.stream().filter(b -> b.key.equals(key)).findFirst().orElse(null);
            if (binding == null) {
                em.persist(new AlertBinding(key, incidentNumber, now));
            } else {
                binding.incidentNumber = incidentNumber;
                binding.firing = true;
                binding.updatedAt = now;
            }
        }
    }

    private static String description(Alert alert) {
        StringBuilder text = new StringBuilder(alert.description() == null ? "" : alert.description().strip());
        if (alert.sourceLocation() != null) {
            text.append(text.isEmpty() ? "" : "\n").append("At ").append(alert.sourceLocation());
        }
        if (!alert.labels().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append("Labels: ").append(alert.labels().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static IncidentAlert facts(long incidentNumber, Alert alert) {
        IncidentAlert facts = new IncidentAlert();
        facts.incidentNumber = incidentNumber;
        facts.source = AlertText.cut(alert.source(), 32);
        facts.fingerprint = AlertText.cut(alert.fingerprint(), 300);
        facts.title = AlertText.cut(alert.title(), 500);
        facts.service = AlertText.cut(alert.service(), 200);
        facts.environment = AlertText.cut(alert.environment(), 100);
        facts.sourceLocation = AlertText.cut(alert.sourceLocation(), 500);
        facts.requestId = AlertText.cut(alert.requestId(), 200);
        facts.stackExcerpt = stackExcerpt(alert.stack());
        facts.links = AlertText.cut(alert.links().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")), 4000);
        facts.firings = 1;
        facts.httpStatus = alert.statusCode();
        return facts;
    }

    /** The top of the stack: where it failed is in the first lines. */
    static String stackExcerpt(String stack) {
        if (stack == null || stack.isBlank()) {
            return null;
        }
        String[] lines = stack.strip().split("\\R");
        String top = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 8)));
        return AlertText.cut(top, 600);
    }
}
