package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Median and p90 of the three response times, one panel per milestone so that minutes to acknowledge are not
 * flattened by days to resolve: lines by week, bar pairs by severity.
 */
final class DurationPanels {

    static final int WIDTH = 640;
    private static final double LEFT = 76;
    private static final double RIGHT = 8;
    private static final double LEGEND = 28;
    /** A panel's block: title (24), plot (110), week or severity labels (20) and a gap (20). */
    private static final double BLOCK = 174;
    private static final double TITLE = 24;
    private static final double PLOT = 110;

    /** The texts the panels show: a name per milestone, the two series, and how to write a duration. */
    record Labels(Function<Milestone, String> milestone, String median, String p90,
            Function<Duration, String> duration) {
    }

    private DurationPanels() {
    }

    static SvgChart byWeek(String id, List<ResponseTimes.Row<ReportWeek>> rows, Labels labels, String title,
            String desc) {
        int height = (int) (LEGEND + Milestone.values().length * BLOCK);
        SvgChart.Canvas canvas = new SvgChart.Canvas(WIDTH, height);
        legend(canvas, labels);
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.size());
        int labelEvery = (rows.size() + 12) / 13;
        double top = LEGEND;
        for (Milestone milestone : Milestone.values()) {
            double bottom = top + TITLE + PLOT;
            double scale = axis(canvas, milestone, rows.stream().map(r -> r.of(milestone)).toList(), labels, top,
                    bottom);
            for (String series : List.of("median", "p90")) {
                List<double[]> segment = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    ResponseTimes.Row<ReportWeek> row = rows.get(i);
                    Optional<Duration> value = pick(row.of(milestone), series);
                    if (value.isEmpty()) {
                        flush(canvas, segment, series);
                        continue;
                    }
                    double x = LEFT + (i + 0.5) * slot;
                    double y = bottom - value.get().toMillis() * scale;
                    segment.add(new double[] {x, y});
                    canvas.circle(x, y, series, row.group().label() + " " + labels.milestone().apply(milestone)
                            + " " + (series.equals("median") ? labels.median() : labels.p90()) + ": "
                            + labels.duration().apply(value.get()));
                }
                flush(canvas, segment, series);
            }
            for (int i = 0; i < rows.size(); i += labelEvery) {
                String css = i % (2 * labelEvery) == 0 ? "tick" : "tick minor";
                canvas.text(LEFT + (i + 0.5) * slot, bottom + 16, rows.get(i).group().shortLabel(), css, "middle");
            }
            top += BLOCK;
        }
        return canvas.build(id, title, desc);
    }

    static SvgChart bySeverity(String id, List<ResponseTimes.Row<Severity>> rows, Labels labels, String title,
            String desc) {
        int height = (int) (LEGEND + Milestone.values().length * BLOCK);
        SvgChart.Canvas canvas = new SvgChart.Canvas(WIDTH, height);
        legend(canvas, labels);
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.size());
        double top = LEGEND;
        for (Milestone milestone : Milestone.values()) {
            double bottom = top + TITLE + PLOT;
            double scale = axis(canvas, milestone, rows.stream().map(r -> r.of(milestone)).toList(), labels, top,
                    bottom);
            for (int i = 0; i < rows.size(); i++) {
                ResponseTimes.Row<Severity> row = rows.get(i);
                double x = LEFT + i * slot + slot * 0.2;
                double w = slot * 0.3;
                int s = 0;
                for (String series : List.of("median", "p90")) {
                    Optional<Duration> value = pick(row.of(milestone), series);
                    if (value.isPresent()) {
                        double h = value.get().toMillis() * scale;
                        canvas.rect(x + s * w, bottom - h, w, h, series + " " + row.group().name()
                                .toLowerCase(Locale.ROOT), row.group().label() + " " + labels.milestone()
                                .apply(milestone) + " " + (s == 0 ? labels.median() : labels.p90()) + ": "
                                + labels.duration().apply(value.get()));
                    }
                    s++;
                }
                canvas.text(LEFT + (i + 0.5) * slot, bottom + 16, row.group().label(), "tick", "middle");
            }
            top += BLOCK;
        }
        return canvas.build(id, title, desc);
    }

    private static void legend(SvgChart.Canvas canvas, Labels labels) {
        canvas.line(LEFT, 14, LEFT + 24, 14, "median");
        canvas.text(LEFT + 30, 18, labels.median(), "legend", "start");
        canvas.line(LEFT + 150, 14, LEFT + 174, 14, "p90");
        canvas.text(LEFT + 180, 18, labels.p90(), "legend", "start");
    }

    /** Draws a panel's title and axis; returns pixels per millisecond, the p90 peak reaching the panel's top. */
    private static double axis(SvgChart.Canvas canvas, Milestone milestone, List<ResponseStats> stats, Labels labels,
            double top, double bottom) {
        long peak = stats.stream().flatMap(s -> s.p90().or(s::median).stream()).mapToLong(Duration::toMillis).max()
                .orElse(0);
        canvas.text(LEFT, top + 14, labels.milestone().apply(milestone), "panel", "start");
        double plotTop = bottom - PLOT;
        canvas.line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis");
        canvas.line(LEFT, plotTop, WIDTH - RIGHT, plotTop, "grid");
        canvas.text(LEFT - 6, bottom + 4, "0", "tick", "end");
        if (peak > 0) {
            canvas.text(LEFT - 6, plotTop + 4, labels.duration().apply(Duration.ofMillis(peak)), "tick", "end");
        }
        return peak > 0 ? (bottom - plotTop) / peak : 0;
    }

    private static Optional<Duration> pick(ResponseStats stats, String series) {
        return series.equals("median") ? stats.median() : stats.p90();
    }

    private static void flush(SvgChart.Canvas canvas, List<double[]> segment, String series) {
        if (segment.size() > 1) {
            canvas.polyline(List.copyOf(segment), series);
        }
        segment.clear();
    }
}
