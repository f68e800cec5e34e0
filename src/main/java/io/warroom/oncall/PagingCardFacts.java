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
        String level = policy.map(p -> "level " + p.levelNumber(escalation.step) + " of " + p.levels().size())
                .orElse("step " + (escalation.step + 1));
        String paged = "Paged " + escalation.team + " " + level + " at "
                + IncidentText.time(escalation.stepPagedAt, config.timeZone());
        String value = switch (escalation.state) {
            case ACTIVE -> paged + (policy.flatMap(p -> p.step(escalation.step + 1)).isPresent()
                    ? "; next level at " + IncidentText.time(escalation.nextStepAt, config.timeZone())
                            + " unless acknowledged"
                    : "; the last level, waiting until " + IncidentText.time(escalation.nextStepAt, config.timeZone()));
            case ACKNOWLEDGED -> paged + "; acknowledged";
            case RESOLVED -> paged + "; stopped when resolved";
            case EXHAUSTED -> "⚠️ Nobody acknowledged after every level of the " + escalation.team + " policy";
            case STOPPED -> paged + "; stopped (team left the on-call file)";
        };
        return List.of(new Reply.Field("Paging", value));
    }
}
