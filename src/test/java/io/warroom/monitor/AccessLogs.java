package io.warroom.monitor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** nginx JSON access-log lines as {@code log_format ... escape=json} writes them, for test uploads. */
final class AccessLogs {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(2));
    private static final String[] UPSTREAM = {"0.061", "0.061, 0.058", "-", "", "0.003 : 0.001"};

    private AccessLogs() {
    }

    /** {@code requests} lines spread over the minute starting at {@code minute}, the first {@code errors} 5xx. */
    static String minute(Instant minute, int requests, int errors) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            int status = i < errors ? (i % 2 == 0 ? 502 : 503) : (i % 10 == 0 ? 404 : 200);
            out.append(line(minute.plusSeconds(i % 60), status, i)).append('\n');
        }
        return out.toString();
    }

    static String line(Instant time, int status, int i) {
        return String.format(Locale.ROOT, "{\"time\":\"%s\",\"remote_addr\":\"10.0.%d.%d\",\"request\":\"GET "
                + "/api/orders/%d HTTP/1.1\",\"status\":\"%d\",\"body_bytes_sent\":\"%d\",\"request_time\":\"0.%03d\","
                + "\"upstream_response_time\":\"%s\"}", ISO.format(time), i % 4, i % 250, i, status, 100 + i, i % 1000,
                UPSTREAM[i % UPSTREAM.length]);
    }

    /** {@code requests} 200 lines over the minute starting at {@code minute}, each taking requestTime seconds. */
    static String timed(Instant minute, int requests, String requestTime) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            out.append(line(minute.plusSeconds(i % 60), 200, i).replaceFirst("\"request_time\":\"[^\"]*\"",
                    "\"request_time\":\"" + requestTime + "\"")).append('\n');
        }
        return out.toString();
    }
}
