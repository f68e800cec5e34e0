package io.warroom.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP status codes a health check accepts: single codes, ranges ({@code 200-299}) and classes ({@code 2xx}). */
public record StatusCodes(List<Range> ranges) {

    private static final Pattern CODE = Pattern.compile("([1-5]\\d\\d)");
    private static final Pattern RANGE = Pattern.compile("([1-5]\\d\\d)\\s*-\\s*([1-5]\\d\\d)");
    private static final Pattern CLASS = Pattern.compile("([1-5])xx", Pattern.CASE_INSENSITIVE);

    public static final StatusCodes SUCCESS = new StatusCodes(List.of(new Range(200, 299)));

    public record Range(int from, int to) {
        @Override
        public String toString() {
            return from == to ? String.valueOf(from) : from % 100 == 0 && to == from + 99 ? from / 100 + "xx"
                    : from + "-" + to;
        }
    }

    public StatusCodes {
        ranges = List.copyOf(ranges);
    }

    /** Reads one entry ({@code 200}, {@code 200-204}, {@code 3xx}); empty when it is none of these. */
    public static Optional<Range> entry(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = CODE.matcher(t)).matches()) {
            int code = Integer.parseInt(m.group(1));
            return Optional.of(new Range(code, code));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from <= to ? Optional.of(new Range(from, to)) : Optional.empty();
        }
        if ((m = CLASS.matcher(t)).matches()) {
            int base = Integer.parseInt(m.group(1)) * 100;
            return Optional.of(new Range(base, base + 99));
        }
        return Optional.empty();
    }

    public static StatusCodes of(List<Range> ranges) {
        return new StatusCodes(new ArrayList<>(ranges));
    }

    public boolean accepts(int status) {
        return ranges.stream().anyMatch(r -> status >= r.from() && status <= r.to());
    }

    @Override
    public String toString() {
        return String.join(", ", ranges.stream().map(Range::toString).toList());
    }
}
