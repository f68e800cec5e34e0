package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportRangeTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-06");
    private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    @ParameterizedTest(name = "from={0} to={1} weeks={2} covers {3} .. {4} ({5} weeks)")
    @CsvSource(nullValues = "none", textBlock = """
            # GIVEN from, to, weeks          THEN first week, last week, count
            none,       none,       none,    2026-W43, 2027-W01, 12
            '',         '',         '',      2026-W43, 2027-W01, 12
            none,       none,       1,       2027-W01, 2027-W01, 1
            none,       none,       4,       2026-W51, 2027-W01, 4
            2026-12-31, 2027-01-01, none,    2026-W53, 2026-W53, 1
            2026-12-20, 2027-01-04, none,    2026-W51, 2027-W01, 4
            2026-12-20, none,       none,    2026-W51, 2027-W01, 4
            none,       2026-12-31, none,    2026-W42, 2026-W53, 12
            2024-01-10, 2026-12-31, none,    2024-W02, 2026-W53, 156
            """)
    void rangeIsWholeIsoWeeksOfTheConfiguredZone(String from, String to, String weeks, String first, String last,
            int count) {
        ReportRange range = ReportRange.parse(from, to, weeks, TODAY, ZONE);

        assertEquals(first, range.first().label());
        assertEquals(last, range.last().label());
        assertEquals(count, range.weeks());
        assertEquals(count, range.allWeeks().size());
        assertEquals(last, range.allWeeks().get(count - 1).label());
    }

    @ParameterizedTest(name = "from={0} to={1} weeks={2} is refused: {3}")
    @CsvSource(nullValues = "none", textBlock = """
            2026-13-01, none,       none, NOT_A_DATE
            yesterday,  none,       none, NOT_A_DATE
            none,       31/12/2026, none, NOT_A_DATE
            none,       none,       0,    NOT_A_WEEK_COUNT
            none,       none,       -3,   NOT_A_WEEK_COUNT
            none,       none,       ten,  NOT_A_WEEK_COUNT
            none,       none,       157,  TOO_LONG
            2026-01-01, none,       4,    WEEKS_WITH_DATES
            2027-01-04, 2026-12-31, none, FROM_AFTER_TO
            2024-01-07, 2026-12-31, none, TOO_LONG
            """)
    void badParametersAreRefusedWithTheReason(String from, String to, String weeks, ReportRange.Problem problem) {
        ReportRange.InvalidRange refused = assertThrows(ReportRange.InvalidRange.class,
                () -> ReportRange.parse(from, to, weeks, TODAY, ZONE));

        assertEquals(problem, refused.problem());
    }

    @ParameterizedTest(name = "from={0} to={1} asks again with {2}")
    @CsvSource(textBlock = """
            2026-12-31, 2027-01-01, from=2026-12-28&to=2027-01-03
            2026-12-29, 2027-01-12, from=2026-12-28&to=2027-01-17
            """)
    void queryAsksForTheSameWholeWeeks(String from, String to, String query) {
        assertEquals(query, ReportRange.parse(from, to, null, TODAY, ZONE).query());
    }
}
