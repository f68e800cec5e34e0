package io.warroom.alert.intake;

import io.warroom.alert.Alert;
import io.warroom.alert.AlertRouter;
import io.warroom.alert.AlertSink;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes a delivery from any source: read and check it (refusals store nothing), store it raw, then route each alert.
 * A redelivery is answered as before but routed no further; if routing fails, the stored copy is removed so the
 * sender's retry is routed.
 */
@ApplicationScoped
public class AlertIntake {

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
    SnsCertificates sns;

    public Optional<AlertSource> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> sourceNames() {
        return sources.stream().map(AlertSource::name).sorted().toList();
    }

    public Outcome take(AlertSource source, IntakeRequest request) {
        Intake intake = source.read(request);
        int count = intake.alerts().size() + intake.acknowledged().size();
        if (!raw.store(source.name(), intake.deliveryKey(), count, request.body())) {
            return new Outcome(intake, true, List.of());
        }
        try {
            if (intake.confirmUrl() != null) {
                sns.confirm(intake.confirmUrl());
            }
            List<Routed> routed = new ArrayList<>(count);
            for (Alert alert : intake.alerts()) {
                routed.add(new Routed(alert, sink.accept(alert)));
            }
            for (Alert alert : intake.acknowledged()) {
                routed.add(new Routed(alert, router.acknowledged(alert)));
            }
            return new Outcome(intake, false, routed);
        } catch (RuntimeException e) {
            raw.forget(source.name(), intake.deliveryKey());
            throw e;
        }
    }
}
