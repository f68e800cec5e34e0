package io.warroom.webapp.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart as plain shapes for the {@code reportchart} tag to write out: coordinates already formatted, colours
 * left to CSS classes (the Content-Security-Policy forbids style attributes). Qute escapes every text.
 */
public record SvgChart(String id, int width, int height, String title, String desc, List<Line> lines,
        List<Rect> rects, List<Polyline> polylines, List<Circle> circles, List<Text> texts) {

    public record Line(String x1, String y1, String x2, String y2, String cls) {
    }

    /** tip becomes the shape's own title, which browsers show on hover. */
    public record Rect(String x, String y, String width, String height, String cls, String tip) {
    }

    public record Polyline(String points, String cls) {
    }

    public record Circle(String cx, String cy, String cls, String tip) {
    }

    /** anchor is SVG's text-anchor: start, middle or end. */
    public record Text(String x, String y, String text, String cls, String anchor) {
    }

    /** Collects shapes in drawing order; later shapes paint over earlier ones. */
    public static final class Canvas {
        private final int width;
        private final int height;
        private final List<Line> lines = new ArrayList<>();
        private final List<Rect> rects = new ArrayList<>();
        private final List<Polyline> polylines = new ArrayList<>();
        private final List<Circle> circles = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();

        public Canvas(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public Canvas line(double x1, double y1, double x2, double y2, String cls) {
            lines.add(new Line(n(x1), n(y1), n(x2), n(y2), cls));
            return this;
        }

        public Canvas rect(double x, double y, double w, double h, String cls, String tip) {
            rects.add(new Rect(n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), cls, tip));
            return this;
        }

        public Canvas polyline(List<double[]> points, String cls) {
            StringBuilder text = new StringBuilder();
            for (double[] p : points) {
                text.append(text.isEmpty() ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
            }
            polylines.add(new Polyline(text.toString(), cls));
            return this;
        }

        public Canvas circle(double cx, double cy, String cls, String tip) {
            circles.add(new Circle(n(cx), n(cy), cls, tip));
            return this;
        }

        public Canvas text(double x, double y, String text, String cls, String anchor) {
            texts.add(new Text(n(x), n(y), text, cls, anchor));
            return this;
        }

        public SvgChart build(String id, String title, String desc) {
            return new SvgChart(id, width, height, title, desc, List.copyOf(lines), List.copyOf(rects),
                    List.copyOf(polylines), List.copyOf(circles), List.copyOf(texts));
        }

        private static String n(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
