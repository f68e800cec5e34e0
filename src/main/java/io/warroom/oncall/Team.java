package io.warroom.oncall;

import io.warroom.i18n.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team: the services it owns, its rotations, overrides and escalation policy. pagerDutyRoutingKeyEnv names the
 * environment variable holding the team's PagerDuty routing key, when it has its own. language is the team's own
 * choice (null: Warroom's); zone is where the team works, shown beside UTC in its postmortems.
 */
public record Team(String name, List<String> services, Map<String, Rotation> rotations, List<RotationOverride> overrides,
        EscalationPolicy escalation, String pagerDutyRoutingKeyEnv, Language language, ZoneId zone) {

    public Team(String name, List<String> services, Map<String, Rotation> rotations, List<RotationOverride> overrides,
            EscalationPolicy escalation, String pagerDutyRoutingKeyEnv) {
        this(name, services, rotations, overrides, escalation, pagerDutyRoutingKeyEnv, null, ZoneOffset.UTC);
    }

    public Team {
        services = List.copyOf(services);
        rotations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rotations));
        overrides = List.copyOf(overrides);
    }

    /** Who is on call in a rotation at {@code at}, overrides included; until is the next change of person. */
    public Shift onCall(String rotationName, Instant at) {
        Rotation rotation = rotations.get(rotationName);
        if (rotation == null) {
            throw new IllegalArgumentException(name + " has no rotation " + rotationName);
        }
        for (RotationOverride o : overridesOf(rotationName)) {
            if (o.covers(at)) {
                return new Shift(rotationName, o.person(), o.from(), o.until(), true);
            }
        }
        Shift turn = rotation.turnAt(at);
        Instant until = turn.until();
        Instant from = turn.from();
        for (RotationOverride o : overridesOf(rotationName)) {
            if (o.from().isAfter(at) && o.from().isBefore(until)) {
                until = o.from();
            }
            if (!o.until().isAfter(at) && o.until().isAfter(from)) {
                from = o.until();
            }
        }
        return new Shift(rotationName, turn.person(), from, until, false);
    }

    /** The shift after the current one: who takes over at the next change. */
    public Shift next(String rotationName, Instant at) {
        return onCall(rotationName, onCall(rotationName, at).until());
    }

    /** Everyone a level pages at {@code at}, each once, in the level's order. */
    public List<OnCallPerson> paged(EscalationLevel level, Instant at) {
        Set<OnCallPerson> people = new LinkedHashSet<>();
        for (EscalationLevel.Target target : level.targets()) {
            if (target instanceof EscalationLevel.RotationTarget r) {
                people.add(onCall(r.rotation(), at).person());
            } else if (target instanceof EscalationLevel.PersonTarget p) {
                people.add(p.person());
            }
        }
        return new ArrayList<>(people);
    }

    /** Everyone on call in any of the team's rotations at {@code at}. */
    public List<OnCallPerson> onCallNow(Instant at) {
        Set<OnCallPerson> people = new LinkedHashSet<>();
        rotations.keySet().forEach(r -> people.add(onCall(r, at).person()));
        return new ArrayList<>(people);
    }

    public boolean owns(String service) {
        return service != null && services.stream().anyMatch(s -> s.equalsIgnoreCase(service.strip()));
    }

    public Optional<String> pagerDutyKeyEnv() {
        return Optional.ofNullable(pagerDutyRoutingKeyEnv);
    }

    private List<RotationOverride> overridesOf(String rotationName) {
        return overrides.stream().filter(o -> o.rotation().equals(rotationName)).toList();
    }
}
