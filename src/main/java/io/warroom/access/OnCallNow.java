package io.warroom.access;

import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import io.warroom.oncall.Escalation;
import io.warroom.oncall.EscalationPolicy;
import io.warroom.oncall.Escalations;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallPerson;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.oncall.Pager;
import io.warroom.oncall.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is on call for a service now, by the on-call file: everyone on call in its team's rotations, and, when the
 * incident's escalation runs through that team, everyone its levels paged so far.
 */
@ApplicationScoped
public class OnCallNow {

    @Inject
    OnCallSchedules schedules;

    @Inject
    Escalations escalations;

    /** The on-call of a service, for refusals to name. */
    public record Duty(String service, List<OnCallPerson> people) {

        public boolean includes(Person actor) {
            return people.stream().anyMatch(p -> Identities.is(p, actor));
        }

        /** "the on-call of checkout (Ana Lima, Bo Chen)". */
        public String describe() {
            return "the on-call of " + (service == null ? "the default team" : service) + " ("
                    + (people.isEmpty() ? "nobody" : Pager.names(people)) + ")";
        }
    }

    public Duty of(String service, Incident incident, Instant now) {
        OnCallDirectory directory = schedules.current();
        Optional<Team> team = directory.teamFor(service);
        if (team.isEmpty()) {
            return new Duty(service, List.of());
        }
        Set<OnCallPerson> people = new LinkedHashSet<>(team.get().onCallNow(now));
        Optional<Escalation> escalation = escalations.of(incident.number);
        if (escalation.isPresent() && escalation.get().team.equals(team.get().name())) {
            EscalationPolicy policy = team.get().escalation();
            for (int step = 0; step <= escalation.get().step; step++) {
                policy.step(step).ifPresent(level -> people.addAll(team.get().paged(level, now)));
            }
        }
        return new Duty(service, List.copyOf(people));
    }
}
