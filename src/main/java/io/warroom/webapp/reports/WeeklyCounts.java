package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Incidents opened per local week of the range, by severity; weeks without incidents are there with zeros. */
public final class WeeklyCounts {

    public record Row(ReportWeek week, Map<Severity, Integer> bySeverity) {
        public int count(Severity severity) {
            return bySeverity.getOrDefault(severity, 0);
        }

        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private WeeklyCounts() {
    }

    public static List<Row> of(ReportRange range, List<IncidentFacts> incidents) {
        Map<ReportWeek, Map<Severity, Integer>> rows = new LinkedHashMap<>();
        for (ReportWeek week : range.allWeeks()) {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                counts.put(s, 0);
            }
            rows.put(week, counts);
        }
        for (IncidentFacts incident : incidents) {
            Map<Severity, Integer> counts = rows.get(range.weekOf(incident.openedAt()));
            if (counts != null) {
                counts.merge(incident.severity(), 1, Integer::sum);
            }
        }
        List<Row> result = new ArrayList<>();
        rows.forEach((week, counts) -> result.add(new Row(week, counts)));
        return result;
    }
}
