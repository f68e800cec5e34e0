package io.warroom.reply;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.i18n.TimeTexts;
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

    /** The words of the card and its pieces in a language. */
    public static CardMessages words(Language language) {
        return Bundles.in(CardMessages.class, language);
    }

    public static String progress(Phase current) {
        return progress(current, Language.EN);
    }

    /** "✅ Detect → ▶️ Triage → Mitigate → RCA → Recover → Postmortem", the phases named in language. */
    public static String progress(Phase current, Language language) {
        List<String> steps = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            String label = phase.label(language);
            if (phase.ordinal() < current.ordinal()) {
                steps.add("✅ " + label);
            } else if (phase == current) {
                steps.add("▶️ " + label);
            } else {
                steps.add(label);
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
                .map(r -> r.label(incident.language()) + ": " + role(incident, r)).collect(Collectors.joining(" · "));
    }

    /** The current phase's checklist, numbered as {@code check <n>} expects. */
    public static String checklist(IncidentSnapshot incident, Phase phase) {
        return incident.checklist(phase).stream()
                .map(c -> (c.done() ? "☑ " : "☐ ") + c.position() + ". " + c.text())
                .collect(Collectors.joining("\n"));
    }

    public static String lastUpdate(IncidentSnapshot incident, ZoneId zone) {
        if (incident.lastUpdate() == null) {
            return words(incident.language()).noUpdate();
        }
        return incident.lastUpdate() + " (" + time(incident.lastUpdateAt(), zone) + ")";
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone)) + " " + zoneLabel(zone);
    }

    public static String duration(Duration d) {
        return duration(d, Language.EN);
    }

    /** "1h 5m", "1시간 5분". */
    public static String duration(Duration d, Language language) {
        return TimeTexts.in(language).duration(d);
    }

    public static String duration(Optional<Duration> d) {
        return duration(d, Language.EN);
    }

    public static String duration(Optional<Duration> d, Language language) {
        return d.map(x -> duration(x, language)).orElse("—");
    }

    private static String zoneLabel(ZoneId zone) {
        return zone.getId().equals("Z") || zone.getId().equals("UTC") ? "UTC" : zone.getId();
    }
}
