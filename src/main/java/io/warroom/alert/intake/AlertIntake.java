package io.warroom.alert.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertRouter;
import io.warroom.alert.AlertSink;
import io.warroom.alert.RoutingProgress;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Takes a delivery from any source: read and check it (refusals store nothing), store it raw, then route each alert.
 * A redelivery is answered as before but routed no further. Each alert's routing records its progress in its own
 * transaction, so a delivery a crash interrupted is finished later from where it stopped ({@link #finish}).
 */
@ApplicationScoped
public class AlertIntake {

    private static final Logger LOG = Logger.getLogger(AlertIntake.class);

    /** What became of a delivery: its routed alerts, or that it was a redelivery. */
    public record Outcome(Intake intake, boolean duplicate, List<Routed> alerts) {
    }

    public record Routed(Alert alert, AlertSink.AlertRouting routing) {
    }

    @Inject
    @All
    List<AlertSource> sources;

    @Inject
    AlertSink sink;

    @Inject
    AlertRouter router;

    @Inject
    RawDeliveries raw;

    @Inject
    RoutingProgress progress;

    @Inject
    SnsCertificates sns;

    @Inject
    ObjectMapper mapper;

    public Optional<AlertSource> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> sourceNames() {
        return sources.stream().map(AlertSource::name).sorted().toList();
    }

    public Outcome take(AlertSource source, IntakeRequest request) {
        Intake intake = source.read(request);
        int count = intake.alerts().size() + intake.acknowledged().size();
        OptionalLong id = raw.store(source.name(), intake.deliveryKey(), count, request.body(), json(intake));
        if (id.isEmpty()) {
            return new Outcome(intake, true, List.of());
        }
        try {
            return new Outcome(intake, false, route(id.getAsLong(), intake, 0, true));
        } catch (RuntimeException e) {
            // Nothing routed: the sender's retry is routed instead. Else the rest is routed by finish() later.
            boolean forgotten = forget(id.getAsLong());
            if (e instanceof IntakeException refused && forgotten) {
                throw refused;
            }
            LOG.warnf("Routing alert delivery %d from %s failed: %s", id.getAsLong(), source.name(), e.getMessage());
            throw new IntakeException(503, null, forgotten
                    ? "The delivery could not be routed and was not kept. Send it again."
                    : "The delivery is stored but its routing did not finish; Warroom finishes it shortly.");
        }
    }

    /** Routes what a stored delivery carries from its alert {@code from} on, and marks the delivery routed. */
    public int finish(RawDeliveries.Unrouted delivery) {
        Intake intake;
        try {
            intake = delivery.intake() == null ? null : mapper.readValue(delivery.intake(), Intake.class);
        } catch (JsonProcessingException e) {
            intake = null;
        }
        if (intake == null) {
            LOG.warnf("Alert delivery %d from %s cannot be read back; it is marked routed without routing",
                    delivery.id(), delivery.source());
            QuarkusTransaction.requiringNew().run(() -> progress.mark(delivery.id(), delivery.routedAlerts(), true));
            return 0;
        }
        return route(delivery.id(), intake, delivery.routedAlerts(), false).size();
    }

    /**
     * Routes the alerts from {@code from} on. Routing that writes records its progress in its own transaction; what
     * is left (firings counted in memory, nothing to post) is marked once at the end, with the writer's next batch
     * on the intake path (no extra commit per request) and at once when finishing an interrupted delivery.
     */
    private List<Routed> route(long id, Intake intake, int from, boolean markLater) {
        if (intake.confirmUrl() != null) {
            sns.confirm(intake.confirmUrl());
        }
        int alerts = intake.alerts().size();
        int count = alerts + intake.acknowledged().size();
        List<Routed> routed = new ArrayList<>(count);
        boolean lastRecorded = false;
        for (int i = from; i < count; i++) {
            Alert alert = i < alerts ? intake.alerts().get(i) : intake.acknowledged().get(i - alerts);
            boolean acknowledgement = i >= alerts;
            RoutingProgress.Routed<AlertSink.AlertRouting> result = progress.route(id, i, count,
                    () -> acknowledgement ? router.acknowledged(alert) : sink.accept(alert));
            lastRecorded = result.recorded();
            routed.add(new Routed(alert, result.result()));
        }
        if (!lastRecorded) {
            if (markLater) {
                raw.routedLater(id);
            } else {
                QuarkusTransaction.requiringNew().run(() -> progress.mark(id, count, true));
            }
        }
        return routed;
    }

    private boolean forget(long id) {
        try {
            return raw.forgetUnrouted(id);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String json(Intake intake) {
        try {
            return mapper.writeValueAsString(intake);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written as JSON", e);
        }
    }
}
