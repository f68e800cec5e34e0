package io.warroom.runbook;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.warroom.access.Identities;
import io.warroom.config.YamlFile;
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
 * Reads the runbooks YAML file (format in docs/oncall-and-runbooks.md). It refuses anything that could let chat
 * text reach a program other than through a declared, pattern-checked parameter: the program is always literal,
 * placeholders are only the known ones, environment references only in env and headers.
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
    private static final Pattern PERSON_REF = Identities.REFERENCE;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TIMEOUT_MAX = Duration.ofHours(1);
    /** Four eyes: the one who confirms and one other person. */
    static final int APPROVALS_MAX = 1;
    private static final Duration APPROVAL_TIMEOUT_MAX = Duration.ofHours(24);
    /** Words of `run` that are not actions. */
    private static final Map<String, String> RESERVED = Map.of("confirm", "confirms", "approve", "approves",
            "deny", "denies");

    private RunbookFile() {
    }

    /** The file as written, key for key; the checks below turn it into the runbooks. */
    record FileYaml(Map<String, Map<String, ActionYaml>> services) {
    }

    record ActionYaml(String description,
            @JsonSetter(nulls = Nulls.SET) @JsonDeserialize(contentUsing = YamlFile.VerbatimText.class)
            List<String> command, HttpYaml http, String workingDir,
            @JsonDeserialize(contentUsing = YamlFile.VerbatimText.class) Map<String, String> env, Duration timeout,
            Map<String, ParameterYaml> parameters,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> allowedPeople,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> allowedRoles,
            Boolean stopsBleeding, Integer approvals, Duration approvalTimeout) {
    }

    record ParameterYaml(String pattern, @JsonProperty("default") String defaultValue, String description) {
    }

    record HttpYaml(String method, String url,
            @JsonDeserialize(contentUsing = YamlFile.VerbatimText.class) Map<String, String> headers,
            @JsonDeserialize(using = YamlFile.VerbatimText.class) String body, String contentType) {
    }

    public static Runbooks parse(String yaml, String source) {
        YamlFile file = YamlFile.read(yaml, source, false);
        Map<String, Map<String, RunbookAction>> services = new LinkedHashMap<>();
        file.bind(FileYaml.class).services().forEach((service, actions) -> {
            String path = "services." + service;
            if (!service.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                throw file.error(path, "`" + service + "` is not a usable service name (letters, digits, `.`, `-`, "
                        + "`_`)");
            }
            Map<String, RunbookAction> byName = new LinkedHashMap<>();
            actions.forEach((name, action) -> byName.put(name, action(file, path + "." + name, service, name,
                    action)));
            services.put(service, byName);
        });
        return new Runbooks(services);
    }

    private static RunbookAction action(YamlFile file, String path, String service, String name, ActionYaml node) {
        if (!ACTION_NAME.matcher(name).matches()) {
            throw file.error(path, "`" + name + "` is not a usable action name (a-z, 0-9, `-`, `_`)");
        }
        if (RESERVED.containsKey(name)) {
            throw file.error(path, "`" + name + "` is reserved: `run " + name + "` " + RESERVED.get(name) + " a run");
        }
        if ((node.command() != null) == (node.http() != null)) {
            throw file.error(path, "an action has either `command` (an argument vector) or `http`, not "
                    + (node.command() != null ? "both" : "neither"));
        }
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        node.parameters().forEach((p, spec) -> parameters.put(p, parameter(file, path + ".parameters." + p, p,
                spec)));
        Set<String> safe = new LinkedHashSet<>(SAFE_FIELDS);
        safe.addAll(parameters.keySet());
        Set<String> used = new LinkedHashSet<>();
        RunbookAction.CommandSpec command = null;
        RunbookAction.HttpSpec http = null;
        if (node.command() != null) {
            command = command(file, path, node, safe, used);
        } else {
            if (node.workingDir() != null || !node.env().isEmpty()) {
                throw file.error(path, "`working_dir` and `env` belong to command actions; an http action has "
                        + "headers");
            }
            http = http(file, path + ".http", node.http(), safe, used);
        }
        for (String p : parameters.keySet()) {
            if (!used.contains(p)) {
                throw file.error(path + ".parameters." + p, "parameter `" + p + "` is declared but used nowhere");
            }
        }
        Duration timeout = node.timeout() != null ? node.timeout() : command != null ? COMMAND_TIMEOUT : HTTP_TIMEOUT;
        if (timeout.compareTo(TIMEOUT_MAX) > 0) {
            throw file.error(path + ".timeout", "must be at most 1h");
        }
        for (String person : node.allowedPeople()) {
            if (!PERSON_REF.matcher(person).matches()) {
                throw file.error(path + ".allowed_people", "`" + person + "` is neither a person of the on-call file "
                        + "nor slack:<user id>, discord:<user id> or web:<user name>");
            }
        }
        List<String> roles = node.allowedRoles().stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        for (String role : roles) {
            if (Set.of("commander", "comms", "scribe").contains(role)) {
                throw file.error(path + ".allowed_roles", "`" + role + "` grants no rights: anyone can take a free "
                        + "incident role; list the people in allowed_people or make them admins (WARROOM_ADMINS)");
            }
            if (!ROLES.contains(role)) {
                throw file.error(path + ".allowed_roles", "`" + role + "` is not a role; the only role is oncall");
            }
        }
        boolean stopsBleeding = node.stopsBleeding() != null ? node.stopsBleeding()
                : name.equals(RunbookAction.ROLLBACK);
        int approvals = node.approvals() == null ? 0 : node.approvals();
        if (approvals < 0 || approvals > APPROVALS_MAX) {
            throw file.error(path + ".approvals", "must be 0 (no approval) or 1 (one other person with rights "
                    + "approves before it runs), not " + approvals);
        }
        Duration approvalTimeout = node.approvalTimeout();
        if (approvalTimeout != null) {
            if (approvals == 0) {
                throw file.error(path + ".approval_timeout", "only means something with `approvals: 1`");
            }
            if (approvalTimeout.isNegative() || approvalTimeout.isZero()
                    || approvalTimeout.compareTo(APPROVAL_TIMEOUT_MAX) > 0) {
                throw file.error(path + ".approval_timeout", "must be more than 0 and at most 24h");
            }
        }
        return new RunbookAction(service, name, node.description(), parameters, node.allowedPeople(), roles,
                timeout, stopsBleeding, command, http, approvals, approvalTimeout);
    }

    private static Parameter parameter(YamlFile file, String path, String name, ParameterYaml spec) {
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw file.error(path, "`" + name + "` is not a usable parameter name (a-z, 0-9, `_`)");
        }
        String regex = file.required(spec.pattern(), path, "pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw file.error(path + ".pattern", "not a regular expression: " + e.getDescription());
        }
        Parameter parameter = new Parameter(name, pattern, spec.defaultValue(), spec.description());
        if (parameter.defaultValue() != null) {
            parameter.problem(parameter.defaultValue()).ifPresent(problem -> {
                throw file.error(path + ".default", "the default does not pass its own check: " + problem);
            });
        }
        return parameter;
    }

    private static RunbookAction.CommandSpec command(YamlFile file, String path, ActionYaml node, Set<String> safe,
            Set<String> used) {
        List<String> items = node.command();
        if (items.isEmpty()) {
            throw file.error(path + ".command", "the argument vector needs at least the program, e.g. [kubectl, "
                    + "rollout, undo, deployment/checkout]");
        }
        List<Template> argv = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            argv.add(template(file, path + ".command[" + i + "]", items.get(i), safe, false, used));
        }
        if (!argv.get(0).valueNames().isEmpty()) {
            throw file.error(path + ".command[0]", "the program must be written out, not filled in from a "
                    + "placeholder");
        }
        String workingDir = node.workingDir();
        if (workingDir != null && !Template.parse(workingDir).valueNames().isEmpty()) {
            throw file.error(path + ".working_dir", "the working directory must be written out, without "
                    + "placeholders");
        }
        Map<String, Template> env = new LinkedHashMap<>();
        node.env().forEach((variable, value) -> {
            String where = path + ".env." + variable;
            if (!ENV_NAME.matcher(variable).matches()) {
                throw file.error(where, "`" + variable + "` is not an environment variable name");
            }
            env.put(variable, template(file, where, value, safe, true, used));
        });
        return new RunbookAction.CommandSpec(argv, workingDir, env);
    }

    private static RunbookAction.HttpSpec http(YamlFile file, String path, HttpYaml node, Set<String> safe,
            Set<String> used) {
        String method = node.method() == null ? "POST" : node.method().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw file.error(path + ".method", "`" + method + "` is not one of " + String.join(", ", METHODS.stream()
                    .sorted().toList()));
        }
        String urlText = file.required(node.url(), path, "url");
        if (!urlText.matches("(?i)https?://[A-Za-z0-9.\\[\\]:-]+(/.*)?")) {
            throw file.error(path + ".url", "must start with http:// or https:// and a host written out "
                    + "(placeholders only in the path and query)");
        }
        Template url = template(file, path + ".url", urlText, safe, false, used);
        Map<String, Template> headers = new LinkedHashMap<>();
        node.headers().forEach((header, value) -> {
            String where = path + ".headers." + header;
            if (!HEADER_NAME.matcher(header).matches()) {
                throw file.error(where, "`" + header + "` is not a header name");
            }
            headers.put(header, template(file, where, value, safe, true, used));
        });
        Template body = null;
        if (node.body() != null) {
            Set<String> bodyFields = new LinkedHashSet<>(safe);
            bodyFields.addAll(TEXT_FIELDS);
            body = template(file, path + ".body", node.body(), bodyFields, false, used);
        }
        String contentType = node.contentType() != null ? node.contentType()
                : body == null ? null : "application/json";
        return new RunbookAction.HttpSpec(method, url, headers, body, contentType);
    }

    private static Template template(YamlFile file, String where, String text, Set<String> allowed, boolean envAllowed,
            Set<String> used) {
        Template template = Template.parse(text);
        for (String name : template.valueNames()) {
            if (!allowed.contains(name)) {
                String hint = TEXT_FIELDS.contains(name) ? " (free text from chat: only HTTP bodies may use it)"
                        : " (declare it under parameters, or use one of " + String.join(", ", SAFE_FIELDS.stream()
                                .sorted().toList()) + ")";
                throw file.error(where, "`{" + name + "}` cannot be used here" + hint);
            }
            used.add(name);
        }
        if (!envAllowed && !template.envNames().isEmpty()) {
            throw file.error(where, "`${" + template.envNames().iterator().next() + "}`: environment variables may only be "
                    + "used in env and headers, so secrets never show up in arguments, URLs or bodies");
        }
        for (String variable : template.envNames()) {
            if (!ENV_NAME.matcher(variable).matches()) {
                throw file.error(where, "`" + variable + "` is not an environment variable name");
            }
        }
        return template;
    }
}
