package io.warroom.runbook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A named action of a service's runbook: a command (argument vector, working directory, environment) or an HTTP
 * call, its parameters, who besides the service's on-call and the admins may run it, and its timeout. approvals:
 * how many other people with rights must approve a confirmed run before it starts (0 or 1); approvalTimeout: how long
 * they have, null for the global setting.
 */
public record RunbookAction(String service, String name, String description, Map<String, Parameter> parameters,
        List<String> allowedPeople, List<String> allowedRoles, Duration timeout, boolean stopsBleeding,
        CommandSpec command, HttpSpec http, int approvals, Duration approvalTimeout) {

    public static final String ROLLBACK = "rollback";

    /** Runs argv without a shell, in workingDir (null: Warroom's), with only the declared environment. */
    public record CommandSpec(List<Template> argv, String workingDir, Map<String, Template> env) {
    }

    public record HttpSpec(String method, Template url, Map<String, Template> headers, Template body,
            String contentType) {
    }

    public boolean needsApproval() {
        return approvals > 0;
    }

    public boolean isCommand() {
        return command != null;
    }

    public String kind() {
        return isCommand() ? "command" : "http";
    }

    /** "rollback on checkout". */
    public String label() {
        return name + " on " + service;
    }
}
