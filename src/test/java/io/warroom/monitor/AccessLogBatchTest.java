package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nginx JSON access-log lines as nginx writes them with {@code escape=json}, good and bad. */
class AccessLogBatchTest {

    static final String LOG = """
            {"time":"2025-03-04T12:00:01+00:00","remote_addr":"10.0.3.7","request":"GET /api/cart HTTP/1.1","status":"200","body_bytes_sent":"512","request_time":"0.061","upstream_response_time":"0.061"}
            {"time":"2025-03-04T13:00:02+01:00","remote_addr":"10.0.3.8","request":"POST /api/pay HTTP/1.1","status":"502","body_bytes_sent":"157","request_time":"0.120","upstream_response_time":"0.061, 0.058"}
            {"time":"2025-03-04T12:00:59Z","remote_addr":"10.0.3.9","request":"GET /favicon.ico HTTP/2.0","status":"404","body_bytes_sent":"0","request_time":"0.000","upstream_response_time":"-"}
            {"time":"1741089660.123","remote_addr":"10.0.3.9","request":"GET / HTTP/1.1","status":503,"body_bytes_sent":0,"request_time":0.002,"upstream_response_time":""}
            {"time":"04/Mar/2025:12:01:30 +0000","remote_addr":"::1","request":"GET / HTTP/1.1","status":"301","body_bytes_sent":"169","request_time":"0.004","upstream_response_time":"0.003 : 0.001"}

            127.0.0.1 - - [04/Mar/2025:12:01:31 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"
            {"time":"2025-03-04T12:01:32+00:00","request":"GET / HTTP/1.1","status":"-"}
            {"time":"yesterday","status":"200"}
            {"status":"200","request_time":"0.1"}
            {"time":"2025-03-04T12:01:33+00:00","status":"200","upstream_response_time":"slow"}
            ["not", "an", "object"]
            """;

    @Test
    void goodLinesCountPerMinuteAndBadOnesAreReportedByLineNumber() {
        AccessLogBatch batch = AccessLogBatch.read(LOG);
        assertEquals(5, batch.accepted());
        assertEquals(6, batch.rejected());
        assertEquals(Map.of(
                Instant.parse("2025-03-04T12:00:00Z"), new AccessLogBatch.MinuteCount(3, 1),
                Instant.parse("2025-03-04T12:01:00Z"), new AccessLogBatch.MinuteCount(2, 1)), batch.minutes());
        assertEquals(List.of(
                new AccessLogBatch.Rejection(7, "not JSON (Unexpected character ('.' (code 46)): Expected space "
                        + "separating root-level values)"),
                new AccessLogBatch.Rejection(8, "`status` \"-\" is not an HTTP status code"),
                new AccessLogBatch.Rejection(9, "`time` \"yesterday\" is neither ISO-8601 with an offset "
                        + "($time_iso8601), $time_local nor seconds since the epoch ($msec)"),
                new AccessLogBatch.Rejection(10, "no `time`"),
                new AccessLogBatch.Rejection(11, "`upstream_response_time` \"slow\" is not a time in seconds"),
                new AccessLogBatch.Rejection(12, "not a JSON object")), batch.firstRejections());
    }

    @Test
    void onlyTheFirstTenRejectionsAreListedButAllAreCounted() {
        AccessLogBatch batch = AccessLogBatch.read("garbage\n".repeat(25));
        assertEquals(25, batch.rejected());
        assertEquals(10, batch.firstRejections().size());
        assertEquals(10, batch.firstRejections().get(9).line());
    }

    @Test
    void responseTimesAreKeptPerMinuteForTheLinesThatCarryOne() {
        AccessLogBatch batch = AccessLogBatch.read(LOG);
        assertEquals(5, batch.timed());
        LatencyHistogram first = batch.latencies().get(Instant.parse("2025-03-04T12:00:00Z"));
        assertEquals(3, first.requests());
        assertEquals(0.061 + 0.120 + 0.000, first.totalSeconds(), 1e-9);
        assertEquals(2, batch.latencies().get(Instant.parse("2025-03-04T12:01:00Z")).requests());
    }

    @Test
    void linesWithoutAResponseTimeCountForTheErrorRateButNotForLatency() {
        AccessLogBatch batch = AccessLogBatch.read("""
                {"time":"2025-03-04T12:00:01+00:00","status":"502"}
                {"time":"2025-03-04T12:00:02+00:00","status":"200","request_time":""}
                {"time":"2025-03-04T12:00:03+00:00","status":"200","request_time":"-"}
                {"time":"2025-03-04T12:00:04+00:00","status":"200","request_time":null}
                {"time":"2025-03-04T12:00:05+00:00","status":"101","request_time":"3600.002"}
                {"time":"2025-03-04T12:00:06+00:00","status":"200","request_time":"0.250"}
                """);
        assertEquals(6, batch.accepted());
        assertEquals(new AccessLogBatch.MinuteCount(6, 1), batch.minutes().get(Instant.parse("2025-03-04T12:00:00Z")));
        assertEquals(1, batch.timed(), "a WebSocket upgrade's request_time is how long the socket stayed open");
        assertEquals(250_000, batch.latencies().get(Instant.parse("2025-03-04T12:00:00Z")).averageMicros());
    }

    @Test
    void impossibleResponseTimesAreRefusedWithTheLine() {
        AccessLogBatch batch = AccessLogBatch.read("""
                {"time":"2025-03-04T12:00:01+00:00","status":"200","request_time":"-0.5"}
                {"time":"2025-03-04T12:00:02+00:00","status":"200","request_time":-0.5}
                {"time":"2025-03-04T12:00:03+00:00","status":"200","request_time":"NaN"}
                {"time":"2025-03-04T12:00:04+00:00","status":"200","request_time":NaN}
                {"time":"2025-03-04T12:00:05+00:00","status":"200","request_time":1e400}
                {"time":"2025-03-04T12:00:06+00:00","status":"200","request_time":"1234567.0"}
                {"time":"2025-03-04T12:00:07+00:00","status":"200","request_time":{"s":1}}
                {"time":"2025-03-04T12:00:08+00:00","status":"200","request_time":true}
                {"time":"2025-03-04T12:00:09+00:00","status":"200","request_time":0.0125}
                {"time":"2025-03-04T12:00:10+00:00","status":"200","request_time":999999.999}
                """);
        assertEquals(2, batch.accepted());
        assertEquals(2, batch.timed());
        assertEquals(List.of(
                new AccessLogBatch.Rejection(1, "`request_time` \"-0.5\" is not a time in seconds"),
                new AccessLogBatch.Rejection(2, "`request_time` \"-0.5\" is not a time in seconds"),
                new AccessLogBatch.Rejection(3, "`request_time` \"NaN\" is not a time in seconds"),
                new AccessLogBatch.Rejection(4, "not JSON (Non-standard token 'NaN': enable "
                        + "`JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow)"),
                new AccessLogBatch.Rejection(5, "`request_time` \"Infinity\" is not a time in seconds"),
                new AccessLogBatch.Rejection(6, "`request_time` \"1234567.0\" is not a time in seconds"),
                new AccessLogBatch.Rejection(7, "`request_time` \"{\"s\":1}\" is not a time in seconds"),
                new AccessLogBatch.Rejection(8, "`request_time` \"true\" is not a time in seconds")),
                batch.firstRejections());
        LatencyHistogram minute = batch.latencies().get(Instant.parse("2025-03-04T12:00:00Z"));
        assertEquals(2, minute.requests());
        assertEquals(999999.999 + 0.0125, minute.totalSeconds(), 1e-6);
    }
}
