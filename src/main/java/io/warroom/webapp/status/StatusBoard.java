package io.warroom.webapp.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Derives the public status from incident facts and public updates; no HTTP, no database.
 * <ul>
 * <li>Listed services: the configured ones, or else those of the incidents of the last 90 days.</li>
 * <li>A service's state is the worst of its open incidents' severities ({@link ServiceState#of}).</li>
 * <li>An incident is shown while open when it is on a listed service or has a public update; a past one only when it
 * has a public update. One on no listed service is shown without naming its service.</li>
 * <li>History: per UTC day of the last 90 and per service, the worst state of the incidents that were open that
 * day, at their current severity.</li>
 * </ul>
 */
final class StatusBoard {

    static final Duration HISTORY = Duration.ofDays(90);
    static final int HISTORY_DAYS = 90;

    private final String title;
    private final String logoText;
    private final List<String> configuredServices;

    StatusBoard(String title, String logoText, List<String> configuredServices) {
        this.title = title;
        this.logoText = logoText;
        this.configuredServices = configuredServices.stream().map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    StatusView view(List<IncidentFacts> incidents, List<UpdateFacts> updates, Instant now) {
        Instant from = now.minus(HISTORY);
        List<IncidentFacts> recent = incidents.stream()
                .filter(i -> i.open() || (i.resolvedAt() != null && !i.resolvedAt().isBefore(from))).toList();
        List<String> services = configuredServices.isEmpty() ? recent.stream().map(IncidentFacts::service)
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.toCollection(TreeSet::new)).stream().toList()
                : configuredServices;
        Set<String> listed = Set.copyOf(services);
        Map<Long, List<StatusView.Update>> updatesOf = updates.stream().collect(Collectors.groupingBy(
                UpdateFacts::incidentNumber, LinkedHashMap::new, Collectors.mapping(u -> new StatusView.Update(u.id(),
                        u.at(), PublicState.of(u.phase()), u.text()), Collectors.toList())));

        List<StatusView.Incident> current = new ArrayList<>();
        List<StatusView.Incident> past = new ArrayList<>();
        for (IncidentFacts incident : recent) {
            List<StatusView.Update> its = updatesOf.getOrDefault(incident.number(), List.of()).stream()
                    .sorted(Comparator.comparing(StatusView.Update::at).thenComparing(StatusView.Update::id)).toList();
            boolean onListed = incident.service() != null && listed.contains(incident.service());
            StatusView.Incident shown = new StatusView.Incident(incident.number(),
                    ServiceState.of(incident.severity()), onListed ? incident.service() : null,
                    PublicState.of(incident.status(), incident.phase()), incident.startedAt(), incident.resolvedAt(),
                    its);
            if (incident.open() && (onListed || !its.isEmpty())) {
                current.add(shown);
            } else if (!incident.open() && !its.isEmpty()) {
                past.add(shown);
            }
        }
        current.sort(Comparator.comparing(StatusView.Incident::impact).reversed()
                .thenComparing(StatusView.Incident::startedAt));
        past.sort(Comparator.comparing(StatusView.Incident::resolvedAt).reversed());

        List<LocalDate> days = days(now);
        List<StatusView.Service> rows = services.stream().map(s -> service(s, recent, days, now)).toList();
        ServiceState overall = current.stream().map(StatusView.Incident::impact)
                .reduce(ServiceState.OPERATIONAL, ServiceState::worst);
        return new StatusView(title, logoText, overall, rows, current, past, days, now);
    }

    private static StatusView.Service service(String name, List<IncidentFacts> incidents, List<LocalDate> days,
            Instant now) {
        List<IncidentFacts> its = incidents.stream().filter(i -> name.equals(i.service())).toList();
        ServiceState state = its.stream().filter(IncidentFacts::open).map(i -> ServiceState.of(i.severity()))
                .reduce(ServiceState.OPERATIONAL, ServiceState::worst);
        List<StatusView.Day> history = days.stream().map(day -> new StatusView.Day(day, its.stream()
                .filter(i -> openOn(i, day, now)).map(i -> ServiceState.of(i.severity()))
                .reduce(ServiceState.OPERATIONAL, ServiceState::worst))).toList();
        return new StatusView.Service(name, state, history);
    }

    /** Whether the incident's impact overlapped the UTC day. */
    private static boolean openOn(IncidentFacts incident, LocalDate day, Instant now) {
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = incident.resolvedAt() == null ? now : incident.resolvedAt();
        return incident.startedAt().isBefore(dayEnd) && !end.isBefore(dayStart);
    }

    /** The last 90 UTC days, today last. */
    static List<LocalDate> days(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>(HISTORY_DAYS);
        for (int back = HISTORY_DAYS - 1; back >= 0; back--) {
            days.add(today.minusDays(back));
        }
        return days;
    }
}
