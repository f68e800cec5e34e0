package io.warroom.webapp.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** One ISO week (Monday to Sunday) of the report's time zone, labelled by its week-based year: 2026-W53. */
public record ReportWeek(LocalDate monday) {

    public static ReportWeek of(LocalDate day) {
        return new ReportWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The ISO week-based year, which differs from the calendar year around New Year (2027-01-03 is in 2026-W53). */
    public int year() {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    public int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public String label() {
        return String.format("%d-W%02d", year(), number());
    }

    public String shortLabel() {
        return String.format("W%02d", number());
    }

    public ReportWeek next() {
        return new ReportWeek(monday.plusWeeks(1));
    }
}
