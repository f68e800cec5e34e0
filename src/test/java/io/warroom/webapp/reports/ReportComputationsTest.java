package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.warroom.incident.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportComputationsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ReportRange YEAR_END = ReportRange.parse("2026-12-21", "2027-01-11", null,
            LocalDate.parse("2027-01-20"), SEOUL);

    private static IncidentFacts incident(long n, Severity severity, String service, String opened,
            Integer ackMinutes, Integer mitigateMinutes, Integer resolveMinutes) {
        Instant at = Instant.parse(opened);
        return new IncidentFacts(n, severity, service, at, plus(at, ackMinutes), plus(at, mitigateMinutes),
                plus(at, resolveMinutes));
    }

    private static Instant plus(Instant at, Integer minutes) {
        return minutes == null ? null : at.plus(Duration.ofMinutes(minutes));
    }

    private static final List<IncidentFacts> INCIDENTS = List.of(
            // Seoul is UTC+9: 2027-01-03T23:30Z is Monday 08:30 of 2027-W01 there.
            incident(1, Severity.SEV1, "checkout", "2027-01-03T23:30:00Z", 4, 30, 120),
            incident(2, Severity.SEV2, "checkout", "2027-01-03T14:00:00Z", 10, 60, null),
            incident(3, Severity.SEV2, "search", "2026-12-31T02:00:00Z", 6, null, null),
            incident(4, Severity.SEV1, "search", "2026-12-22T10:00:00Z", 2, 20, 60),
            incident(5, Severity.SEV4, null, "2027-01-05T01:00:00Z", null, null, null),
            incident(6, Severity.SEV1, "api", "2027-01-06T01:00:00Z", 7, 45, 300));

    @ParameterizedTest(name = "{0}: SEV1 {1}, SEV2 {2}, SEV3 {3}, SEV4 {4}")
    @CsvSource(textBlock = """
            # THEN week, then incidents opened in it by severity
            2026-W52, 1, 0, 0, 0
            2026-W53, 0, 2, 0, 0
            2027-W01, 2, 0, 0, 1
            """)
    void incidentsAreCountedInTheLocalWeekTheyWereOpenedIn(String week, int sev1, int sev2, int sev3, int sev4) {
        WeeklyCounts.Row row = WeeklyCounts.of(YEAR_END, INCIDENTS).stream()
                .filter(r -> r.week().label().equals(week)).findFirst().orElseThrow();

        assertEquals(List.of(sev1, sev2, sev3, sev4),
                List.of(row.count(Severity.SEV1), row.count(Severity.SEV2), row.count(Severity.SEV3),
                        row.count(Severity.SEV4)));
        assertEquals(sev1 + sev2 + sev3 + sev4, row.total());
    }

    @Test
    void weeksWithoutIncidentsArePresentWithZeros() {
        List<WeeklyCounts.Row> rows = WeeklyCounts.of(YEAR_END, INCIDENTS);

        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01", "2027-W02"),
                rows.stream().map(r -> r.week().label()).toList());
        assertEquals(0, rows.get(3).total());
    }

    @ParameterizedTest(name = "{0} {1}: {2} reached, median {3}m, p90 {4}m")
    @CsvSource(nullValues = "none", textBlock = """
            # GIVEN week, milestone       THEN reached, median and p90 in minutes
            2026-W53, ACKNOWLEDGE,        2, 8,    9.6
            2026-W53, MITIGATE,           1, 60,   60
            2026-W53, RESOLVE,            0, none, none
            2027-W01, ACKNOWLEDGE,        2, 5.5,  6.7
            2027-W01, RESOLVE,            2, 210,  282
            2027-W02, ACKNOWLEDGE,        0, none, none
            2027-W01, DETECT,             0, none, none
            """)
    void responseTimesByWeekRunFromOpeningToTheMilestone(String week, Milestone milestone, int reached,
            Double median, Double p90) {
        ResponseStats stats = ResponseTimes.byWeek(YEAR_END, INCIDENTS).stream()
                .filter(r -> r.group().label().equals(week)).findFirst().orElseThrow().of(milestone);

        assertEquals(new ResponseStats(reached, minutes(median), minutes(p90)), stats);
    }

    @ParameterizedTest(name = "{0} {1}: {2} reached, median {3}m, p90 {4}m")
    @CsvSource(nullValues = "none", textBlock = """
            SEV1, ACKNOWLEDGE, 3, 4,    6.4
            SEV1, RESOLVE,     3, 120,  264
            SEV2, MITIGATE,    1, 60,   60
            SEV3, ACKNOWLEDGE, 0, none, none
            SEV4, ACKNOWLEDGE, 0, none, none
            """)
    void responseTimesBySeverity(Severity severity, Milestone milestone, int reached, Double median, Double p90) {
        ResponseStats stats = ResponseTimes.bySeverity(INCIDENTS).get(severity.ordinal()).of(milestone);

        assertEquals(new ResponseStats(reached, minutes(median), minutes(p90)), stats);
    }

    @Test
    void timeToDetectRunsFromTheImpactStartAndLeavesOutUnknownStarts() {
        Instant opened = Instant.parse("2027-01-04T10:00:00Z");
        List<IncidentFacts> incidents = List.of(
                new IncidentFacts(1, Severity.SEV1, "api", opened, null, null, null, opened.minusSeconds(90 * 60)),
                new IncidentFacts(2, Severity.SEV1, "api", opened, null, null, null),
                new IncidentFacts(3, Severity.SEV1, "api", opened, null, null, null, opened.minusSeconds(30 * 60)));

        assertEquals(new ResponseStats(2, minutes(60.0), minutes(84.0)),
                ResponseTimes.bySeverity(incidents).get(0).of(Milestone.DETECT));
    }

    @Test
    void topServicesCountIncidentsWithMostFirstAndTiesByName() {
        assertEquals(List.of(new TopServices.Row("checkout", 2), new TopServices.Row("search", 2),
                new TopServices.Row("api", 1)), TopServices.of(INCIDENTS, 10));
        assertEquals(List.of(new TopServices.Row("checkout", 2)), TopServices.of(INCIDENTS, 1));
    }

    @Test
    void actionItemsAreOverdueOnlyWhenDueBeforeToday() {
        LocalDate today = LocalDate.parse("2027-01-04");
        List<OpenActionItem> items = List.of(
                new OpenActionItem(1, 1, "add alert", "Ana", LocalDate.parse("2027-01-03")),
                new OpenActionItem(1, 2, "runbook", "Ana", LocalDate.parse("2027-01-04")),
                new OpenActionItem(2, 1, "load test", "Bo", null),
                new OpenActionItem(3, 1, "fix retries", null, LocalDate.parse("2026-12-01")),
                new OpenActionItem(3, 2, "canary", "Bo", LocalDate.parse("2027-02-01")));

        assertEquals(List.of(new OwnerLoad.Row("Ana", 2, 1), new OwnerLoad.Row("Bo", 2, 0),
                new OwnerLoad.Row(null, 1, 1)), OwnerLoad.of(items, today));
        assertEquals(List.of("INC-3", "INC-1"),
                OwnerLoad.overdue(items, today).stream().map(OpenActionItem::incidentKey).toList());
    }

    private static Optional<Duration> minutes(Double minutes) {
        return minutes == null ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(minutes * 60_000)));
    }
}
