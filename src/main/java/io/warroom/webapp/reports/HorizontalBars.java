package io.warroom.webapp.reports;

import java.util.List;

/** One bar per named row, longest first as given, each split into parts (e.g. overdue and on time). */
final class HorizontalBars {

    static final int WIDTH = 640;
    private static final double LABEL = 200;
    private static final double RIGHT = 44;
    private static final double ROW = 30;
    private static final double LEGEND = 28;
    private static final int LABEL_CHARS = 16;

    /** A bar: its label (clipped when drawn, whole in the hover title) and its parts in drawing order. */
    record Bar(String label, List<Integer> parts) {
        int total() {
            return parts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One class and one legend text per part; no legend is drawn for a single part. */
    record Part(String cls, String legend) {
    }

    private HorizontalBars() {
    }

    static SvgChart draw(String id, List<Bar> bars, List<Part> parts, String empty, String title, String desc) {
        double top = parts.size() > 1 ? LEGEND : 8;
        int height = (int) (top + Math.max(1, bars.size()) * ROW + 8);
        SvgChart.Canvas canvas = new SvgChart.Canvas(WIDTH, height);
        if (parts.size() > 1) {
            for (int p = 0; p < parts.size(); p++) {
                canvas.rect(LABEL + p * 150, 8, 12, 12, parts.get(p).cls(), null);
                canvas.text(LABEL + p * 150 + 16, 18, parts.get(p).legend(), "legend", "start");
            }
        }
        if (bars.isEmpty()) {
            canvas.text(WIDTH / 2.0, top + ROW / 2 + 4, empty, "empty", "middle");
            return canvas.build(id, title, desc);
        }
        int max = bars.stream().mapToInt(Bar::total).max().orElse(1);
        double perUnit = (WIDTH - LABEL - RIGHT) / Math.max(1, max);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * ROW;
            canvas.text(LABEL - 8, y + ROW / 2 + 4, clip(bar.label()), "label", "end");
            double x = LABEL;
            for (int p = 0; p < bar.parts().size(); p++) {
                int value = bar.parts().get(p);
                if (value > 0) {
                    String tip = bar.label() + (parts.size() > 1 ? " " + parts.get(p).legend() : "") + ": " + value;
                    canvas.rect(x, y + 4, value * perUnit, ROW - 8, parts.get(p).cls(), tip);
                    x += value * perUnit;
                }
            }
            canvas.text(x + 6, y + ROW / 2 + 4, Integer.toString(bar.total()), "value", "start");
        }
        canvas.line(LABEL, top, LABEL, top + bars.size() * ROW, "axis");
        return canvas.build(id, title, desc);
    }

    private static String clip(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
