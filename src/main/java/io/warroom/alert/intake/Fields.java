package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.incident.Echo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads fields of a JSON payload, refusing wrong ones with a 422 that names the field by its path. */
final class Fields {

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
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw IntakeException.invalid(path, "Field `" + path + "` is not an RFC 3339 time: `" + Echo.of(value) + "`.");
        }
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
