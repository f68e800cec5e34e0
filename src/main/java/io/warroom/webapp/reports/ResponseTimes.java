package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Time to acknowledge, mitigate and resolve, grouped by the local week an incident was opened in or by severity.
 * An incident counts towards a milestone only once it has reached it.
 */
public final class ResponseTimes {

    public record Row<K>(K group, Map<Milestone, ResponseStats> stats) {
        public ResponseStats of(Milestone milestone) {
            return stats.get(milestone);
        }
    }

    private ResponseTimes() {
    }

    public static List<Row<ReportWeek>> byWeek(ReportRange range, List<IncidentFacts> incidents) {
        return group(range.allWeeks(), week -> incident -> range.weekOf(incident.openedAt()).equals(week), incidents);
    }

    public static List<Row<Severity>> bySeverity(List<IncidentFacts> incidents) {
        return group(List.of(Severity.values()), severity -> incident -> incident.severity() == severity, incidents);
    }

    private static <K> List<Row<K>> group(List<K> groups, Function<K, Predicate<IncidentFacts>> member,
            List<IncidentFacts> incidents) {
        List<Row<K>> rows = new ArrayList<>();
        for (K group : groups) {
            List<IncidentFacts> in = incidents.stream().filter(member.apply(group)).toList();
            Map<Milestone, ResponseStats> stats = new EnumMap<>(Milestone.class);
            for (Milestone milestone : Milestone.values()) {
                List<Duration> durations = in.stream().flatMap(i -> milestone.of(i).stream()).toList();
                stats.put(milestone, ResponseStats.of(durations));
            }
            rows.add(new Row<>(group, stats));
        }
        return rows;
    }
}
