package io.warroom.runbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from the runbook file with {@code {name}} placeholders (declared parameters and incident fields) and, where
 * allowed, {@code ${VARIABLE}} environment references. Anything else in braces (JSON, say) is literal text.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\{([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)?)}");

    sealed interface Part permits Literal, Value, Env {
    }

    record Literal(String text) implements Part {
    }

    record Value(String name) implements Part {
    }

    record Env(String variable) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    public static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            parts.add(m.group(1) != null ? new Env(m.group(1)) : new Value(m.group(2)));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        return new Template(text, parts);
    }

    public String source() {
        return source;
    }

    public Set<String> valueNames() {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(p -> {
            if (p instanceof Value v) {
                names.add(v.name());
            }
        });
        return names;
    }

    public Set<String> envNames() {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(p -> {
            if (p instanceof Env e) {
                names.add(e.variable());
            }
        });
        return names;
    }

    /**
     * Fills in values (escaped for where the text goes) and environment variables (from env, as they are: they come
     * from the operator, not from chat).
     */
    public String render(Map<String, String> values, Function<String, String> escape, Function<String, String> env) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal l) {
                out.append(l.text());
            } else if (part instanceof Value v) {
                String value = values.get(v.name());
                if (value == null) {
                    throw new IllegalStateException("no value for {" + v.name() + "}");
                }
                out.append(escape.apply(value));
            } else if (part instanceof Env e) {
                out.append(env.apply(e.variable()));
            }
        }
        return out.toString();
    }

    /** As shown in a confirmation: values filled in, environment references left as {@code ${NAME}}. */
    public String show(Map<String, String> values, Function<String, String> escape) {
        return render(values, escape, name -> "${" + name + "}");
    }
}
