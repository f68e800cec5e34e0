package io.warroom.oncall;

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
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the on-call YAML file (format in README) into an {@link OnCallDirectory}, refusing anything unclear. */
public final class OnCallFile {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    private static final Duration DEFAULT_LENGTH = Duration.ofDays(7);
    private static final LocalTime DEFAULT_HANDOFF = LocalTime.of(9, 0);
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

    private OnCallFile() {
    }

    public static OnCallDirectory parse(String yaml, String source, ZoneId defaultZone) {
        YamlNode root = YamlNode.read(yaml, source).allowOnly(Set.of("zone", "people", "teams", "default_team"));
        ZoneId zone = root.has("zone") ? zone(root.get("zone")) : defaultZone;
        Map<String, OnCallPerson> people = new LinkedHashMap<>();
        root.entries("people").forEach((id, node) -> people.put(id, person(id, node)));
        Map<String, Team> teams = new LinkedHashMap<>();
        root.entries("teams").forEach((name, node) -> teams.put(name, team(name, node, people, zone)));
        String defaultTeam = root.text("default_team").orElse(null);
        if (defaultTeam != null && !teams.containsKey(defaultTeam)) {
            throw root.get("default_team").error("no team `" + defaultTeam + "` in teams (known: "
                    + String.join(", ", teams.keySet()) + ")");
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (Team team : teams.values()) {
            for (String service : team.services()) {
                String before = owners.put(service.toLowerCase(java.util.Locale.ROOT), team.name());
                if (before != null) {
                    throw root.get("teams").get(team.name()).error("service `" + service + "` is also listed by team `"
                            + before + "`; a service has one owning team");
                }
            }
        }
        return new OnCallDirectory(people, teams, defaultTeam);
    }

    private static OnCallPerson person(String id, YamlNode node) {
        requireId(id, node);
        if (!node.isMapping()) {
            throw node.error("a person is a mapping with name and slack and/or discord ids, e.g. "
                    + "{ name: Ana Lima, slack: U01ANA }");
        }
        node.allowOnly(Set.of("name", "slack", "discord"));
        String slack = node.text("slack").orElse(null);
        String discord = node.text("discord").orElse(null);
        if (slack != null && !slack.matches("[A-Z0-9]{2,32}")) {
            throw node.get("slack").error("`" + slack + "` is not a Slack user id (like U01ABCDEF)");
        }
        if (discord != null && !discord.matches("\\d{5,25}")) {
            throw node.get("discord").error("`" + discord + "` is not a Discord user id (a long number; quote it)");
        }
        return new OnCallPerson(id, node.text("name").orElse(id), slack, discord);
    }

    private static Team team(String name, YamlNode node, Map<String, OnCallPerson> people, ZoneId fileZone) {
        requireId(name, node);
        node.allowOnly(Set.of("services", "rotations", "overrides", "escalation", "repeat",
                "pagerduty_routing_key_env"));
        List<String> services = node.texts("services");
        Map<String, Rotation> rotations = new LinkedHashMap<>();
        node.required("rotations").entries().forEach((rotationName, r) ->
                rotations.put(rotationName, rotation(rotationName, r, people, fileZone)));
        if (rotations.isEmpty()) {
            throw node.get("rotations").error("a team needs at least one rotation");
        }
        List<RotationOverride> overrides = new ArrayList<>();
        for (YamlNode o : node.items("overrides")) {
            overrides.add(override(o, rotations, people));
        }
        List<EscalationLevel> levels = new ArrayList<>();
        for (YamlNode level : node.items("escalation")) {
            levels.add(level(level, rotations, people));
        }
        if (levels.isEmpty()) {
            rotations.keySet().forEach(r -> levels.add(new EscalationLevel(
                    List.of(new EscalationLevel.RotationTarget(r)), DEFAULT_WAIT)));
        }
        int repeat = node.integer("repeat").orElse(0);
        if (repeat < 0 || repeat > 10) {
            throw node.get("repeat").error("must be 0-10 (extra passes through the levels)");
        }
        String keyEnv = node.text("pagerduty_routing_key_env").orElse(null);
        if (keyEnv != null && !ENV_NAME.matcher(keyEnv).matches()) {
            throw node.get("pagerduty_routing_key_env").error("must name an environment variable (e.g. "
                    + "PAGERDUTY_KEY_PAYMENTS); the key itself never goes in this file");
        }
        return new Team(name, services, rotations, overrides, new EscalationPolicy(levels, repeat), keyEnv);
    }

    private static Rotation rotation(String name, YamlNode node, Map<String, OnCallPerson> people, ZoneId fileZone) {
        requireId(name, node);
        node.allowOnly(Set.of("people", "length", "start", "handoff", "zone"));
        List<OnCallPerson> members = new ArrayList<>();
        YamlNode list = node.required("people");
        List<YamlNode> items = list.items();
        if (items.isEmpty()) {
            throw list.error("a rotation needs at least one person");
        }
        for (YamlNode item : items) {
            members.add(personRef(item, people));
        }
        Duration length = node.duration("length").orElse(DEFAULT_LENGTH);
        if (length.compareTo(Duration.ofHours(1)) < 0) {
            throw node.get("length").error("a turn must last at least 1h");
        }
        LocalDate start = date(node.required("start"));
        LocalTime handoff = node.has("handoff") ? time(node.get("handoff")) : DEFAULT_HANDOFF;
        ZoneId zone = node.has("zone") ? zone(node.get("zone")) : fileZone;
        return new Rotation(name, members, length, start, handoff, zone);
    }

    private static RotationOverride override(YamlNode node, Map<String, Rotation> rotations,
            Map<String, OnCallPerson> people) {
        node.allowOnly(Set.of("rotation", "person", "from", "until"));
        String rotation;
        if (node.has("rotation")) {
            rotation = node.requiredText("rotation");
            if (!rotations.containsKey(rotation)) {
                throw node.get("rotation").error("no rotation `" + rotation + "` in this team (known: "
                        + String.join(", ", rotations.keySet()) + ")");
            }
        } else if (rotations.size() == 1) {
            rotation = rotations.keySet().iterator().next();
        } else {
            throw node.error("`rotation` is required: the team has several (" + String.join(", ", rotations.keySet())
                    + ")");
        }
        ZoneId zone = rotations.get(rotation).zone();
        OnCallPerson person = personRef(node.required("person"), people);
        Instant from = instant(node.required("from"), zone);
        Instant until = instant(node.required("until"), zone);
        if (!until.isAfter(from)) {
            throw node.get("until").error("must be after `from`");
        }
        return new RotationOverride(rotation, person, from, until);
    }

    private static EscalationLevel level(YamlNode node, Map<String, Rotation> rotations,
            Map<String, OnCallPerson> people) {
        node.allowOnly(Set.of("notify", "wait"));
        List<EscalationLevel.Target> targets = new ArrayList<>();
        YamlNode notify = node.required("notify");
        List<String> names = node.texts("notify");
        if (names.isEmpty()) {
            throw notify.error("name at least one rotation or person to page");
        }
        for (String name : names) {
            boolean isRotation = rotations.containsKey(name);
            boolean isPerson = people.containsKey(name);
            if (isRotation && isPerson) {
                throw notify.error("`" + name + "` is both a rotation of this team and a person; rename one");
            }
            if (isRotation) {
                targets.add(new EscalationLevel.RotationTarget(name));
            } else if (isPerson) {
                targets.add(new EscalationLevel.PersonTarget(people.get(name)));
            } else {
                throw notify.error("`" + name + "` is neither a rotation of this team (" + String.join(", ",
                        rotations.keySet()) + ") nor a person in people");
            }
        }
        Duration wait = node.duration("wait").orElse(DEFAULT_WAIT);
        if (wait.compareTo(Duration.ofMinutes(1)) < 0) {
            throw node.get("wait").error("wait at least 1m for an acknowledgement");
        }
        return new EscalationLevel(targets, wait);
    }

    private static OnCallPerson personRef(YamlNode node, Map<String, OnCallPerson> people) {
        String id = node.scalar();
        OnCallPerson person = people.get(id);
        if (person == null) {
            throw node.error("no person `" + id + "` in people (known: " + String.join(", ", people.keySet()) + ")");
        }
        return person;
    }

    private static void requireId(String id, YamlNode node) {
        if (!ID.matcher(id).matches()) {
            throw node.error("`" + id + "` is not a usable name (letters, digits, `.`, `-`, `_`)");
        }
    }

    private static ZoneId zone(YamlNode node) {
        String text = node.scalar();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw node.error("`" + text + "` is not a time zone; use a name such as Europe/Berlin or UTC");
        }
    }

    private static LocalDate date(YamlNode node) {
        String text = node.scalar();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.error("`" + text + "` is not a date; write YYYY-MM-DD");
        }
    }

    private static LocalTime time(YamlNode node) {
        String text = node.scalar();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw node.error("`" + text + "` is not a time of day; write HH:MM in quotes, e.g. \"09:00\"");
        }
    }

    /** A local date-time in the rotation's zone, or one with an offset. */
    private static Instant instant(YamlNode node, ZoneId zone) {
        String text = node.scalar().replace(' ', 'T');
        try {
            if (text.matches(".*([zZ]|[+-]\\d{2}:?\\d{2})$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw node.error("`" + node.scalar() + "` is not a date and time; write YYYY-MM-DDTHH:MM (in the "
                    + "rotation's zone) or add an offset");
        }
    }
}
