package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbers behind each chart as CSV: fixed English column names and keys (SEV1, acknowledge) so scripts can
 * read them whatever the page's language; durations in seconds, empty when no incident reached the milestone.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(ReportChart chart, ReportData data) {
        return switch (chart) {
            case INCIDENTS_BY_WEEK -> incidentsByWeek(data);
            case RESPONSE_BY_WEEK -> responseByWeek(data);
            case RESPONSE_BY_SEVERITY -> responseBySeverity(data);
            case TOP_SERVICES -> topServices(data);
            case ACTION_ITEMS -> actionItems(data);
        };
    }

    private static String incidentsByWeek(ReportData data) {
        Csv csv = new Csv("week", "week_start", "SEV1", "SEV2", "SEV3", "SEV4", "total");
        for (WeeklyCounts.Row row : data.weekly()) {
            List<Object> cells = new ArrayList<>(List.of(row.week().label(), row.week().monday()));
            for (Severity severity : Severity.values()) {
                cells.add(row.count(severity));
            }
            cells.add(row.total());
            csv.row(cells);
        }
        return csv.toString();
    }

    private static String responseByWeek(ReportData data) {
        Csv csv = new Csv("week", "week_start", "milestone", "incidents", "median_seconds", "p90_seconds");
        for (ResponseTimes.Row<ReportWeek> row : data.responseByWeek()) {
            for (Milestone milestone : Milestone.values()) {
                ResponseStats stats = row.of(milestone);
                csv.row(row.group().label(), row.group().monday(), milestone.key(), stats.count(),
                        seconds(stats.median()), seconds(stats.p90()));
            }
        }
        return csv.toString();
    }

    private static String responseBySeverity(ReportData data) {
        Csv csv = new Csv("severity", "milestone", "incidents", "median_seconds", "p90_seconds");
        for (ResponseTimes.Row<Severity> row : data.responseBySeverity()) {
            for (Milestone milestone : Milestone.values()) {
                ResponseStats stats = row.of(milestone);
                csv.row(row.group().label(), milestone.key(), stats.count(), seconds(stats.median()),
                        seconds(stats.p90()));
            }
        }
        return csv.toString();
    }

    private static String topServices(ReportData data) {
        Csv csv = new Csv("service", "incidents");
        data.topServices().forEach(row -> csv.row(row.service(), row.count()));
        return csv.toString();
    }

    private static String actionItems(ReportData data) {
        Csv csv = new Csv("owner", "open", "overdue");
        data.owners().forEach(row -> csv.row(row.owner(), row.open(), row.overdue()));
        return csv.toString();
    }

    /** Seconds with up to millisecond precision and no trailing zeros: 90, 37.5. */
    static String seconds(Optional<Duration> duration) {
        return duration.map(d -> BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString())
                .orElse("");
    }
}
