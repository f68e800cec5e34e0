package io.warroom.monitor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertSink;
import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.incident.Languages;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs the due health checks side by side and keeps each monitor's count of failures in a row: reaching the
 * monitor's threshold raises a critical alert for its service, the first healthy answer after that resolves it.
 */
@ApplicationScoped
public class HealthChecks {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class);

    @Inject
    MonitorCatalog catalog;

    @Inject
    HealthProbe probe;

    @Inject
    AlertSink sink;

    @Inject
    EntityManager em;

    @Inject
    Languages languages;

    /** Checks every monitor whose interval has passed at {@code now}, and waits for all of them. */
    public void runDue(Instant now) {
        Monitors monitors = catalog.current();
        Map<String, MonitorState> states = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> em.createQuery("from MonitorState", MonitorState.class)
                .getResultList()).forEach(s -> states.put(s.name, s));
        resolveRemoved(monitors, states, now);
        Map<Monitor, CompletableFuture<HealthProbe.Result>> running = new LinkedHashMap<>();
        for (Monitor monitor : monitors.checks()) {
            MonitorState state = states.get(monitor.name());
            if (state == null || !state.nextCheckAt.isAfter(now)) {
                running.put(monitor, probe.check(monitor, languages.forService(monitor.service())));
            }
        }
        running.forEach((monitor, result) -> record(monitor, states.get(monitor.name()), result.join(), now));
    }

    private void record(Monitor monitor, MonitorState before, HealthProbe.Result result, Instant now) {
        int failures = result.healthy() ? 0 : (before == null ? 0 : before.consecutiveFailures) + 1;
        boolean wasFiring = before != null && before.firing;
        Instant changedAt = before == null ? null : before.changedAt;
        boolean firing = wasFiring;
        if (!result.healthy() && !wasFiring && failures >= monitor.failuresBeforeAlert()) {
            firing = routed(HealthAlerts.failing(monitor, failures, result, now,
                    languages.forService(monitor.service())));
        } else if (result.healthy() && wasFiring) {
            firing = !routed(HealthAlerts.recovered(monitor, result, changedAt, now,
                    languages.forService(monitor.service())));
        }
        if (firing != wasFiring) {
            changedAt = now;
        }
        LOG.debugf("Health check %s: %s (%d failures in a row)", monitor.name(), result.summary(), failures);
        Instant changed = changedAt;
        boolean nowFiring = firing;
        QuarkusTransaction.requiringNew().run(() -> {
            MonitorState state = em.find(MonitorState.class, monitor.name());
            if (state == null) {
                state = new MonitorState(monitor.name(), now);
                em.persist(state);
            }
            state.consecutiveFailures = failures;
            state.firing = nowFiring;
            state.lastCheckedAt = now;
            state.nextCheckAt = now.plus(monitor.interval());
            state.lastResult = result.summary().length() > 1000 ? result.summary().substring(0, 1000)
                    : result.summary();
            state.changedAt = changed;
        });
    }

    private void resolveRemoved(Monitors monitors, Map<String, MonitorState> states, Instant now) {
        Set<String> configured = monitors.checks().stream().map(Monitor::name).collect(Collectors.toSet());
        for (MonitorState state : states.values()) {
            if (configured.contains(state.name)) {
                continue;
            }
            if (state.firing && !routed(HealthAlerts.removed(state.name, state.changedAt, now,
                    languages.fallback()))) {
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from MonitorState s where s.name = :n")
                    .setParameter("n", state.name).executeUpdate());
        }
    }

    /** Hands the alert to routing; false when routing failed, so the next check tries again. */
    private boolean routed(Alert alert) {
        try {
            AlertSink.AlertRouting routing = sink.accept(alert);
            LOG.infof("Health check alert %s %s: %s", alert.fingerprint(), alert.status(), routing.outcome());
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Health check alert %s %s could not be routed; trying again at the next check",
                    alert.fingerprint(), alert.status());
            return false;
        }
    }
}
