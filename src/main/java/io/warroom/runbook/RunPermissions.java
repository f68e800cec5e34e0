package io.warroom.runbook;

import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.incident.Role;
import io.warroom.oncall.OnCallDirectory;
import io.warroom.oncall.OnCallPerson;
import io.warroom.oncall.OnCallSchedules;
import io.warroom.oncall.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may run an action on an incident: its commander, the people the action lists, and holders of the roles the
 * action or warroom.runbooks.allowed-roles name (commander, comms, scribe of the incident; oncall = the current
 * on-call of the action's service). A chat user is matched by user id, never by display name; a REST API caller,
 * who holds the API token, by the name they give.
 */
@ApplicationScoped
public class RunPermissions {

    @Inject
    OnCallSchedules schedules;

    @Inject
    RunbookConfig config;

    /** Empty when the actor may run the action; otherwise the refusal, naming who may. */
    public Optional<String> refusal(RunbookAction action, Incident incident, Person actor, Instant now) {
        OnCallDirectory directory = schedules.current();
        if (allowed(action, incident, actor, directory, now)) {
            return Optional.empty();
        }
        return Optional.of(actor + " may not run " + action.label() + " on " + incident.key() + ": only "
                + whoMay(action, incident, directory, now) + " may.");
    }

    private boolean allowed(RunbookAction action, Incident incident, Person actor, OnCallDirectory directory,
            Instant now) {
        Optional<Person> commander = incident.role(Role.COMMANDER);
        if (commander.isPresent() && same(commander.get(), actor, directory)) {
            return true;
        }
        for (String person : action.allowedPeople()) {
            if (listed(person, actor, directory)) {
                return true;
            }
        }
        for (String role : roles(action)) {
            if (role.equals("oncall")) {
                Optional<Team> team = directory.teamFor(action.service());
                if (team.isPresent() && team.get().onCallNow(now).stream().anyMatch(p -> p.is(actor))) {
                    return true;
                }
            } else {
                Optional<Person> holder = Role.parse(role).flatMap(incident::role);
                if (holder.isPresent() && same(holder.get(), actor, directory)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String whoMay(RunbookAction action, Incident incident, OnCallDirectory directory, Instant now) {
        List<String> who = new ArrayList<>();
        who.add("the incident commander (" + incident.role(Role.COMMANDER).map(p -> p.displayName)
                .orElse("none yet: `/incident role commander <user>`") + ")");
        for (String person : action.allowedPeople()) {
            who.add(person.contains(":") ? person : directory.person(person).map(OnCallPerson::name).orElse(person));
        }
        for (String role : roles(action)) {
            if (role.equals("oncall")) {
                String people = directory.teamFor(action.service()).map(t -> String.join(", ", t.onCallNow(now)
                        .stream().map(OnCallPerson::name).toList())).orElse("nobody");
                who.add("the on-call of " + action.service() + " (" + people + ")");
            } else if (!role.equals("commander")) {
                who.add("the " + role + " (" + Role.parse(role).flatMap(incident::role).map(p -> p.displayName)
                        .orElse("nobody yet") + ")");
            }
        }
        return who.size() == 1 ? who.get(0) : String.join(", ", who.subList(0, who.size() - 1)) + " or "
                + who.get(who.size() - 1);
    }

    private Set<String> roles(RunbookAction action) {
        Set<String> roles = new LinkedHashSet<>(config.allowedRoles().orElse(List.of()));
        roles.addAll(action.allowedRoles());
        return roles;
    }

    private static boolean listed(String reference, Person actor, OnCallDirectory directory) {
        if (reference.startsWith("slack:")) {
            return actor.platform == Platform.SLACK && reference.substring(6).equals(actor.userId);
        }
        if (reference.startsWith("discord:")) {
            return actor.platform == Platform.DISCORD && reference.substring(8).equals(actor.userId);
        }
        return directory.person(reference).map(p -> p.is(actor)).orElse(false);
    }

    /** Whether the actor is the person holding a role; chat users only by user id (or the on-call file's ids). */
    static boolean same(Person holder, Person actor, OnCallDirectory directory) {
        boolean chatActor = actor.userId != null
                && (actor.platform == Platform.SLACK || actor.platform == Platform.DISCORD);
        if (chatActor) {
            if (holder.userId != null && holder.platform == actor.platform && holder.userId.equals(actor.userId)) {
                return true;
            }
            return directory.find(holder).map(p -> p.is(actor)).orElse(false);
        }
        if (actor.platform == Platform.API) {
            return holder.displayName.equalsIgnoreCase(actor.displayName)
                    || directory.find(holder).map(p -> p.is(actor)).orElse(false);
        }
        return false;
    }
}
