package io.warroom.command;

import static io.warroom.command.VerbParsers.clip;
import static io.warroom.command.VerbParsers.name;
import static io.warroom.command.VerbParsers.number;

import io.warroom.incident.FieldLimits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The runbook verb's grammar: an action with its service and parameters, or the confirmation of a run. */
final class RunVerbParser {

    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern RUN_CODE = Pattern.compile("[0-9a-f]{8,64}");
    /** The longest reason a denial keeps. */
    static final int DENIAL_REASON_MAX = 500;

    private RunVerbParser() {
    }

    /**
     * {@code run}, {@code run <action> [service] [name=value …]}, {@code run confirm <run> <code>}, {@code run approve
     * <run>} or {@code run deny <run> [reason]}.
     */
    static Command run(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.isEmpty()) {
            return new Command.Run(null, null, Map.of());
        }
        if (words.get(0).equalsIgnoreCase("confirm")) {
            if (words.size() != 3 || !RUN_CODE.matcher(words.get(2).toLowerCase(Locale.ROOT)).matches()) {
                throw new UsageException("`run confirm` needs the run number and code its confirmation shows, e.g. "
                        + "`run confirm 17 3fa9c2e1b0d4`.", v, UsageMessages::runConfirmNeeds);
            }
            return new Command.ConfirmRun(number(words.get(1), "run number", v), words.get(2).toLowerCase(Locale.ROOT));
        }
        if (words.get(0).equalsIgnoreCase("approve")) {
            if (words.size() != 2) {
                throw new UsageException("`run approve` needs the run number and nothing else, e.g. `run approve 17`.",
                        v, UsageMessages::runApproveNeeds);
            }
            return new Command.ApproveRun(number(words.get(1), "run number", v));
        }
        if (words.get(0).equalsIgnoreCase("deny")) {
            if (words.size() < 2) {
                throw new UsageException("`run deny` needs the run number, and may give a reason, e.g. `run deny 17 "
                        + "wrong revision`.", v, UsageMessages::runDenyNeeds);
            }
            String reason = a.textAfterWords(2);
            if (reason.length() > DENIAL_REASON_MAX) {
                int length = reason.length();
                throw new UsageException("The reason is " + length + " characters; the limit is "
                        + DENIAL_REASON_MAX + ".", v, m -> m.reasonTooLong(length, DENIAL_REASON_MAX));
            }
            return new Command.DenyRun(number(words.get(1), "run number", v), reason.isEmpty() ? null : reason);
        }
        String action = name(words.get(0), "an action", v).toLowerCase(Locale.ROOT);
        String service = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int equals = word.indexOf('=');
            if (equals < 0 && i == 1) {
                service = name(word, "a service", v);
                continue;
            }
            if (equals < 0) {
                throw new UsageException("`" + clip(word) + "` is not a parameter: write parameters as name=value, "
                        + "without spaces.", v, m -> m.notAParameter(clip(word)));
            }
            String parameter = word.substring(0, equals).toLowerCase(Locale.ROOT);
            if (!PARAMETER_NAME.matcher(parameter).matches()) {
                throw new UsageException("`" + clip(word.substring(0, equals)) + "` is not a parameter name "
                        + "(a-z, 0-9 and _).", v, m -> m.badParameterName(clip(word.substring(0, equals))));
            }
            if (equals == word.length() - 1) {
                throw new UsageException("`" + parameter + "=` needs a value.", v,
                        m -> m.parameterNeedsValue(parameter));
            }
            if (parameters.put(parameter, word.substring(equals + 1)) != null) {
                throw new UsageException("`" + parameter + "` is given twice.", v,
                        m -> m.parameterGivenTwice(parameter));
            }
        }
        int length = parameters.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 6)
                .sum();
        if (length > FieldLimits.RUN_PARAMETERS) {
            throw new UsageException("The parameters are " + length + " characters; the limit is "
                    + FieldLimits.RUN_PARAMETERS + ".", v,
                    m -> m.parametersTooLong(length, FieldLimits.RUN_PARAMETERS));
        }
        return new Command.Run(action, service, Collections.unmodifiableMap(parameters));
    }
}
