package io.warroom.runbook;

import io.warroom.access.Admins;
import io.warroom.access.Identities;
import io.warroom.access.OnCallNow;
import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may run an action, from configuration only: the on-call of the action's service now (with the levels the
 * incident's escalation paged so far), the people the action lists, and admins (warroom.admins, or the API token).
 * Incident roles grant nothing here: anyone can take a free role, so a role must not widen what someone may run.
 * Chat users are matched by user id only, never by display name.
 */
@ApplicationScoped
public class RunPermissions {

    @Inject
    OnCallSchedules schedules;

    @Inject
    OnCallNow onCall;

    @Inject
    Admins admins;

    /** Empty when the actor may run the action; otherwise the refusal, naming who may. */
    public Optional<String> refusal(RunbookAction action, Incident incident, Person actor, boolean adminCredential,
            Instant now) {
        if (admins.includes(actor, adminCredential)) {
            return Optional.empty();
        }
        OnCallDirectory directory = schedules.current();
        OnCallNow.Duty duty = onCall.of(action.service(), incident, now);
        if (duty.includes(actor)
                || action.allowedPeople().stream().anyMatch(p -> Identities.matches(p, actor, directory))) {
            return Optional.empty();
        }
        List<String> who = new ArrayList<>();
        who.add(duty.describe());
        action.allowedPeople().forEach(p -> who.add(Identities.describe(p, directory)));
        who.add("a Warroom admin");
        return Optional.of(actor + " may not run " + action.label() + " on " + incident.key() + ": only "
                + String.join(", ", who.subList(0, who.size() - 1)) + " or " + who.get(who.size() - 1) + " may.");
    }
}
