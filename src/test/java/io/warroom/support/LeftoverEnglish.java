package io.warroom.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds English sentences left in output that should be in another language: two or more English words in a row,
 * once product names, incident keys, code spans (the command grammar), links, mentions and the given user text are
 * taken out. A single English word (a product, "RCA", "SEV2") is not a sentence.
 */
public final class LeftoverEnglish {

    /** Names that stay as they are in every language. */
    public static final Set<String> PRODUCT_NAMES = Set.of("Warroom", "Slack", "Discord", "PagerDuty", "Grafana",
            "Prometheus", "Alertmanager", "CloudWatch", "Amazon SNS", "Events v2", "Jira", "GitHub", "Linear",
            "5 Whys", "Markdown", "Block Kit", "Socket Mode");

    private static final Pattern NOT_PROSE = Pattern.compile(
            "`[^`]*`"                      // code spans: commands, options, keys
            + "|<[^>\\s][^>]*>"            // Slack links and mentions, Discord mentions
            + "|https?://\\S+"             // bare links
            + "|:[a-z0-9_+-]+:"            // emoji short codes
            + "|\\bINC-\\d+\\b"            // incident keys
            + "|\\bSEV\\d\\b");
    private static final Pattern ENGLISH_RUN = Pattern.compile(
            "\\b[A-Za-z][A-Za-z']+(?:[ \\t]*[,:;/&-]?[ \\t]+[A-Za-z][A-Za-z']+)+\\b");

    private LeftoverEnglish() {
    }

    /** The English runs left in text, each once, in order of appearance; empty when there are none. */
    public static List<String> in(String text, String... userText) {
        String rest = text;
        List<String> allowed = Stream.concat(PRODUCT_NAMES.stream(), Stream.of(userText))
                .filter(s -> s != null && !s.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String name : allowed) {
            rest = rest.replace(name, " ");
        }
        rest = NOT_PROSE.matcher(rest).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH_RUN.matcher(rest);
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
