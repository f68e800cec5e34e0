package io.warroom.oncall;

import io.warroom.incident.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the on-call file says: people, teams and which team answers for which service. */
public record OnCallDirectory(Map<String, OnCallPerson> people, Map<String, Team> teams, String defaultTeam) {

    public OnCallDirectory {
        people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
        teams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(teams));
    }

    public static OnCallDirectory empty() {
        return new OnCallDirectory(Map.of(), Map.of(), null);
    }

    public boolean isEmpty() {
        return teams.isEmpty() && people.isEmpty();
    }

    /** The team listing the service, else the default team; empty when neither exists. */
    public Optional<Team> teamFor(String service) {
        Optional<Team> owner = teams.values().stream().filter(t -> t.owns(service)).findFirst();
        return owner.or(() -> Optional.ofNullable(defaultTeam).map(teams::get));
    }

    /** Whether a team lists the service by name (the default team does not count). */
    public boolean lists(String service) {
        return teams.values().stream().anyMatch(t -> t.owns(service));
    }

    public Optional<Team> team(String name) {
        return Optional.ofNullable(teams.get(name));
    }

    public Optional<OnCallPerson> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** The file's entry for a person met in a command, an action item's owner or a role. */
    public Optional<OnCallPerson> find(Person person) {
        if (person == null) {
            return Optional.empty();
        }
        Optional<OnCallPerson> byId = people.values().stream().filter(p -> p.is(person)).findFirst();
        if (byId.isPresent() || person.userId == null) {
            return byId;
        }
        return people.values().stream().filter(p -> p.hasChatId(person.userId)).findFirst();
    }

    public Collection<Team> allTeams() {
        return teams.values();
    }
}
