package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWeekTest {

    @ParameterizedTest(name = "{0} is in {1}, which starts on {2}")
    @CsvSource(textBlock = """
            # GIVEN a day, THEN its ISO week and that week's Monday
            2026-12-28, 2026-W53, 2026-12-28
            2026-12-31, 2026-W53, 2026-12-28
            2027-01-01, 2026-W53, 2026-12-28
            2027-01-03, 2026-W53, 2026-12-28
            2027-01-04, 2027-W01, 2027-01-04
            2024-12-30, 2025-W01, 2024-12-30
            2025-12-31, 2026-W01, 2025-12-29
            2021-01-03, 2020-W53, 2020-12-28
            2026-03-08, 2026-W10, 2026-03-02
            """)
    void weeksAreIsoWeeksStartingMondayAcrossYearEnds(LocalDate day, String label, LocalDate monday) {
        ReportWeek week = ReportWeek.of(day);

        assertEquals(label, week.label());
        assertEquals(monday, week.monday());
    }

    @ParameterizedTest(name = "{0} in {1} falls in {2}")
    @CsvSource(textBlock = """
            # GIVEN an instant and a zone, THEN the local week it belongs to
            2027-01-03T23:30:00Z, Asia/Seoul,          2027-W01
            2027-01-03T23:30:00Z, UTC,                 2026-W53
            2027-01-03T14:59:59Z, Asia/Seoul,          2026-W53
            2027-01-03T15:00:00Z, Asia/Seoul,          2027-W01
            2027-01-04T03:00:00Z, America/Los_Angeles, 2026-W53
            2027-01-04T08:00:00Z, America/Los_Angeles, 2027-W01
            """)
    void anIncidentBelongsToTheLocalWeekOfTheConfiguredZone(Instant at, ZoneId zone, String week) {
        ReportRange range = ReportRange.last(12, LocalDate.parse("2027-02-01"), zone);

        assertEquals(week, range.weekOf(at).label());
    }

    @ParameterizedTest(name = "a range on {0} starts at {1}")
    @CsvSource(textBlock = """
            UTC,        2026-12-28T00:00:00Z, 2027-01-04T00:00:00Z
            Asia/Seoul, 2026-12-27T15:00:00Z, 2027-01-03T15:00:00Z
            """)
    void aRangeRunsFromLocalMidnightOfItsFirstMonday(ZoneId zone, Instant start, Instant end) {
        ReportRange range = ReportRange.parse("2026-12-31", "2027-01-01", null, LocalDate.parse("2027-02-01"), zone);

        assertEquals(1, range.weeks());
        assertEquals(start, range.start());
        assertEquals(end, range.end());
    }
}
