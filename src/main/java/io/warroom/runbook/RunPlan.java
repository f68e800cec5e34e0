package io.warroom.runbook;

import io.warroom.config.HumanDuration;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Exactly what a run will do, with parameters filled in and secrets resolved. describe() is what the confirmation
 * shows; canonical() (which holds no secret) is hashed, so a confirmation runs only the plan it showed.
 */
public sealed interface RunPlan permits RunPlan.CommandPlan, RunPlan.HttpPlan {

    RunbookAction action();

    Duration timeout();

    /** Values taken from the environment, masked wherever output is shown. */
    Set<String> secrets();

    String describe();

    /** What the confirmation shows, in the language of the given texts. */
    String describe(RunbookMessages said);

    String canonical();

    /** A program started without a shell: argv is the argument vector, env the whole environment it gets. */
    record CommandPlan(RunbookAction action, List<String> argv, Path workingDir, Map<String, String> env,
            Map<String, String> envShown, Set<String> secrets, Duration timeout) implements RunPlan {

        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

        @Override
        public String describe() {
            String environment = envShown.isEmpty() ? "" : " with " + envShown.entrySet().stream()
                    .map(e -> e.getKey() + "=" + quote(e.getValue())).collect(Collectors.joining(", "));
            return "`" + argv.stream().map(CommandPlan::quote).collect(Collectors.joining(" ")) + "` (no shell) in "
                    + workingDir + environment + "; timeout " + HumanDuration.format(timeout);
        }

        @Override
        public String describe(RunbookMessages said) {
            String environment = envShown.isEmpty() ? "" : said.commandPlanEnv(envShown.entrySet().stream()
                    .map(e -> e.getKey() + "=" + quote(e.getValue())).collect(Collectors.joining(", ")));
            return said.commandPlan(argv.stream().map(CommandPlan::quote).collect(Collectors.joining(" ")),
                    workingDir.toString(), environment, HumanDuration.format(timeout));
        }

        @Override
        public String canonical() {
            return "command\n" + String.join("\u0000", argv) + "\n" + workingDir + "\n" + envShown + "\n" + timeout;
        }

        /** Shows each argument so its limits are unambiguous (one argument, even with spaces or quotes inside). */
        static String quote(String argument) {
            if (PLAIN.matcher(argument).matches()) {
                return argument;
            }
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : argument.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '`' -> quoted.append("\\u0060");
                    case '\n' -> quoted.append("\\n");
                    case '\t' -> quoted.append("\\t");
                    case '\r' -> quoted.append("\\r");
                    default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return quoted.append('"').toString();
        }
    }

    /** One HTTP request through the JDK client; headers may hold secrets, headersShown never does. */
    record HttpPlan(RunbookAction action, String method, URI url, Map<String, String> headers,
            Map<String, String> headersShown, String body, String contentType, Set<String> secrets, Duration timeout)
            implements RunPlan {

        private static final int BODY_SHOWN = 500;

        @Override
        public String describe() {
            String shownHeaders = headersShown.isEmpty() ? "" : " with headers " + headersShown.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
            String shownBody = body == null ? "" : " and body `" + (body.length() <= BODY_SHOWN ? body
                    : body.substring(0, BODY_SHOWN) + "…").replace("`", "'") + "`";
            return "`" + method + " " + url + "`" + shownHeaders + shownBody + "; timeout "
                    + HumanDuration.format(timeout);
        }

        @Override
        public String describe(RunbookMessages said) {
            String shownHeaders = headersShown.isEmpty() ? "" : said.httpPlanHeaders(headersShown.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
            String shownBody = body == null ? "" : said.httpPlanBody((body.length() <= BODY_SHOWN ? body
                    : body.substring(0, BODY_SHOWN) + "…").replace("`", "'"));
            return said.httpPlan(method, url.toString(), shownHeaders, shownBody, HumanDuration.format(timeout));
        }

        @Override
        public String canonical() {
            return "http\n" + method + "\n" + url + "\n" + headersShown + "\n" + contentType + "\n" + body + "\n"
                    + timeout;
        }
    }
}
