package io.warroom.webapp.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whole local weeks of the configured zone that a report covers. The end is exclusive: the Monday after the last
 * week, at midnight in that zone, so an incident belongs to the local week it was opened in, not the UTC one.
 */
public record ReportRange(ZoneId zone, ReportWeek first, int weeks) {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 156;

    /** Why query parameters do not make a range; the page words each one. */
    public enum Problem { NOT_A_DATE, NOT_A_WEEK_COUNT, WEEKS_WITH_DATES, FROM_AFTER_TO, TOO_LONG }

    public static final class InvalidRange extends RuntimeException {
        private final Problem problem;

        InvalidRange(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Reads {@code from}/{@code to} (ISO dates, inclusive, widened to whole weeks) or {@code weeks} (the last n
     * weeks up to and including this one). Blank parameters count as absent, as an empty form field sends them.
     */
    public static ReportRange parse(String from, String to, String weeks, LocalDate today, ZoneId zone) {
        Optional<LocalDate> fromDay = date(from);
        Optional<LocalDate> toDay = date(to);
        if (present(weeks)) {
            if (fromDay.isPresent() || toDay.isPresent()) {
                throw new InvalidRange(Problem.WEEKS_WITH_DATES);
            }
            return last(weekCount(weeks), today, zone);
        }
        if (fromDay.isEmpty() && toDay.isEmpty()) {
            return last(DEFAULT_WEEKS, today, zone);
        }
        ReportWeek last = ReportWeek.of(toDay.orElse(today));
        ReportWeek first = fromDay.map(ReportWeek::of)
                .orElse(new ReportWeek(last.monday().minusWeeks(DEFAULT_WEEKS - 1)));
        if (first.monday().isAfter(last.monday())) {
            throw new InvalidRange(Problem.FROM_AFTER_TO);
        }
        long count = ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        if (count > MAX_WEEKS) {
            throw new InvalidRange(Problem.TOO_LONG);
        }
        return new ReportRange(zone, first, (int) count);
    }

    public static ReportRange last(int weeks, LocalDate today, ZoneId zone) {
        return new ReportRange(zone, new ReportWeek(ReportWeek.of(today).monday().minusWeeks(weeks - 1L)), weeks);
    }

    public List<ReportWeek> allWeeks() {
        List<ReportWeek> all = new ArrayList<>(weeks);
        for (ReportWeek w = first; all.size() < weeks; w = w.next()) {
            all.add(w);
        }
        return all;
    }

    public ReportWeek last() {
        return new ReportWeek(first.monday().plusWeeks(weeks - 1L));
    }

    public Instant start() {
        return first.monday().atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return first.monday().plusWeeks(weeks).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The local week of an instant in this range's zone. */
    public ReportWeek weekOf(Instant at) {
        return ReportWeek.of(at.atZone(zone).toLocalDate());
    }

    /** The query string that asks for exactly this range again. */
    public String query() {
        return "from=" + first.monday() + "&to=" + last().sunday();
    }

    private static Optional<LocalDate> date(String text) {
        if (!present(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            throw new InvalidRange(Problem.NOT_A_DATE);
        }
    }

    private static int weekCount(String text) {
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,4}")) {
            throw new InvalidRange(Problem.NOT_A_WEEK_COUNT);
        }
        int n = Integer.parseInt(digits);
        if (n < 1) {
            throw new InvalidRange(Problem.NOT_A_WEEK_COUNT);
        }
        if (n > MAX_WEEKS) {
            throw new InvalidRange(Problem.TOO_LONG);
        }
        return n;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
