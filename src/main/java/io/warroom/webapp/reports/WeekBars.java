package io.warroom.webapp.reports;

import io.warroom.incident.Severity;
import java.util.List;
import java.util.Locale;

/** Incidents per week as bars stacked by severity, SEV1 at the bottom, with a severity legend on top. */
final class WeekBars {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final double LEFT = 36;
    private static final double RIGHT = 8;
    private static final double TOP = 30;
    private static final double BOTTOM = 26;

    private WeekBars() {
    }

    static SvgChart draw(String id, List<WeeklyCounts.Row> rows, String title, String desc) {
        SvgChart.Canvas canvas = new SvgChart.Canvas(WIDTH, HEIGHT);
        int max = rows.stream().mapToInt(WeeklyCounts.Row::total).max().orElse(0);
        int step = Math.max(1, (max + 3) / 4);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double perIncident = plotHeight / (step * 4.0);
        for (int tick = 0; tick <= 4; tick++) {
            double y = HEIGHT - BOTTOM - tick * step * perIncident;
            canvas.line(LEFT, y, WIDTH - RIGHT, y, tick == 0 ? "axis" : "grid");
            canvas.text(LEFT - 6, y + 4, Integer.toString(tick * step), "tick", "end");
        }
        Severity[] severities = Severity.values();
        for (int i = 0; i < severities.length; i++) {
            double x = LEFT + i * 80;
            canvas.rect(x, 8, 12, 12, severities[i].name().toLowerCase(Locale.ROOT), null);
            canvas.text(x + 16, 18, severities[i].label(), "legend", "start");
        }
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.size());
        int labelEvery = (rows.size() + 12) / 13;
        for (int i = 0; i < rows.size(); i++) {
            WeeklyCounts.Row row = rows.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double base = HEIGHT - BOTTOM;
            for (Severity severity : severities) {
                int count = row.count(severity);
                if (count > 0) {
                    double h = count * perIncident;
                    base -= h;
                    canvas.rect(x, base, slot * 0.7, h, severity.name().toLowerCase(Locale.ROOT),
                            row.week().label() + " " + severity.label() + ": " + count);
                }
            }
            if (i % labelEvery == 0) {
                // Every other label is minor: a phone shows text larger and hides those, so labels never collide.
                String css = i % (2 * labelEvery) == 0 ? "tick" : "tick minor";
                canvas.text(x + slot * 0.35, HEIGHT - 8, row.week().shortLabel(), css, "middle");
            }
        }
        return canvas.build(id, title, desc);
    }
}
