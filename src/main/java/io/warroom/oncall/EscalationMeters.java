package io.warroom.oncall;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Counts escalation levels paged, only for pages that were committed (a rolled-back page is tried again). */
@ApplicationScoped
public class EscalationMeters {

    @Inject
    MeterRegistry meters;

    void paged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EscalationPaged page) {
        meters.counter("warroom.escalations", "level", String.valueOf(page.level())).increment();
    }
}
