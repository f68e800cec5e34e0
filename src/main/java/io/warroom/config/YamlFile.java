package io.warroom.config;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML config file bound by Jackson to records whose components are its snake_case keys. Every complaint names
 * the file and the path ({@code runbooks.yaml: services.checkout.rollback.timeout: must be at most 1h}) and, when
 * asked, the line. A key the record does not have is refused, so a typo ({@code timout:}) is not silently ignored.
 * A list or mapping that is left out reads as empty (except where a component says
 * {@code @JsonSetter(nulls = Nulls.SET)}, because leaving it out deserves its own complaint); an empty item in one is
 * refused.
 */
public final class YamlFile {

    private static final ObjectMapper YAML = mapper();

    private final String source;
    private final JsonNode root;
    /** Line of each path, when the file names lines; errors then say {@code monitors.yaml: line 7: …}. */
    private final Map<String, Integer> lines;

    private YamlFile(String source, JsonNode root, Map<String, Integer> lines) {
        this.source = source;
        this.root = root;
        this.lines = lines;
    }

    /** Parses the text; refuses what is not YAML or not a mapping. An empty file is an empty mapping. */
    public static YamlFile read(String text, String source, boolean namesLines) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigFileException(source + ": not valid YAML" + where(e) + ": " + e.getOriginalMessage());
        }
        YamlFile file = new YamlFile(source, root, namesLines ? YamlLines.of(text) : null);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new YamlFile(source, YAML.createObjectNode(), file.lines);
        }
        if (!root.isObject()) {
            throw file.error("", "the file must be a YAML mapping (key: value), not a " + root.getNodeType().name()
                    .toLowerCase());
        }
        return file;
    }

    /** Where the YAML parser stumbled: SnakeYAML's problem mark, else the start of what it was reading. */
    private static String where(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return " at line " + (marked.getProblemMark().getLine() + 1) + ", column "
                    + (marked.getProblemMark().getColumn() + 1);
        }
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** The file as a T, or a complaint about the first key or value that does not fit. */
    public <T> T bind(Class<T> type) {
        try {
            return YAML.treeToValue(root, type);
        } catch (UnrecognizedPropertyException e) {
            String key = path(e.getPath());
            String within = path(e.getPath().subList(0, e.getPath().size() - 1));
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw error(key, within, "unknown key `" + e.getPropertyName() + "`; known keys: "
                    + String.join(", ", known));
        } catch (MismatchedInputException e) {
            String path = path(e.getPath());
            throw error(path, path, e instanceof Complaint ? e.getOriginalMessage()
                    : expectation(e.getTargetType(), e instanceof InvalidNullException ? JsonToken.VALUE_NULL : null));
        } catch (JsonProcessingException e) {
            throw error("", e.getOriginalMessage());
        }
    }

    /** The value, or a complaint that the mapping at path lacks key. */
    public <T> T required(T value, String path, String key) {
        if (value == null) {
            throw error(path, "`" + key + "` is required");
        }
        return value;
    }

    /** A complaint about the value at path (as complaints write it), for the checks that follow binding. */
    public ConfigFileException error(String path, String message) {
        return error(path, path, message);
    }

    /** An error about path, on the line of lineOfPath (a key inside it, say). */
    private ConfigFileException error(String lineOfPath, String path, String message) {
        String line = lines == null ? "" : YamlLines.lineOf(lines, lineOfPath).map(n -> "line " + n + ": ")
                .orElse("");
        return new ConfigFileException(source + ": " + line + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** The path as complaints write it: {@code teams.web.rotations.main.people[1]}. */
    private static String path(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference reference : references) {
            String key = reference.getFieldName();
            path = key == null ? path + "[" + reference.getIndex() + "]" : path.isEmpty() ? key : path + "." + key;
        }
        return path;
    }

    /** What a value of the type must look like; a record can say it with {@link JsonClassDescription}. */
    private static String expectation(Class<?> type, JsonToken found) {
        String not = found == null ? "" : ", not a " + kind(found);
        if (type == null) {
            return "not a usable value" + not;
        }
        JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
        if (description != null) {
            return description.value();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "expected a list" + not;
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "expected a mapping (key: value)" + not;
        }
        return "expected a single value" + not;
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "mapping";
            case START_ARRAY -> "list";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "string";
        };
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .registerModule(new SimpleModule()
                        .addDeserializer(String.class, new Text())
                        .addDeserializer(Duration.class, new HumanDurationText()))
                .addHandler(new Complaints());
        JsonSetter.Value emptyWhenLeftOut = JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL);
        mapper.configOverride(List.class).setSetterInfo(emptyWhenLeftOut);
        mapper.configOverride(Map.class).setSetterInfo(emptyWhenLeftOut);
        return mapper;
    }

    /** A complaint of ours, already worded for the person editing the file. */
    private static final class Complaint extends MismatchedInputException {

        Complaint(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Words Jackson's type mismatches as what the key expects. */
    private static final class Complaints extends DeserializationProblemHandler {

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                JsonParser parser, String failure) throws IOException {
            throw new Complaint(parser, expectation(target.getRawClass(), token));
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                String failure) throws IOException {
            throw new Complaint(context.getParser(), expectation(target, JsonToken.VALUE_STRING));
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> target,
                ValueInstantiator instantiator, JsonParser parser, String failure) throws IOException {
            throw new Complaint(parser, expectation(target, parser.currentToken()));
        }
    }

    /** A single value, stripped; a number or boolean is read as written. */
    public static class Text extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = read(parser.getText());
            if (text.isEmpty()) {
                throw new Complaint(parser, "must not be empty");
            }
            return text;
        }

        String read(String text) {
            return text.strip();
        }
    }

    /** A single value exactly as written (a trailing line break in a quoted string is kept). */
    public static class VerbatimText extends Text {

        @Override
        String read(String text) {
            return text;
        }
    }

    /** A positive duration as people write it: 30s, 5m, 1h30m, 1d, 1w. */
    private static final class HumanDurationText extends JsonDeserializer<Duration> {

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = new Text().deserialize(parser, context);
            return HumanDuration.parse(text).filter(d -> !d.isNegative() && !d.isZero()).orElseThrow(() ->
                    new Complaint(parser, "`" + text + "` is not a duration; write e.g. 30s, 5m, 1h30m, 1d or 1w"));
        }
    }
}
