package io.warroom.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.config.ConfigFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookFileTest {

    static String example() {
        try (InputStream in = RunbookFileTest.class.getResourceAsStream("/examples/runbooks.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refused(String actionYaml) {
        String yaml = "services:\n  web:\n    act:\n" + actionYaml.indent(6);
        return assertThrows(ConfigFileException.class, () -> RunbookFile.parse(yaml, "runbooks.yaml")).getMessage();
    }

    @Test
    void theOnCallAndRunbooksPageShowsThisExampleWordForWord() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs/oncall-and-runbooks.md"));
        assertTrue(page.contains("```yaml\n" + example() + "```"),
                "docs/oncall-and-runbooks.md's runbooks example differs from src/test/resources/examples/runbooks.yaml");
    }

    @Test
    void theReadmeExampleDeclaresTheActionsItSaysItDoes() {
        Runbooks runbooks = RunbookFile.parse(example(), "runbooks.yaml");
        RunbookAction rollback = runbooks.action("Checkout", "rollback").orElseThrow();
        assertTrue(rollback.isCommand());
        assertEquals(Duration.ofMinutes(2), rollback.timeout());
        assertEquals(List.of("lee", "slack:U024BE7LH"), rollback.allowedPeople());
        assertEquals(List.of(), rollback.allowedRoles());
        assertTrue(rollback.stopsBleeding());
        assertEquals("prod", rollback.parameters().get("namespace").defaultValue());
        RunbookAction flush = runbooks.action("checkout", "flush-cache").orElseThrow();
        assertEquals("POST", flush.http().method());
        assertEquals("application/json", flush.http().contentType());
        assertFalse(flush.stopsBleeding());
        assertTrue(runbooks.action("checkout", "scale-out").orElseThrow().stopsBleeding());
        assertEquals(Duration.ofSeconds(30), runbooks.action("checkout", "disable-feature").orElseThrow().timeout());
        assertEquals(List.of("checkout", "billing"), List.copyOf(runbooks.services().keySet()));
    }

    @Test
    void chatTextCanReachAProgramOnlyThroughDeclaredParameters() {
        assertEquals("runbooks.yaml: services.web.act.command[1]: `{incident.title}` cannot be used here (free text "
                + "from chat: only HTTP bodies may use it)", refused("command: [echo, \"{incident.title}\"]"));
        assertEquals("runbooks.yaml: services.web.act.command[1]: `{revision}` cannot be used here (declare it under "
                + "parameters, or use one of action, incident.key, incident.number, incident.phase, "
                + "incident.severity, service)", refused("command: [echo, \"{revision}\"]"));
        assertEquals("runbooks.yaml: services.web.act.command[0]: the program must be written out, not filled in "
                + "from a placeholder", refused("""
                command: ["{tool}", x]
                parameters: { tool: { pattern: "[a-z]+" } }"""));
        assertEquals("runbooks.yaml: services.web.act.http.url: `{incident.commander}` cannot be used here (free text "
                + "from chat: only HTTP bodies may use it)", refused("""
                http: { url: "https://x.example/{incident.commander}" }"""));
    }

    @Test
    void secretsStayInEnvAndHeaders() {
        assertEquals("runbooks.yaml: services.web.act.command[1]: `${TOKEN}`: environment variables may only be used "
                + "in env and headers, so secrets never show up in arguments, URLs or bodies",
                refused("command: [curl, \"${TOKEN}\"]"));
        assertEquals("runbooks.yaml: services.web.act.http.body: `${TOKEN}`: environment variables may only be used "
                + "in env and headers, so secrets never show up in arguments, URLs or bodies",
                refused("http: { url: \"https://x.example/\", body: \"{\\\"t\\\": \\\"${TOKEN}\\\"}\" }"));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("runbooks.yaml: services.web.act: an action has either `command` (an argument vector) or `http`, "
                + "not neither", refused("description: nothing"));
        assertEquals("runbooks.yaml: services.web.act.parameters.rev: parameter `rev` is declared but used nowhere",
                refused("command: [true]\nparameters: { rev: { pattern: \"[0-9]+\" } }"));
        assertEquals("runbooks.yaml: services.web.act.parameters.rev.default: the default does not pass its own check: "
                + "`rev` must match `[0-9]+`; `latest` does not.",
                refused("command: [echo, \"{rev}\"]\nparameters: { rev: { pattern: \"[0-9]+\", default: latest } }"));
        assertEquals("runbooks.yaml: services.web.act.parameters.rev: `pattern` is required",
                refused("command: [echo, \"{rev}\"]\nparameters: { rev: { default: \"1\" } }"));
        assertEquals("runbooks.yaml: services.web.act.allowed_roles: `admin` is not a role; the only role is oncall",
                refused("command: [true]\nallowed_roles: [admin]"));
        assertEquals("runbooks.yaml: services.web.act.allowed_roles: `commander` grants no rights: anyone can take a "
                + "free incident role; list the people in allowed_people or make them admins (WARROOM_ADMINS)",
                refused("command: [true]\nallowed_roles: [oncall, Commander]"));
        assertEquals("runbooks.yaml: services.web.act.http.url: must start with http:// or https:// and a host written "
                + "out (placeholders only in the path and query)", refused("http: { url: \"https://{host}/x\" }"));
        assertEquals("runbooks.yaml: services.web.act: unknown key `timout`; known keys: allowed_people, allowed_roles, "
                + "approval_timeout, approvals, command, description, env, http, parameters, stops_bleeding, timeout, "
                + "working_dir",
                refused("command: [true]\ntimout: 5m"));
        assertEquals("runbooks.yaml: services.web.act.timeout: must be at most 1h", refused("command: [true]\ntimeout: 2h"));
        String confirm = assertThrows(ConfigFileException.class, () -> RunbookFile.parse(
                "services:\n  web:\n    confirm: { command: [true] }\n", "runbooks.yaml")).getMessage();
        assertEquals("runbooks.yaml: services.web.confirm: `confirm` is reserved: `run confirm` confirms a run", confirm);
    }

    @Test
    void fourEyesActionsNeedOneApproverWithinTheirOwnTimeoutOrTheGlobalOne() {
        Runbooks runbooks = RunbookFile.parse("services:\n  web:\n    deploy:\n      command: [true]\n"
                + "      approvals: 1\n      approval_timeout: 5m\n    restart:\n      command: [true]\n"
                + "      approvals: 1\n    status:\n      command: [true]\n", "runbooks.yaml");
        RunbookAction deploy = runbooks.action("web", "deploy").orElseThrow();
        assertTrue(deploy.needsApproval());
        assertEquals(Duration.ofMinutes(5), deploy.approvalTimeout());
        RunbookAction restart = runbooks.action("web", "restart").orElseThrow();
        assertTrue(restart.needsApproval());
        assertEquals(null, restart.approvalTimeout(), "the global warroom.runbooks.approval-timeout applies");
        assertFalse(runbooks.action("web", "status").orElseThrow().needsApproval());
    }

    @Test
    void approvalSettingsThatCannotWorkAreRefusedNamingTheirPath() {
        assertEquals("runbooks.yaml: services.web.act.approvals: must be 0 (no approval) or 1 (one other person with "
                + "rights approves before it runs), not 2", refused("command: [true]\napprovals: 2"));
        assertEquals("runbooks.yaml: services.web.act.approvals: must be 0 (no approval) or 1 (one other person with "
                + "rights approves before it runs), not -1", refused("command: [true]\napprovals: -1"));
        assertEquals("runbooks.yaml: services.web.act.approvals: must be a whole number",
                refused("command: [true]\napprovals: [bo]"));
        assertEquals("runbooks.yaml: services.web.act.approval_timeout: only means something with `approvals: 1`",
                refused("command: [true]\napproval_timeout: 5m"));
        assertEquals("runbooks.yaml: services.web.act.approval_timeout: must be more than 0 and at most 24h",
                refused("command: [true]\napprovals: 1\napproval_timeout: 25h"));
        assertEquals("runbooks.yaml: services.web.act.approval_timeout: `0s` is not a duration; write e.g. 30s, 5m, "
                + "1h30m, 1d or 1w", refused("command: [true]\napprovals: 1\napproval_timeout: 0s"));
        for (String word : List.of("approve", "deny")) {
            String message = assertThrows(ConfigFileException.class, () -> RunbookFile.parse(
                    "services:\n  web:\n    " + word + ": { command: [true] }\n", "runbooks.yaml")).getMessage();
            assertEquals("runbooks.yaml: services.web." + word + ": `" + word + "` is reserved: `run " + word + "` "
                    + (word.equals("deny") ? "denies" : "approves") + " a run", message);
        }
    }

    @Test
    void theFourEyesExampleOfTheDocsLoadsAsItSays() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs/oncall-and-runbooks.md"));
        String section = page.substring(page.indexOf("## Four-eyes approval"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", 10));
        RunbookAction deploy = RunbookFile.parse(yaml, "runbooks.yaml").action("checkout", "deploy-config")
                .orElseThrow();
        assertEquals(1, deploy.approvals());
        assertEquals(Duration.ofMinutes(10), deploy.approvalTimeout());
    }
}
