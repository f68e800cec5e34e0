package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.incident.Echo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads fields of a JSON payload. Required fields that are missing or wrong are refused with a 422 naming the field
 * by its path; an optional field of the wrong form is ignored and noted (the note goes on the timeline with the
 * alert), so a cosmetic oddity never loses an alert.
 */
final class Fields {

    private static final int ECHO_MAX = 60;

    /**
     * ISO 8601 / RFC 3339 times as the vendors' documentation shows them: 'T' or a space between date and time,
     * seconds and a fraction (up to nanoseconds) optional, and the offset as Z, +02:00, +0200 or +02. Without an
     * offset the time is read as UTC.
     */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private Fields() {
    }

    static String path(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    /** A string (numbers and booleans are read as text), or null when absent, null or blank. */
    static String text(JsonNode object, String name, String parent) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw IntakeException.invalid(path(parent, name), "Field `" + path(parent, name)
                    + "` must be a string, not " + (value.isArray() ? "an array." : "an object."));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    static String required(JsonNode object, String name, String parent) {
        String text = text(object, name, parent);
        if (text == null) {
            throw IntakeException.missing(path(parent, name));
        }
        return text;
    }

    static JsonNode requiredObject(JsonNode object, String name, String parent) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw IntakeException.missing(path(parent, name));
        }
        if (!value.isObject()) {
            throw IntakeException.invalid(path(parent, name), "Field `" + path(parent, name)
                    + "` must be an object.");
        }
        return value;
    }

    /** An object of scalar values as strings; empty when absent. */
    static Map<String, String> strings(JsonNode object, String name, String parent) {
        JsonNode value = object.get(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw IntakeException.invalid(path(parent, name), "Field `" + path(parent, name)
                    + "` must be an object of strings.");
        }
        value.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                map.put(e.getKey(), e.getValue().isContainerNode() ? e.getValue().toString() : e.getValue().asText());
            }
        });
        return map;
    }

    /** An RFC 3339 time; null when absent or Go's zero time (what Alertmanager sends for "not ended"). */
    static Instant time(String value, String path) {
        if (value == null || value.startsWith("0001-01-01")) {
            return null;
        }
        Instant parsed = parseTime(value);
        if (parsed == null) {
            throw IntakeException.invalid(path, "Field `" + path + "` is not an ISO 8601 time: " + clip(value));
        }
        return parsed;
    }

    /** An optional time: one that cannot be read is ignored and noted. */
    static Instant optionalTime(JsonNode object, String name, String parent, List<String> notes) {
        String value = optionalText(object, name, parent, notes);
        if (value == null || value.startsWith("0001-01-01")) {
            return null;
        }
        Instant parsed = parseTime(value);
        if (parsed == null) {
            notes.add("`" + path(parent, name) + "` \"" + clip(value) + "\" is not an ISO 8601 time; ignored");
        }
        return parsed;
    }

    static Instant parseTime(String value) {
        try {
            TemporalAccessor read = TIME.parse(value.strip());
            ZoneOffset offset = read.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(read.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            return java.time.LocalDateTime.of(java.time.LocalDate.from(read), java.time.LocalTime.from(read))
                    .toInstant(offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** An optional string: an array or object where text belongs is ignored and noted. */
    static String optionalText(JsonNode object, String name, String parent, List<String> notes) {
        JsonNode value = object.get(name);
        if (value != null && value.isContainerNode()) {
            notes.add("`" + path(parent, name) + "` is " + (value.isArray() ? "an array" : "an object")
                    + ", not text; ignored");
            return null;
        }
        return text(object, name, parent);
    }

    /** An optional object of strings: anything else is ignored and noted. */
    static Map<String, String> optionalStrings(JsonNode object, String name, String parent, List<String> notes) {
        JsonNode value = object.get(name);
        if (value != null && !value.isNull() && !value.isObject()) {
            notes.add("`" + path(parent, name) + "` is not an object of strings; ignored");
            return new LinkedHashMap<>();
        }
        return strings(object, name, parent);
    }

    /** A value echoed in a note or an error, cut so a hostile sender cannot make it large. */
    static String clip(String value) {
        return Echo.of(value, ECHO_MAX + 1);
    }

    static int integer(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.canConvertToInt() ? value.asInt() : 0;
    }

    static String firstOf(Map<String, String> map, String... keys) {
        for (String key : keys) {
            String value = map.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
