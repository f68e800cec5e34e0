package io.warroom.oncall;

import io.warroom.chat.CardFacts;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.IncidentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Shows on the incident card whom Warroom paged and when the next level is due. */
@ApplicationScoped
class PagingCardFacts implements CardFacts {

    @Inject
    Escalations escalations;

    @Inject
    OnCallSchedules schedules;

    @Inject
    WarroomConfig config;

    @Override
    public List<Reply.Field> factsFor(IncidentSnapshot incident) {
        Optional<Escalation> found = escalations.of(incident.number());
        if (found.isEmpty()) {
            return List.of();
        }
        Escalation escalation = found.get();
        Optional<EscalationPolicy> policy = schedules.current().team(escalation.team).map(Team::escalation);
        PageMessages texts = PageTexts.in(incident.language());
        String level = policy.map(p -> texts.position(p.levelNumber(escalation.step), p.levels().size()))
                .orElse(texts.cardStep(escalation.step + 1));
        String paged = texts.cardPaged(escalation.team, level,
                IncidentText.time(escalation.stepPagedAt, config.timeZone()));
        String next = IncidentText.time(escalation.nextStepAt, config.timeZone());
        String value = switch (escalation.state) {
            case ACTIVE -> paged + (policy.flatMap(p -> p.step(escalation.step + 1)).isPresent()
                    ? texts.cardNext(next) : texts.cardLast(next));
            case ACKNOWLEDGED -> paged + texts.cardAcknowledged();
            case RESOLVED -> paged + texts.cardResolved();
            case EXHAUSTED -> texts.cardExhausted(escalation.team);
            case STOPPED -> paged + texts.cardStopped();
        };
        return List.of(new Reply.Field(texts.cardLabel(), value));
    }
}
