package io.warroom.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key and list item of a YAML text starts, by the path {@link YamlFile} gives it
 * ({@code monitors[1].timeout}), so a complaint can name the line to fix.
 */
final class YamlLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlLines() {
    }

    /** Lines by path; empty when the text does not parse (the parse error names its own line). */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(join(pathOf(context), context.getCurrentName()), line);
                } else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
                    if (holder != null && holder.inArray()) {
                        lines.putIfAbsent(pathOf(holder) + "[" + holder.getCurrentIndex() + "]", line);
                    }
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return lines;
    }

    /** The line of the path, or of the nearest enclosing one that is in the file (a missing key's mapping). */
    static Optional<Integer> lineOf(Map<String, Integer> lines, String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return Optional.of(line);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Optional.empty();
    }

    /** The path of the mapping or list that a context reads. */
    private static String pathOf(JsonStreamContext container) {
        JsonStreamContext parent = container.getParent();
        if (parent == null || parent.inRoot()) {
            return "";
        }
        if (parent.inObject()) {
            return join(pathOf(parent), parent.getCurrentName());
        }
        return pathOf(parent) + "[" + parent.getCurrentIndex() + "]";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
