package io.warroom.runbook;

import io.warroom.oncall.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the runbooks YAML file (format in README). It refuses anything that could let chat text reach a program
 * other than through a declared, pattern-checked parameter: the program is always literal, placeholders are only
 * the known ones, environment references only in env and headers.
 */
public final class RunbookFile {

    /** Incident fields usable anywhere: none of them is free text. */
    public static final Set<String> SAFE_FIELDS = Set.of("service", "action", "incident.key", "incident.number",
            "incident.severity", "incident.phase");
    /** Free-text incident fields, usable only in HTTP bodies, where they are escaped for the body's format. */
    public static final Set<String> TEXT_FIELDS = Set.of("incident.title", "incident.service", "incident.status",
            "incident.commander", "requested_by");
    /** oncall: the on-call of the action's service, who may run it anyway; kept so files that name it still load. */
    public static final Set<String> ROLES = Set.of("oncall");

    private static final Pattern ACTION_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}");
    private static final Pattern PERSON_REF = Pattern.compile(
            "(slack|discord):[A-Za-z0-9]{2,32}|[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TIMEOUT_MAX = Duration.ofHours(1);

    private RunbookFile() {
    }

    public static Runbooks parse(String yaml, String source) {
        YamlNode root = YamlNode.read(yaml, source).allowOnly(Set.of("services"));
        Map<String, Map<String, RunbookAction>> services = new LinkedHashMap<>();
        root.entries("services").forEach((service, actions) -> {
            if (!service.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                throw actions.error("`" + service + "` is not a usable service name (letters, digits, `.`, `-`, `_`)");
            }
            Map<String, RunbookAction> byName = new LinkedHashMap<>();
            actions.entries().forEach((name, node) -> byName.put(name, action(service, name, node)));
            services.put(service, byName);
        });
        return new Runbooks(services);
    }

    private static RunbookAction action(String service, String name, YamlNode node) {
        if (!ACTION_NAME.matcher(name).matches()) {
            throw node.error("`" + name + "` is not a usable action name (a-z, 0-9, `-`, `_`)");
        }
        if (name.equals("confirm")) {
            throw node.error("`confirm` is reserved: `run confirm` confirms a run");
        }
        node.allowOnly(Set.of("description", "command", "http", "working_dir", "env", "timeout", "parameters",
                "allowed_people", "allowed_roles", "stops_bleeding"));
        if (node.has("command") == node.has("http")) {
            throw node.error("an action has either `command` (an argument vector) or `http`, not "
                    + (node.has("command") ? "both" : "neither"));
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        node.entries("parameters").forEach((p, spec) -> parameters.put(p, parameter(p, spec)));
        Set<String> safe = new LinkedHashSet<>(SAFE_FIELDS);
        safe.addAll(parameters.keySet());
        Set<String> used = new LinkedHashSet<>();
        RunbookAction.CommandSpec command = null;
        RunbookAction.HttpSpec http = null;
        if (node.has("command")) {
            command = command(node, safe, used);
        } else {
            if (node.has("working_dir") || node.has("env")) {
                throw node.error("`working_dir` and `env` belong to command actions; an http action has headers");
            }
            http = http(node.get("http"), safe, used);
        }
        for (String p : parameters.keySet()) {
            if (!used.contains(p)) {
                throw node.get("parameters").get(p).error("parameter `" + p + "` is declared but used nowhere");
            }
        }
        Duration timeout = node.duration("timeout").orElse(command != null ? COMMAND_TIMEOUT : HTTP_TIMEOUT);
        if (timeout.compareTo(TIMEOUT_MAX) > 0) {
            throw node.get("timeout").error("must be at most 1h");
        }
        List<String> people = node.texts("allowed_people");
        for (String person : people) {
            if (!PERSON_REF.matcher(person).matches()) {
                throw node.get("allowed_people").error("`" + person + "` is neither a person of the on-call file nor "
                        + "slack:<user id> or discord:<user id>");
            }
        }
        List<String> roles = node.texts("allowed_roles").stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        for (String role : roles) {
            if (Set.of("commander", "comms", "scribe").contains(role)) {
                throw node.get("allowed_roles").error("`" + role + "` grants no rights: anyone can take a free "
                        + "incident role; list the people in allowed_people or make them admins (WARROOM_ADMINS)");
            }
            if (!ROLES.contains(role)) {
                throw node.get("allowed_roles").error("`" + role + "` is not a role; the only role is oncall");
            }
        }
        boolean stopsBleeding = node.bool("stops_bleeding").orElse(name.equals(RunbookAction.ROLLBACK));
        return new RunbookAction(service, name, node.text("description").orElse(null), parameters, people, roles,
                timeout, stopsBleeding, command, http);
    }

    private static Parameter parameter(String name, YamlNode node) {
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw node.error("`" + name + "` is not a usable parameter name (a-z, 0-9, `_`)");
        }
        node.allowOnly(Set.of("pattern", "default", "description"));
        String regex = node.requiredText("pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw node.get("pattern").error("not a regular expression: " + e.getDescription());
        }
        Parameter parameter = new Parameter(name, pattern, node.text("default").orElse(null),
                node.text("description").orElse(null));
        if (parameter.defaultValue() != null) {
            parameter.problem(parameter.defaultValue()).ifPresent(problem -> {
                throw node.get("default").error("the default does not pass its own check: " + problem);
            });
        }
        return parameter;
    }

    private static RunbookAction.CommandSpec command(YamlNode node, Set<String> safe, Set<String> used) {
        YamlNode argvNode = node.get("command");
        List<YamlNode> items = argvNode.items();
        if (items.isEmpty()) {
            throw argvNode.error("the argument vector needs at least the program, e.g. [kubectl, rollout, undo, "
                    + "deployment/checkout]");
        }
        List<Template> argv = new ArrayList<>();
        for (YamlNode item : items) {
            argv.add(template(item, item.rawScalar(), safe, false, used));
        }
        if (!argv.get(0).valueNames().isEmpty()) {
            throw items.get(0).error("the program must be written out, not filled in from a placeholder");
        }
        String workingDir = node.text("working_dir").orElse(null);
        if (workingDir != null && !Template.parse(workingDir).valueNames().isEmpty()) {
            throw node.get("working_dir").error("the working directory must be written out, without placeholders");
        }
        Map<String, Template> env = new LinkedHashMap<>();
        node.entries("env").forEach((variable, value) -> {
            if (!ENV_NAME.matcher(variable).matches()) {
                throw value.error("`" + variable + "` is not an environment variable name");
            }
            env.put(variable, template(value, value.rawScalar(), safe, true, used));
        });
        return new RunbookAction.CommandSpec(argv, workingDir, env);
    }

    private static RunbookAction.HttpSpec http(YamlNode node, Set<String> safe, Set<String> used) {
        node.allowOnly(Set.of("method", "url", "headers", "body", "content_type"));
        String method = node.text("method").orElse("POST").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw node.get("method").error("`" + method + "` is not one of " + String.join(", ", METHODS.stream()
                    .sorted().toList()));
        }
        YamlNode urlNode = node.required("url");
        String urlText = urlNode.scalar();
        if (!urlText.matches("(?i)https?://[A-Za-z0-9.\\[\\]:-]+(/.*)?")) {
            throw urlNode.error("must start with http:// or https:// and a host written out (placeholders only in the "
                    + "path and query)");
        }
        Template url = template(urlNode, urlText, safe, false, used);
        Map<String, Template> headers = new LinkedHashMap<>();
        node.entries("headers").forEach((header, value) -> {
            if (!HEADER_NAME.matcher(header).matches()) {
                throw value.error("`" + header + "` is not a header name");
            }
            headers.put(header, template(value, value.rawScalar(), safe, true, used));
        });
        Template body = null;
        if (node.has("body")) {
            Set<String> bodyFields = new LinkedHashSet<>(safe);
            bodyFields.addAll(TEXT_FIELDS);
            body = template(node.get("body"), node.get("body").rawScalar(), bodyFields, false, used);
        }
        String contentType = node.text("content_type").orElse(body == null ? null : "application/json");
        return new RunbookAction.HttpSpec(method, url, headers, body, contentType);
    }

    private static Template template(YamlNode where, String text, Set<String> allowed, boolean envAllowed,
            Set<String> used) {
        Template template = Template.parse(text);
        for (String name : template.valueNames()) {
            if (!allowed.contains(name)) {
                String hint = TEXT_FIELDS.contains(name) ? " (free text from chat: only HTTP bodies may use it)"
                        : " (declare it under parameters, or use one of " + String.join(", ", SAFE_FIELDS.stream()
                                .sorted().toList()) + ")";
                throw where.error("`{" + name + "}` cannot be used here" + hint);
            }
            used.add(name);
        }
        if (!envAllowed && !template.envNames().isEmpty()) {
            throw where.error("`${" + template.envNames().iterator().next() + "}`: environment variables may only be "
                    + "used in env and headers, so secrets never show up in arguments, URLs or bodies");
        }
        for (String variable : template.envNames()) {
            if (!ENV_NAME.matcher(variable).matches()) {
                throw where.error("`" + variable + "` is not an environment variable name");
            }
        }
        return template;
    }
}
