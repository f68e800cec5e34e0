package io.warroom.oncall;

import io.warroom.i18n.Language;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.warroom.config.YamlFile;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the on-call YAML file (format in docs/oncall-and-runbooks.md) into an {@link OnCallDirectory}, refusing
 * anything unclear.
 */
public final class OnCallFile {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    private static final Duration DEFAULT_LENGTH = Duration.ofDays(7);
    private static final LocalTime DEFAULT_HANDOFF = LocalTime.of(9, 0);
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

    private OnCallFile() {
    }

    /** The file as written, key for key; the checks below turn it into the directory. */
    record FileYaml(String zone, Map<String, PersonYaml> people, Map<String, TeamYaml> teams, String defaultTeam) {
    }

    @JsonClassDescription("a person is a mapping with name, slack and/or discord ids and optionally a web account, "
            + "e.g. { name: Ana Lima, slack: U01ANA, web: ana }")
    record PersonYaml(String name, String slack, String discord, String web) {
    }

    record TeamYaml(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> services,
            @JsonSetter(nulls = Nulls.SET) Map<String, RotationYaml> rotations, List<OverrideYaml> overrides,
            List<LevelYaml> escalation, Integer repeat, String pagerdutyRoutingKeyEnv, String language, String zone) {
    }

    record RotationYaml(@JsonSetter(nulls = Nulls.SET) List<String> people, Duration length, String start,
            String handoff, String zone) {
    }

    record OverrideYaml(String rotation, String person, String from, String until) {
    }

    /** notify and wait are methods of every object, so the components have other names. */
    record LevelYaml(@JsonProperty("notify") @JsonSetter(nulls = Nulls.SET)
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> targets,
            @JsonProperty("wait") Duration ackWait) {
    }

    public static OnCallDirectory parse(String yaml, String source, ZoneId defaultZone) {
        YamlFile file = YamlFile.read(yaml, source, false);
        FileYaml root = file.bind(FileYaml.class);
        ZoneId zone = root.zone() == null ? defaultZone : zone(file, "zone", root.zone());
        Map<String, OnCallPerson> people = new LinkedHashMap<>();
        root.people().forEach((id, person) -> people.put(id, person(file, id, person)));
        Map<String, Team> teams = new LinkedHashMap<>();
        root.teams().forEach((name, team) -> teams.put(name, team(file, name, team, people, zone)));
        String defaultTeam = root.defaultTeam();
        if (defaultTeam != null && !teams.containsKey(defaultTeam)) {
            throw file.error("default_team", "no team `" + defaultTeam + "` in teams (known: "
                    + String.join(", ", teams.keySet()) + ")");
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (Team team : teams.values()) {
            for (String service : team.services()) {
                String before = owners.put(service.toLowerCase(java.util.Locale.ROOT), team.name());
                if (before != null) {
                    throw file.error("teams." + team.name(), "service `" + service + "` is also listed by team `"
                            + before + "`; a service has one owning team");
                }
            }
        }
        return new OnCallDirectory(people, teams, defaultTeam);
    }

    private static OnCallPerson person(YamlFile file, String id, PersonYaml person) {
        String path = "people." + id;
        requireId(file, path, id);
        if (person.slack() != null && !person.slack().matches("[A-Z0-9]{2,32}")) {
            throw file.error(path + ".slack", "`" + person.slack() + "` is not a Slack user id (like U01ABCDEF)");
        }
        if (person.discord() != null && !person.discord().matches("\\d{5,25}")) {
            throw file.error(path + ".discord", "`" + person.discord() + "` is not a Discord user id (a long number; "
                    + "quote it)");
        }
        if (person.web() != null && !OnCallPerson.WEB_USER.matcher(person.web()).matches()) {
            throw file.error(path + ".web", "`" + person.web() + "` is not a web account's user name (lower-case "
                    + "letters, digits, dot, dash, underscore)");
        }
        return new OnCallPerson(id, person.name() == null ? id : person.name(), person.slack(), person.discord(),
                person.web());
    }

    private static Team team(YamlFile file, String name, TeamYaml team, Map<String, OnCallPerson> people,
            ZoneId fileZone) {
        String path = "teams." + name;
        requireId(file, path, name);
        Map<String, Rotation> rotations = new LinkedHashMap<>();
        file.required(team.rotations(), path, "rotations").forEach((rotationName, r) -> rotations.put(rotationName,
                rotation(file, path + ".rotations." + rotationName, rotationName, r, people, fileZone)));
        if (rotations.isEmpty()) {
            throw file.error(path + ".rotations", "a team needs at least one rotation");
        }
        List<RotationOverride> overrides = new ArrayList<>();
        for (int i = 0; i < team.overrides().size(); i++) {
            overrides.add(override(file, path + ".overrides[" + i + "]", team.overrides().get(i), rotations,
                    people));
        }
        List<EscalationLevel> levels = new ArrayList<>();
        for (int i = 0; i < team.escalation().size(); i++) {
            levels.add(level(file, path + ".escalation[" + i + "]", team.escalation().get(i), rotations,
                    people));
        }
        if (levels.isEmpty()) {
            rotations.keySet().forEach(r -> levels.add(new EscalationLevel(
                    List.of(new EscalationLevel.RotationTarget(r)), DEFAULT_WAIT)));
        }
        int repeat = team.repeat() == null ? 0 : team.repeat();
        if (repeat < 0 || repeat > 10) {
            throw file.error(path + ".repeat", "must be 0-10 (extra passes through the levels)");
        }
        String keyEnv = team.pagerdutyRoutingKeyEnv();
        if (keyEnv != null && !ENV_NAME.matcher(keyEnv).matches()) {
            throw file.error(path + ".pagerduty_routing_key_env", "must name an environment variable (e.g. "
                    + "PAGERDUTY_KEY_PAYMENTS); the key itself never goes in this file");
        }
        Language language = null;
        if (team.language() != null) {
            language = Language.parse(team.language()).orElseThrow(() -> file.error(path + ".language",
                    "`" + team.language() + "` is not a language Warroom speaks (" + Language.names() + ")"));
        }
        ZoneId zone = team.zone() == null ? fileZone : zone(file, path + ".zone", team.zone());
        return new Team(name, team.services(), rotations, overrides, new EscalationPolicy(levels, repeat), keyEnv,
                language, zone);
    }

    private static Rotation rotation(YamlFile file, String path, String name, RotationYaml rotation,
            Map<String, OnCallPerson> people, ZoneId fileZone) {
        requireId(file, path, name);
        List<String> ids = file.required(rotation.people(), path, "people");
        if (ids.isEmpty()) {
            throw file.error(path + ".people", "a rotation needs at least one person");
        }
        List<OnCallPerson> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            members.add(personRef(file, path + ".people[" + i + "]", ids.get(i), people));
        }
        Duration length = rotation.length() == null ? DEFAULT_LENGTH : rotation.length();
        if (length.compareTo(Duration.ofHours(1)) < 0) {
            throw file.error(path + ".length", "a turn must last at least 1h");
        }
        LocalDate start = date(file, path + ".start", file.required(rotation.start(), path, "start"));
        LocalTime handoff = rotation.handoff() == null ? DEFAULT_HANDOFF
                : time(file, path + ".handoff", rotation.handoff());
        ZoneId zone = rotation.zone() == null ? fileZone : zone(file, path + ".zone", rotation.zone());
        return new Rotation(name, members, length, start, handoff, zone);
    }

    private static RotationOverride override(YamlFile file, String path, OverrideYaml override,
            Map<String, Rotation> rotations, Map<String, OnCallPerson> people) {
        String rotation = override.rotation();
        if (rotation != null) {
            if (!rotations.containsKey(rotation)) {
                throw file.error(path + ".rotation", "no rotation `" + rotation + "` in this team (known: "
                        + String.join(", ", rotations.keySet()) + ")");
            }
        } else if (rotations.size() == 1) {
            rotation = rotations.keySet().iterator().next();
        } else {
            throw file.error(path, "`rotation` is required: the team has several (" + String.join(", ",
                    rotations.keySet()) + ")");
        }
        ZoneId zone = rotations.get(rotation).zone();
        OnCallPerson person = personRef(file, path + ".person", file.required(override.person(), path, "person"),
                people);
        Instant from = instant(file, path + ".from", file.required(override.from(), path, "from"), zone);
        Instant until = instant(file, path + ".until", file.required(override.until(), path, "until"), zone);
        if (!until.isAfter(from)) {
            throw file.error(path + ".until", "must be after `from`");
        }
        return new RotationOverride(rotation, person, from, until);
    }

    private static EscalationLevel level(YamlFile file, String path, LevelYaml level, Map<String, Rotation> rotations,
            Map<String, OnCallPerson> people) {
        String notify = path + ".notify";
        List<String> names = file.required(level.targets(), path, "notify");
        if (names.isEmpty()) {
            throw file.error(notify, "name at least one rotation or person to page");
        }
        List<EscalationLevel.Target> targets = new ArrayList<>();
        for (String name : names) {
            boolean isRotation = rotations.containsKey(name);
            boolean isPerson = people.containsKey(name);
            if (isRotation && isPerson) {
                throw file.error(notify, "`" + name + "` is both a rotation of this team and a person; rename one");
            }
            if (isRotation) {
                targets.add(new EscalationLevel.RotationTarget(name));
            } else if (isPerson) {
                targets.add(new EscalationLevel.PersonTarget(people.get(name)));
            } else {
                throw file.error(notify, "`" + name + "` is neither a rotation of this team (" + String.join(", ",
                        rotations.keySet()) + ") nor a person in people");
            }
        }
        Duration wait = level.ackWait() == null ? DEFAULT_WAIT : level.ackWait();
        if (wait.compareTo(Duration.ofMinutes(1)) < 0) {
            throw file.error(path + ".wait", "wait at least 1m for an acknowledgement");
        }
        return new EscalationLevel(targets, wait);
    }

    private static OnCallPerson personRef(YamlFile file, String path, String id, Map<String, OnCallPerson> people) {
        OnCallPerson person = people.get(id);
        if (person == null) {
            throw file.error(path, "no person `" + id + "` in people (known: " + String.join(", ", people.keySet()) + ")");
        }
        return person;
    }

    private static void requireId(YamlFile file, String path, String id) {
        if (!ID.matcher(id).matches()) {
            throw file.error(path, "`" + id + "` is not a usable name (letters, digits, `.`, `-`, `_`)");
        }
    }

    private static ZoneId zone(YamlFile file, String path, String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw file.error(path, "`" + text + "` is not a time zone; use a name such as Europe/Berlin or UTC");
        }
    }

    private static LocalDate date(YamlFile file, String path, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw file.error(path, "`" + text + "` is not a date; write YYYY-MM-DD");
        }
    }

    private static LocalTime time(YamlFile file, String path, String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw file.error(path, "`" + text + "` is not a time of day; write HH:MM in quotes, e.g. \"09:00\"");
        }
    }

    /** A local date-time in the rotation's zone, or one with an offset. */
    private static Instant instant(YamlFile file, String path, String written, ZoneId zone) {
        String text = written.replace(' ', 'T');
        try {
            if (text.matches(".*([zZ]|[+-]\\d{2}:?\\d{2})$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw file.error(path, "`" + written + "` is not a date and time; write YYYY-MM-DDTHH:MM (in the "
                    + "rotation's zone) or add an offset");
        }
    }
}
