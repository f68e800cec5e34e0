package io.warroom.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.incident.Languages;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Decides what an alert does: a critical firing opens an incident or joins the open one its fingerprint or group key
 * belongs to; a resolution is recorded there; warnings and info are posted to the alert channels. Repeated firings
 * are counted in their window's row and written once per window, so a storm costs one short update per firing and
 * a few posts, however many instances it is spread over.
 */
@ApplicationScoped
public class AlertRouter implements AlertSink {

    private static final Logger LOG = Logger.getLogger(AlertRouter.class);
    private static final int ATTEMPTS = 6;
    /** Unique violation, serialization failure, deadlock, lock timeout (SQL states of PostgreSQL and H2). */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "HYT00", "55P03");
    private static final Map<String, String> NAMES = Map.of("alertmanager", "Alertmanager", "grafana", "Grafana",
            "sns", "Amazon SNS", "pagerduty", "PagerDuty Events", "generic", "Error report");

    @Inject
    AlertIncidents incidents;

    @Inject
    RecentAlerts recent;

    @Inject
    FiringWindows windows;

    @Inject
    AlertPosts posts;

    @Inject
    PostedAlerts posted;

    @Inject
    RoutingProgress progress;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    /** Who alerts from a source act as on timelines: the monitoring system, not a person. */
    public static Person personFor(String source) {
        return new Person(Platform.SYSTEM, "alerts:" + source, NAMES.getOrDefault(source, source));
    }

    @Override
    public AlertRouting accept(Alert alert) {
        requireNamed(alert);
        Person by = personFor(alert.source());
        if (!alert.firing()) {
            return resolved(alert, by);
        }
        if (alert.severity() != AlertSeverity.CRITICAL) {
            return posted.post(AlertKeys.fingerprintKey(alert), AlertText.channelLine(alert, languages.forService(alert.service())));
        }
        List<String> keys = AlertKeys.of(alert);
        Instant now = clock.instant();
        String fingerprintKey = AlertKeys.fingerprintKey(alert);
        // The incident this instance last routed the fingerprint to is only a guess: counting into its window in the
        // database confirms it (the window goes when the incident resolves, on whichever instance resolves it).
        Long known = recent.incidentFor(List.of(fingerprintKey), now);
        if (known != null && retrying(() -> QuarkusTransaction.requiringNew().call(() -> {
            boolean counted = windows.countInto(fingerprintKey, known);
            if (counted) {
                progress.recordInTransaction();
            }
            return counted;
        }))) {
            return new AlertRouting(Outcome.JOINED, known, "joined INC-" + known + " (fired again)");
        }
        AlertRouting routing = retrying(() -> incidents.openOrJoin(alert, keys, by));
        recent.remember(keys, routing.incidentNumber(), now);
        return routing;
    }

    /**
     * The sender acknowledged an alert (PagerDuty's acknowledge): noted on its incident's timeline. Acknowledging
     * the incident itself stays a person's act in chat.
     */
    public AlertRouting acknowledged(Alert alert) {
        AlertRouting routing = retrying(() -> incidents.acknowledged(alert, personFor(alert.source())));
        return routing != null ? routing : new AlertRouting(Outcome.IGNORED, 0, "no incident is open for this alert");
    }

    private AlertRouting resolved(Alert alert, Person by) {
        String key = AlertKeys.fingerprintKey(alert);
        recent.forget(key);
        windows.forget(key);
        AlertRouting routing = retrying(() -> incidents.resolve(alert, by));
        if (routing != null) {
            return routing;
        }
        if (alert.severity() != AlertSeverity.CRITICAL) {
            return posted.post("resolved:" + key, AlertText.resolvedLine(alert, languages.forService(alert.service())));
        }
        return new AlertRouting(Outcome.IGNORED, 0, "no incident is open for this alert");
    }

    /** Monitors build alerts in code: a missing identity is a programming error, said plainly. */
    private static void requireNamed(Alert alert) {
        if (alert.source() == null || alert.source().isBlank() || alert.fingerprint() == null
                || alert.fingerprint().isBlank() || alert.title() == null || alert.title().isBlank()
                || alert.status() == null || alert.severity() == null) {
            throw new IllegalArgumentException("An alert needs source, fingerprint, title, status and severity: "
                    + alert);
        }
    }

    /** Runs a routing transaction again when it lost a race for a row (the retry then sees the winner's rows). */
    <T> T retrying(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !conflict(e)) {
                    throw e;
                }
                LOG.debugf("alert routing lost a race (attempt %d), retrying: %s", attempt, e.getMessage());
            }
        }
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
