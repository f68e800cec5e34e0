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
 * One nginx access-log line written as JSON ({@code log_format ... escape=json}): when it was answered and with
 * which status. The other documented fields are checked so a line from a wrong format is reported, not miscounted.
 */
public record AccessLogLine(Instant time, int status) {

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
        checkSeconds(json, "request_time", SECONDS);
        checkSeconds(json, "upstream_response_time", UPSTREAM_TIMES);
        checkCount(json, "body_bytes_sent");
        return new AccessLogLine(time, status);
    }

    public boolean serverError() {
        return status >= 500;
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
