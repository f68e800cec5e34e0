package io.warroom.reply;

import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentSnapshot.PersonView;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plain-text pieces of an incident that every surface shows the same way: progress, roles, checklist. */
public final class IncidentText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private IncidentText() {
    }

    /** "✅ Detect → ▶️ Triage → Mitigate → RCA → Recover → Postmortem". */
    public static String progress(Phase current) {
        List<String> steps = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (phase.ordinal() < current.ordinal()) {
                steps.add("✅ " + phase.label());
            } else if (phase == current) {
                steps.add("▶️ " + phase.label());
            } else {
                steps.add(phase.label());
            }
        }
        return String.join(" → ", steps);
    }

    public static String headline(IncidentSnapshot incident) {
        return incident.key() + " · " + incident.severity().label() + " · " + incident.title();
    }

    public static String person(PersonView person) {
        return person == null ? "—" : person.displayName();
    }

    public static String role(IncidentSnapshot incident, Role role) {
        return incident.role(role).map(IncidentText::person).orElse("—");
    }

    public static String roles(IncidentSnapshot incident) {
        return java.util.Arrays.stream(Role.values())
                .map(r -> r.label() + ": " + role(incident, r)).collect(Collectors.joining(" · "));
    }

    /** The current phase's checklist, numbered as {@code check <n>} expects. */
    public static String checklist(IncidentSnapshot incident, Phase phase) {
        return incident.checklist(phase).stream()
                .map(c -> (c.done() ? "☑ " : "☐ ") + c.position() + ". " + c.text())
                .collect(Collectors.joining("\n"));
    }

    public static String lastUpdate(IncidentSnapshot incident, ZoneId zone) {
        if (incident.lastUpdate() == null) {
            return "No status update yet";
        }
        return incident.lastUpdate() + " (" + time(incident.lastUpdateAt(), zone) + ")";
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone)) + " " + zoneLabel(zone);
    }

    public static String duration(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + "h " + (minutes % 60) + "m" : (hours / 24) + "d " + (hours % 24) + "h";
    }

    public static String duration(Optional<Duration> d) {
        return d.map(IncidentText::duration).orElse("—");
    }

    private static String zoneLabel(ZoneId zone) {
        return zone.getId().equals("Z") || zone.getId().equals("UTC") ? "UTC" : zone.getId();
    }
}
