package io.warroom.discord;

import io.warroom.command.Arguments;
import io.warroom.command.CommandParser;
import io.warroom.command.ParsedCommand;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.incident.IncidentKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a slash command's subcommand and typed options into the grammar's command, so Discord runs the very same
 * parser as typed text. The rules need nothing per subcommand, so a subcommand added to the manifest just works:
 * <ul>
 * <li>the subcommand's name is the grammar's subcommand; {@code incident} names the incident;</li>
 * <li>an option the subcommand declares as {@code key:value} (e.g. {@code service}, {@code owner}) is passed as
 * that option, never through text, so a title containing "sev:1" stays a title;</li>
 * <li>every other option is a word of the free text, in the order the usage line names it ({@code check [phase]
 * <item-number>}), written {@code --at 14:26} when the usage shows a flag and {@code done 3} when it shows a keyword;
 * a boolean option adds its own name when true ({@code list all}), as a flag when the usage shows one
 * ({@code update --public …}).</li>
 * </ul>
 */
public final class TypedCommand {

    static final String INCIDENT = "incident";

    private TypedCommand() {
    }

    public static ParsedCommand parse(String subcommand, List<TypedOption> options) {
        String ids = String.join(", ", Verb.ids());
        Verb verb = Verb.find(subcommand).orElseThrow(() -> new UsageException(
                "`" + subcommand + "` is not a subcommand. Try: " + ids + ".", null,
                m -> m.unknownSubcommand(subcommand, ids)));
        Optional<Long> incident = Optional.empty();
        Map<String, String> named = new LinkedHashMap<>();
        List<TypedOption> words = new ArrayList<>();
        for (TypedOption option : options) {
            if (option.name().equals(INCIDENT)) {
                incident = Optional.of(IncidentKey.parse(option.value()).orElseThrow(() -> new UsageException(
                        "`" + option.value() + "` is not an incident; name it like INC-42.", verb,
                        m -> m.notAnIncident(option.value()))));
            } else if (verb.optionKeys().contains(option.name())) {
                named.put(option.name(), option.value());
            } else {
                words.add(option);
            }
        }
        String text = String.join(" ", inUsageOrder(verb, words).stream().map(o -> written(verb, o))
                .filter(s -> !s.isEmpty()).toList());
        return CommandParser.typed(verb, Arguments.typed(text, named), incident);
    }

    /** Options the usage line names go in its order; the others keep their places. */
    private static List<TypedOption> inUsageOrder(Verb verb, List<TypedOption> words) {
        String usage = argumentsOf(verb);
        List<Integer> slots = new ArrayList<>();
        List<TypedOption> named = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (position(usage, words.get(i).name()) >= 0) {
                slots.add(i);
                named.add(words.get(i));
            }
        }
        named.sort(Comparator.comparingInt(o -> position(usage, o.name())));
        List<TypedOption> ordered = new ArrayList<>(words);
        for (int i = 0; i < slots.size(); i++) {
            ordered.set(slots.get(i), named.get(i));
        }
        return ordered;
    }

    private static String written(Verb verb, TypedOption option) {
        String usage = argumentsOf(verb);
        String name = Pattern.quote(option.name());
        boolean dashed = Pattern.compile("--" + name + "(?![\\w-])").matcher(usage).find();
        if (option.flag()) {
            return !Boolean.parseBoolean(option.value()) ? "" : dashed ? "--" + option.name() : option.name();
        }
        if (dashed) {
            return "--" + option.name() + " " + option.value();
        }
        if (Pattern.compile("(?<![\\w<\\[|-])" + name + " <").matcher(usage).find()) {
            return option.name() + " " + option.value();
        }
        return option.value();
    }

    /** Where the usage line (after the subcommand itself) names an option; -1 when it does not. */
    private static int position(String usage, String optionName) {
        Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(optionName) + "(?![\\w])").matcher(usage);
        return m.find() ? m.start() : -1;
    }

    private static String argumentsOf(Verb verb) {
        String usage = verb.usage();
        String prefix = "/incident " + verb.id();
        return usage.startsWith(prefix) ? usage.substring(prefix.length()) : usage;
    }
}
