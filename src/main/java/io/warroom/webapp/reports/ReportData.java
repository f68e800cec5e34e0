package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.time.LocalDate;
import java.util.List;

/** Every number the reports page and its CSV files show, computed once from the two reads. */
public record ReportData(ReportRange range, LocalDate today, int incidentCount, List<WeeklyCounts.Row> weekly,
        List<ResponseTimes.Row<ReportWeek>> responseByWeek, List<ResponseTimes.Row<Severity>> responseBySeverity,
        List<TopServices.Row> topServices, List<OwnerLoad.Row> owners, List<OpenActionItem> overdue) {

    public static ReportData compute(ReportRange range, LocalDate today, List<IncidentFacts> incidents,
            List<OpenActionItem> openItems) {
        List<IncidentFacts> inRange = incidents.stream().filter(i -> range.contains(i.openedAt())).toList();
        return new ReportData(range, today, inRange.size(), WeeklyCounts.of(range, inRange),
                ResponseTimes.byWeek(range, inRange), ResponseTimes.bySeverity(inRange),
                TopServices.of(inRange, TopServices.LIMIT), OwnerLoad.of(openItems, today),
                OwnerLoad.overdue(openItems, today));
    }

    public int openActionItems() {
        return owners.stream().mapToInt(OwnerLoad.Row::open).sum();
    }
}
