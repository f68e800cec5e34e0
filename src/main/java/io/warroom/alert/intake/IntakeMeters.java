package io.warroom.alert.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import io.warroom.alert.AlertSink;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code warroom_alerts_received_total{source,outcome}}: routed alerts by what routing did with them (opened, joined,
 * resolved, posted, duplicate, ignored), alerts of a redelivery (redelivered), and refused deliveries, one each,
 * by why (unauthorized, invalid, too_large, refused when Warroom could not store it). Only known sources are
 * counted, so a caller cannot add label values; every series starts at 0 so rates work from the first alert.
 */
@Startup
@ApplicationScoped
public class IntakeMeters {

    /** Refusals by the HTTP status the sender got. */
    private static final Map<Integer, String> REFUSALS = Map.of(400, "invalid", 401, "unauthorized", 413, "too_large",
            422, "invalid", 502, "refused", 503, "refused");

    @Inject
    @All
    List<AlertSource> sources;

    @Inject
    MeterRegistry meters;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        List<String> outcomes = Stream.concat(Stream.of(AlertSink.Outcome.values()).map(IntakeMeters::label),
                Stream.concat(Stream.of("redelivered"), REFUSALS.values().stream())).distinct().toList();
        for (AlertSource source : sources) {
            for (String outcome : outcomes) {
                counters.put(source.name() + '/' + outcome, Counter.builder("warroom.alerts.received")
                        .description("Alerts received by source and outcome; refusals count deliveries")
                        .tags("source", source.name(), "outcome", outcome).register(meters));
            }
        }
    }

    public void routed(String source, AlertSink.Outcome outcome) {
        count(source, label(outcome), 1);
    }

    public void redelivered(String source, int alerts) {
        count(source, "redelivered", alerts);
    }

    /** A delivery answered with this status (4xx, 5xx); statuses that are not refusals are not counted. */
    public void refused(String source, int status) {
        String outcome = REFUSALS.get(status);
        if (outcome != null) {
            count(source, outcome, 1);
        }
    }

    private void count(String source, String outcome, int amount) {
        Counter counter = counters.get(source.toLowerCase(Locale.ROOT) + '/' + outcome);
        if (counter != null) {
            counter.increment(amount);
        }
    }

    private static String label(AlertSink.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
