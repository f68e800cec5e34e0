package io.warroom.monitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One upload of newline-delimited access-log lines, counted per minute, with the response times of the lines that
 * carry one (timed) per minute. Lines that cannot be read are counted and the first few reported with their line
 * number and reason; the readable ones still count.
 */
public record AccessLogBatch(Map<Instant, MinuteCount> minutes, Map<Instant, LatencyHistogram> latencies,
        long accepted, long timed, long rejected, List<Rejection> firstRejections) {

    public static final int REPORTED_REJECTIONS = 10;

    /** Requests and 5xx answers in one minute. */
    public record MinuteCount(long total, long serverErrors) {
        MinuteCount plus(AccessLogLine line) {
            return new MinuteCount(total + 1, serverErrors + (line.serverError() ? 1 : 0));
        }
    }

    public record Rejection(long line, String reason) {
    }

    public static AccessLogBatch read(String text) {
        Map<Instant, MinuteCount> minutes = new TreeMap<>();
        Map<Instant, LatencyHistogram> latencies = new TreeMap<>();
        List<Rejection> reported = new ArrayList<>();
        long accepted = 0;
        long timed = 0;
        long rejected = 0;
        long number = 0;
        for (String line : text.split("\r?\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                AccessLogLine parsed = AccessLogLine.parse(line);
                Instant minute = parsed.time().truncatedTo(ChronoUnit.MINUTES);
                minutes.merge(minute, new MinuteCount(0, 0).plus(parsed),
                        (a, b) -> new MinuteCount(a.total() + b.total(), a.serverErrors() + b.serverErrors()));
                accepted++;
                if (parsed.timed()) {
                    latencies.computeIfAbsent(minute, m -> new LatencyHistogram()).add(parsed.requestMicros());
                    timed++;
                }
            } catch (AccessLogLine.Unreadable e) {
                rejected++;
                if (reported.size() < REPORTED_REJECTIONS) {
                    reported.add(new Rejection(number, e.getMessage()));
                }
            }
        }
        return new AccessLogBatch(minutes, latencies, accepted, timed, rejected, reported);
    }
}
