package io.warroom.monitor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The levels the rules last reported, in the database, so only a change is reported again, after a restart and on
 * whichever instance evaluates next. Each read and write is its own transaction, apart from alert routing.
 */
@ApplicationScoped
class RuleStates {

    @Inject
    EntityManager em;

    <S extends RuleState> Map<String, S> all(Class<S> type) {
        Map<String, S> states = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> em.createQuery("from " + type.getSimpleName(), type)
                .getResultList()).forEach(s -> states.put(s.service, s));
        return states;
    }

    /** Keeps the level a change was reported with; back at OK, the service is forgotten. */
    <S extends RuleState> void remember(Class<S> type, Function<String, S> create, String service,
            ErrorRateRule.Level level, Instant since, Consumer<S> details) {
        QuarkusTransaction.requiringNew().run(() -> {
            S row = em.find(type, service);
            if (level == ErrorRateRule.Level.OK) {
                if (row != null) {
                    em.remove(row);
                }
                return;
            }
            boolean added = row == null;
            if (added) {
                row = create.apply(service);
            }
            row.level = level;
            row.since = since;
            details.accept(row);
            if (added) {
                em.persist(row);
            }
        });
    }
}
