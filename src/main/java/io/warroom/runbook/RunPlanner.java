package io.warroom.runbook;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.warroom.incident.Incident;
import io.warroom.incident.Person;
import io.warroom.incident.Role;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an action, an incident and the parameters a person typed into the exact plan of what will run. Parameters
 * are checked against their declared patterns first; nothing else typed in chat can reach the plan.
 */
public final class RunPlanner {

    /** Passed to every command from Warroom's own environment; everything else must be declared. */
    static final Set<String> INHERITED = Set.of("PATH", "HOME", "LANG", "LC_ALL", "TZ");

    private final Function<String, String> environment;

    public RunPlanner(Function<String, String> environment) {
        this.environment = environment;
    }

    public static RunPlanner fromSystemEnvironment() {
        return new RunPlanner(System::getenv);
    }

    /** The parameters with defaults filled in, each checked; throws on unknown, missing or refused values. */
    public static Map<String, String> parameters(RunbookAction action, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (!action.parameters().containsKey(name)) {
                throw PlanException.badInput(action.label() + " has no parameter `" + name + "`; " + takes(action),
                        said -> said.noSuchParameter(said.label(action.name(), action.service()), name,
                                takes(action, said)));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : action.parameters().values()) {
            String value = given.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null) {
                throw PlanException.badInput(action.label() + " needs `" + parameter.name() + "=…`; " + takes(action),
                        said -> said.needsParameter(said.label(action.name(), action.service()), parameter.name(),
                                takes(action, said)));
            }
            parameter.problem(value).ifPresent(problem -> {
                throw PlanException.badInput(problem);
            });
            values.put(parameter.name(), value);
        }
        return values;
    }

    /** What the action takes, in the reader's language. */
    static String takes(RunbookAction action, RunbookMessages said) {
        if (action.parameters().isEmpty()) {
            return said.takesNothing();
        }
        return said.takes(String.join(", ", action.parameters().values().stream().map(Parameter::usage).toList()));
    }

    public static String takes(RunbookAction action) {
        if (action.parameters().isEmpty()) {
            return "it takes no parameters.";
        }
        return "it takes " + String.join(", ", action.parameters().values().stream().map(Parameter::usage).toList())
                + ".";
    }

    public RunPlan plan(RunbookAction action, Incident incident, Map<String, String> given, Person requestedBy) {
        Map<String, String> parameters = parameters(action, given);
        Map<String, String> values = new LinkedHashMap<>(parameters);
        values.put("service", action.service());
        values.put("action", action.name());
        values.put("incident.key", incident.key());
        values.put("incident.number", String.valueOf(incident.number));
        values.put("incident.severity", incident.severity.label());
        values.put("incident.phase", incident.phase.id());
        values.put("incident.title", incident.title);
        values.put("incident.service", incident.service == null ? "" : incident.service);
        values.put("incident.status", incident.status.label());
        values.put("incident.commander", incident.role(Role.COMMANDER).map(p -> p.displayName).orElse(""));
        values.put("requested_by", requestedBy.displayName);
        Set<String> secrets = new LinkedHashSet<>();
        return action.isCommand() ? commandPlan(action, incident, parameters, values, secrets)
                : httpPlan(action, values, secrets);
    }

    private RunPlan commandPlan(RunbookAction action, Incident incident, Map<String, String> parameters,
            Map<String, String> values, Set<String> secrets) {
        RunbookAction.CommandSpec spec = action.command();
        var argv = spec.argv().stream().map(t -> t.render(values, Function.identity(), this::secretRefused)).toList();
        Path workingDir = Path.of(spec.workingDir() == null ? "" : spec.workingDir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(workingDir)) {
            throw PlanException.cannotRun(action.label() + " cannot run: its working_dir " + workingDir
                    + " is not a directory.");
        }
        requireProgram(action, argv.get(0));
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : INHERITED) {
            String value = environment.apply(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.put("WARROOM_INCIDENT", incident.key());
        env.put("WARROOM_SEVERITY", incident.severity.label());
        env.put("WARROOM_SERVICE", action.service());
        env.put("WARROOM_ACTION", action.name());
        parameters.forEach((name, value) -> env.put("WARROOM_PARAM_" + name.toUpperCase(Locale.ROOT), value));
        Map<String, String> shown = new LinkedHashMap<>();
        spec.env().forEach((name, template) -> {
            env.put(name, template.render(values, Function.identity(), variable -> secret(action, variable, secrets)));
            shown.put(name, template.show(values, Function.identity()));
        });
        return new RunPlan.CommandPlan(action, argv, workingDir, env, shown, secrets, action.timeout());
    }

    private RunPlan httpPlan(RunbookAction action, Map<String, String> values, Set<String> secrets) {
        RunbookAction.HttpSpec spec = action.http();
        URI url;
        try {
            url = URI.create(spec.url().render(values, RunPlanner::urlEncode, this::secretRefused));
        } catch (IllegalArgumentException e) {
            throw PlanException.cannotRun(action.label() + " cannot run: its url is not a URL once filled in ("
                    + e.getMessage() + ").");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        spec.headers().forEach((name, template) -> {
            headers.put(name, template.render(values, Function.identity(), v -> secret(action, v, secrets)));
            shown.put(name, template.show(values, Function.identity()));
        });
        String body = null;
        if (spec.body() != null) {
            Function<String, String> escape = bodyEscape(spec.contentType());
            body = spec.body().render(values, escape, this::secretRefused);
        }
        if (spec.contentType() != null) {
            headers.putIfAbsent("Content-Type", spec.contentType());
            shown.putIfAbsent("Content-Type", spec.contentType());
        }
        return new RunPlan.HttpPlan(action, spec.method(), url, headers, shown, body, spec.contentType(), secrets,
                action.timeout());
    }

    private String secret(RunbookAction action, String variable, Set<String> secrets) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw PlanException.cannotRun(action.label() + " cannot run: the environment variable " + variable
                    + " is not set in Warroom's environment.");
        }
        secrets.add(value);
        return value;
    }

    private String secretRefused(String variable) {
        throw new IllegalStateException("environment reference ${" + variable + "} where the file allows none");
    }

    private void requireProgram(RunbookAction action, String program) {
        if (program.contains("/")) {
            if (!Files.isExecutable(Path.of(program))) {
                throw PlanException.cannotRun(action.label() + " cannot run: " + program + " is not an executable "
                        + "file.");
            }
            return;
        }
        String path = environment.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                    return;
                }
            }
        }
        throw PlanException.cannotRun(action.label() + " cannot run: `" + program + "` is not on Warroom's PATH.");
    }

    private static Function<String, String> bodyEscape(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return value -> new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
        if (type.contains("x-www-form-urlencoded")) {
            return RunPlanner::urlEncode;
        }
        return Function.identity();
    }

    /** Encodes a value for a URL so it stays one path segment or query value (a slash included). */
    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
