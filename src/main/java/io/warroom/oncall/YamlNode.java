package io.warroom.oncall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.warroom.config.HumanDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a YAML config file that knows where it is, so every complaint names the file and the path
 * ({@code runbooks.yaml: services.checkout.rollback.timeout: "2 minutes" is not a duration}).
 */
public final class YamlNode {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode node;
    private final String path;
    private final String source;
    /** Line of each path in the file, when read with {@link #readWithLines}; errors then name the line. */
    private final Map<String, Integer> lines;

    private YamlNode(JsonNode node, String path, String source, Map<String, Integer> lines) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.source = source;
        this.lines = lines;
    }

    public static YamlNode read(String text, String source) {
        return read(text, source, null);
    }

    /** As {@link #read}, and every complaint names the line it is about ({@code monitors.yaml: line 7: …}). */
    public static YamlNode readWithLines(String text, String source) {
        return read(text, source, YamlLines.of(text));
    }

    private static YamlNode read(String text, String source, Map<String, Integer> lines) {
        try {
            JsonNode root = YAML.readTree(text);
            YamlNode node = new YamlNode(root, "", source, lines);
            if (root == null || root.isMissingNode() || root.isNull()) {
                return new YamlNode(YAML.createObjectNode(), "", source, lines);
            }
            if (!root.isObject()) {
                throw node.error("the file must be a YAML mapping (key: value), not a " + root.getNodeType()
                        .name().toLowerCase());
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ConfigFileException(source + ": not valid YAML" + where + ": " + e.getOriginalMessage());
        }
    }

    public String path() {
        return path;
    }

    public boolean has(String field) {
        JsonNode child = node.get(field);
        return child != null && !child.isNull();
    }

    public YamlNode get(String field) {
        return new YamlNode(node.get(field), path.isEmpty() ? field : path + "." + field, source, lines);
    }

    public YamlNode required(String field) {
        if (!has(field)) {
            throw error("`" + field + "` is required");
        }
        return get(field);
    }

    /** Refuses keys the reader does not know, so a typo ({@code timout:}) is not silently ignored. */
    public YamlNode allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(get(name).path, "unknown key `" + name + "`; known keys: " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
        return this;
    }

    public Optional<String> text(String field) {
        return has(field) ? Optional.of(get(field).scalar()) : Optional.empty();
    }

    public String requiredText(String field) {
        return required(field).scalar();
    }

    /** The node as text; a number or boolean is read as written. */
    public String scalar() {
        if (!node.isValueNode()) {
            throw error("expected a single value, not a " + kind());
        }
        String text = node.asText().strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    /** The node as text exactly as written (a trailing line break in a quoted string is kept). */
    public String rawScalar() {
        if (!node.isValueNode()) {
            throw error("expected a single value, not a " + kind());
        }
        if (node.asText().isEmpty()) {
            throw error("must not be empty");
        }
        return node.asText();
    }

    public Optional<Duration> duration(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        YamlNode child = get(field);
        String text = child.scalar();
        return Optional.of(HumanDuration.parse(text).filter(d -> !d.isNegative() && !d.isZero())
                .orElseThrow(() -> child.error("`" + text + "` is not a duration; write e.g. 30s, 5m, 1h30m, 1d or 1w")));
    }

    public Optional<Integer> integer(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        YamlNode child = get(field);
        if (!child.node.canConvertToInt() || !child.node.isIntegralNumber()) {
            throw child.error("must be a whole number");
        }
        return Optional.of(child.node.intValue());
    }

    public Optional<Boolean> bool(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        YamlNode child = get(field);
        if (!child.node.isBoolean()) {
            throw child.error("must be true or false");
        }
        return Optional.of(child.node.booleanValue());
    }

    /** A list of values; a single value counts as a list of one. */
    public List<String> texts(String field) {
        if (!has(field)) {
            return List.of();
        }
        YamlNode child = get(field);
        if (child.node.isValueNode()) {
            return List.of(child.scalar());
        }
        return child.items().stream().map(YamlNode::scalar).toList();
    }

    public List<YamlNode> items() {
        if (!node.isArray()) {
            throw error("expected a list, not a " + kind());
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlNode(node.get(i), path + "[" + i + "]", source, lines));
        }
        return items;
    }

    public List<YamlNode> items(String field) {
        return has(field) ? get(field).items() : List.of();
    }

    /** The entries of a mapping, in file order. */
    public Map<String, YamlNode> entries() {
        if (!node.isObject()) {
            throw error("expected a mapping (key: value), not a " + kind());
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> entries.put(e.getKey(),
                new YamlNode(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), source, lines)));
        return entries;
    }

    public Map<String, YamlNode> entries(String field) {
        return has(field) ? get(field).entries() : Map.of();
    }

    public boolean isMapping() {
        return node.isObject();
    }

    public ConfigFileException error(String message) {
        return error(path, message);
    }

    /** An error about this node, on the line of lineOfPath (a key inside it, say). */
    private ConfigFileException error(String lineOfPath, String message) {
        String line = lines == null ? "" : YamlLines.lineOf(lines, lineOfPath).map(n -> "line " + n + ": ")
                .orElse("");
        return new ConfigFileException(source + ": " + line + (path.isEmpty() ? "" : path + ": ") + message);
    }

    private String kind() {
        return node.isObject() ? "mapping" : node.isArray() ? "list" : node.isMissingNode() ? "missing value"
                : node.getNodeType().name().toLowerCase();
    }
}
