package io.warroom.webapp.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The services with the most incidents; ties in name order. Incidents without a service are not a service. */
public final class TopServices {

    public static final int LIMIT = 10;

    public record Row(String service, int count) {
    }

    private TopServices() {
    }

    public static List<Row> of(List<IncidentFacts> incidents, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (IncidentFacts incident : incidents) {
            if (incident.service() != null && !incident.service().isBlank()) {
                counts.merge(incident.service(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Row::count).reversed().thenComparing(Row::service))
                .limit(limit).toList();
    }
}
