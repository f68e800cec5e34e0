package io.warroom.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reminder bookkeeping rows, read and written in the caller's transaction. */
@ApplicationScoped
class ReminderStates {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    ReminderState of(long incidentNumber) {
        ReminderState state = em.find(ReminderState.class, incidentNumber);
        if (state == null) {
            state = new ReminderState(incidentNumber);
            em.persist(state);
        }
        return state;
    }

    Optional<ReminderState> find(long incidentNumber) {
        return Optional.ofNullable(em.find(ReminderState.class, incidentNumber));
    }

    Map<Long, ReminderState> all(List<Long> incidentNumbers) {
        if (incidentNumbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from ReminderState s where s.incidentNumber in :n", ReminderState.class)
                .setParameter("n", incidentNumbers).getResultStream()
                .collect(Collectors.toMap(s -> s.incidentNumber, Function.identity()));
    }
}
