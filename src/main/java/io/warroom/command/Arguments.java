package io.warroom.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows a subcommand: free text plus named {@code key:value} options. Typed by hand it is parsed from
 * text; from Discord's typed options it is built directly, so a title containing "sev:1" stays a title.
 */
public final class Arguments {

    private static final Pattern OPTION = Pattern.compile("(?<=^|\\s)([A-Za-z]+):(\\S*)");
    // Compiled once: every command is parsed, and String.replaceAll/split/replaceFirst compile their pattern anew.
    private static final Pattern REPEATED_BLANKS = Pattern.compile("[ \\t]{2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s*");

    private final String text;
    private final Map<String, String> options;

    private Arguments(String text, Map<String, String> options) {
        this.text = text == null ? "" : text.strip();
        this.options = options;
    }

    public static Arguments typed(String text, Map<String, String> options) {
        Map<String, String> lower = new LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                lower.put(k.toLowerCase(Locale.ROOT), v.strip());
            }
        });
        return new Arguments(text, lower);
    }

    /** Takes out the {@code key:value} words whose key the subcommand declares; the rest is free text. */
    static Arguments parse(String text, Set<String> optionKeys, Verb verb) {
        Map<String, String> options = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = OPTION.matcher(text);
        int last = 0;
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (!optionKeys.contains(key)) {
                continue;
            }
            if (m.group(2).isEmpty()) {
                throw new UsageException("`" + key + ":` needs a value, e.g. `" + key + ":" + example(key) + "`.", verb,
                        said -> said.optionNeedsValue(key, example(key)));
            }
            if (options.put(key, m.group(2)) != null) {
                throw new UsageException("`" + key + ":` is given twice.", verb, said -> said.optionGivenTwice(key));
            }
            rest.append(text, last, m.start());
            last = m.end();
        }
        rest.append(text.substring(last));
        return new Arguments(REPEATED_BLANKS.matcher(rest).replaceAll(" "), options);
    }

    private static String example(String key) {
        return switch (key) {
            case "sev", "severity" -> "2";
            case "due" -> "2030-01-31";
            case "started" -> "14:26";
            default -> "…";
        };
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public List<String> words() {
        return text.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(text));
    }

    /** The text after the first n words, with its line breaks kept. */
    public String textAfterWords(int n) {
        String rest = text;
        for (int i = 0; i < n && !rest.isEmpty(); i++) {
            rest = FIRST_WORD.matcher(rest).replaceFirst("");
        }
        return rest.strip();
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    public Optional<String> option(String key, String alias) {
        return option(key).or(() -> option(alias));
    }

    public Map<String, String> options() {
        return options;
    }
}
