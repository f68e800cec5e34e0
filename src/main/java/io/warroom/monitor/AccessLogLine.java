package io.warroom.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.incident.Echo;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One nginx access-log line written as JSON ({@code log_format ... escape=json}): when it was answered, with which
 * status, and how long it took ({@code request_time} in microseconds, {@link #NO_TIME} when the line has none). The
 * other documented fields are checked so a line from a wrong format is reported, not miscounted.
 */
public record AccessLogLine(Instant time, int status, long requestMicros) {

    public static final long NO_TIME = -1;
    /** The most $request_time can say: six digits of seconds, as the text form allows. */
    private static final BigDecimal LONGEST_SECONDS = new BigDecimal("999999.999999");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME_LOCAL = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            Locale.ENGLISH);
    private static final Pattern SECONDS = Pattern.compile("\\d{1,6}(\\.\\d{1,6})?");
    /** $upstream_response_time: one time per upstream tried, ", " between them, " : " across internal redirects. */
    private static final Pattern UPSTREAM_TIMES = Pattern.compile(
            "(\\d{1,6}(\\.\\d{1,6})?|-)(\\s*[,:]\\s*(\\d{1,6}(\\.\\d{1,6})?|-))*");

    /** A line that cannot be counted, and why. */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    public static AccessLogLine parse(String line) throws Unreadable {
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Unreadable("not JSON (" + Echo.of(e.getOriginalMessage(), 200) + ")");
        }
        if (json == null || !json.isObject()) {
            throw new Unreadable("not a JSON object");
        }
        Instant time = time(json.get("time"));
        int status = status(json.get("status"));
        long requestMicros = requestTime(json.get("request_time"));
        checkSeconds(json, "upstream_response_time", UPSTREAM_TIMES);
        checkCount(json, "body_bytes_sent");
        return new AccessLogLine(time, status, requestMicros);
    }

    public boolean serverError() {
        return status >= 500;
    }

    /**
     * Whether the line counts for latency: it has a response time, and it is not a WebSocket upgrade (101), whose
     * request_time is how long the connection stayed open.
     */
    public boolean timed() {
        return requestMicros != NO_TIME && status != 101;
    }

    /** Seconds with up to microseconds, as text or a JSON number; absent, empty or "-" is no time. */
    private static long requestTime(JsonNode node) throws Unreadable {
        if (node == null || node.isNull()) {
            return NO_TIME;
        }
        BigDecimal seconds = null;
        if (node.isNumber()) {
            // 1e400 reads as an infinite double, which has no decimal value.
            seconds = Double.isFinite(node.doubleValue()) ? node.decimalValue() : null;
        } else if (node.isTextual()) {
            String text = node.asText().strip();
            if (text.isEmpty() || text.equals("-")) {
                return NO_TIME;
            }
            seconds = SECONDS.matcher(text).matches() ? new BigDecimal(text) : null;
        }
        if (seconds == null || seconds.signum() < 0 || seconds.compareTo(LONGEST_SECONDS) > 0) {
            String shown = node.isContainerNode() ? node.toString() : node.asText().strip();
            throw new Unreadable("`request_time` \"" + abbreviated(shown) + "\" is not a time in seconds");
        }
        return seconds.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static Instant time(JsonNode node) throws Unreadable {
        if (node == null || node.isNull()) {
            throw new Unreadable("no `time`");
        }
        String text = node.asText().strip();
        try {
            if (node.isNumber() || text.matches("\\d{9,11}(\\.\\d{1,9})?")) {
                // $msec: seconds since the epoch with milliseconds.
                BigDecimal millis = new BigDecimal(text).movePointRight(3);
                return Instant.ofEpochMilli(millis.longValue());
            }
            if (text.contains("/")) {
                return OffsetDateTime.parse(text, TIME_LOCAL).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            throw new Unreadable("`time` \"" + abbreviated(text) + "\" is neither ISO-8601 with an offset "
                    + "($time_iso8601), $time_local nor seconds since the epoch ($msec)");
        }
    }

    private static int status(JsonNode node) throws Unreadable {
        if (node == null || node.isNull()) {
            throw new Unreadable("no `status`");
        }
        String text = node.asText().strip();
        if (!text.matches("[1-5]\\d\\d")) {
            throw new Unreadable("`status` \"" + abbreviated(text) + "\" is not an HTTP status code");
        }
        return Integer.parseInt(text);
    }

    /** Times may be absent, empty or "-" (no upstream was asked); anything else must be seconds. */
    private static void checkSeconds(JsonNode json, String field, Pattern format) throws Unreadable {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || node.isNumber()) {
            return;
        }
        String text = node.asText().strip();
        if (!text.isEmpty() && !text.equals("-") && !format.matcher(text).matches()) {
            throw new Unreadable("`" + field + "` \"" + abbreviated(text) + "\" is not a time in seconds");
        }
    }

    private static void checkCount(JsonNode json, String field) throws Unreadable {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || node.isIntegralNumber()) {
            return;
        }
        String text = node.asText().strip();
        if (!text.isEmpty() && !text.equals("-") && !text.matches("\\d{1,19}")) {
            throw new Unreadable("`" + field + "` \"" + abbreviated(text) + "\" is not a byte count");
        }
    }

    private static String abbreviated(String text) {
        return Echo.of(text, 40);
    }
}
