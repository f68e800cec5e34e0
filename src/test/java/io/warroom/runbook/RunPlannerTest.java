package io.warroom.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.Incident;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPlannerTest {

    static final String RUNBOOKS = """
            services:
              checkout:
                rollback:
                  command: [echo, rollback, "deployment/{service}", "--namespace={namespace}", "{incident.key}"]
                  working_dir: /tmp
                  env: { KUBE_TOKEN: "${RUNBOOK_TEST_SECRET}", MODE: "safe-{incident.severity}" }
                  parameters:
                    namespace: { pattern: "[a-z0-9-]{1,63}", default: prod }
                say:
                  command: [printf, "[%s]", "{message}"]
                  parameters:
                    message: { pattern: "[^\\\\n]{1,200}" }
                broken:
                  command: [no-such-program-anywhere]
                flush:
                  http:
                    url: "https://cache.example/flush/{scope}?incident={incident.key}"
                    headers: { Authorization: "Bearer ${RUNBOOK_TEST_SECRET}" }
                    body: '{"reason": "{incident.title}", "by": "{requested_by}"}'
                  parameters:
                    scope: { pattern: "[a-z/ ]+" }
            """;

    static final Map<String, String> ENVIRONMENT = Map.of("PATH", "/usr/bin:/bin", "HOME", "/home/warroom",
            "RUNBOOK_TEST_SECRET", "s3cr3t-value-42", "JAVA_HOME", "/opt/java", "WARROOM_API_TOKEN", "api-token");

    static Incident incident(String title) {
        Incident incident = Incident.open(new NewIncident(title, Severity.SEV2, "checkout", null, Person.named("ana"),
                null), (phase, language) -> List.of(), io.warroom.i18n.Language.EN, Instant.parse("2025-01-07T10:00:00Z"));
        incident.number = 42L;
        return incident;
    }

    private static final Runbooks BOOKS = RunbookFile.parse(RUNBOOKS, "runbooks.yaml");
    private static final RunPlanner PLANNER = new RunPlanner(ENVIRONMENT::get);

    private static RunPlan plan(String action, Map<String, String> parameters) {
        return PLANNER.plan(BOOKS.action("checkout", action).orElseThrow(), incident("Checkout 5xx"), parameters,
                Person.named("ana"));
    }

    private static String refused(String action, Map<String, String> parameters) {
        PlanException e = assertThrows(PlanException.class, () -> plan(action, parameters));
        assertTrue(e.badInput());
        return e.getMessage();
    }

    @Test
    void aCommandPlanIsTheArgumentVectorWithValuesFilledInEachStillOneArgument() {
        RunPlan.CommandPlan plan = (RunPlan.CommandPlan) plan("rollback", Map.of("namespace", "canary"));
        assertEquals(List.of("echo", "rollback", "deployment/checkout", "--namespace=canary", "INC-42"), plan.argv());
        assertEquals(Path.of("/tmp"), plan.workingDir());
        assertEquals("`echo rollback deployment/checkout --namespace=canary INC-42` (no shell) in /tmp with "
                + "KUBE_TOKEN=\"${RUNBOOK_TEST_SECRET}\", MODE=safe-SEV2; timeout 1m", plan.describe());
        assertEquals("prod", ((RunPlan.CommandPlan) plan("rollback", Map.of())).argv().get(3).substring(12));
    }

    @Test
    void commandsGetOnlyTheDeclaredEnvironmentNotWarroomsSecrets() {
        RunPlan.CommandPlan plan = (RunPlan.CommandPlan) plan("rollback", Map.of());
        assertEquals("s3cr3t-value-42", plan.env().get("KUBE_TOKEN"));
        assertEquals("/usr/bin:/bin", plan.env().get("PATH"));
        assertEquals("INC-42", plan.env().get("WARROOM_INCIDENT"));
        assertEquals("prod", plan.env().get("WARROOM_PARAM_NAMESPACE"));
        assertFalse(plan.env().containsKey("WARROOM_API_TOKEN"));
        assertFalse(plan.env().containsKey("JAVA_HOME"));
        assertEquals(java.util.Set.of("s3cr3t-value-42"), plan.secrets());
        assertFalse(plan.describe().contains("s3cr3t"));
        assertFalse(plan.canonical().contains("s3cr3t"));
    }

    @Test
    void injectionAttemptsAreRefusedByThePatternOrStayOneLiteralArgument() {
        assertEquals("`namespace` must match `[a-z0-9-]{1,63}`; `prod;rm` does not.",
                refused("rollback", Map.of("namespace", "prod;rm")));
        assertEquals("`namespace` must match `[a-z0-9-]{1,63}`; `$(id)` does not.",
                refused("rollback", Map.of("namespace", "$(id)")));
        assertEquals("`namespace` must match `[a-z0-9-]{1,63}`; `'id'` does not.",
                refused("rollback", Map.of("namespace", "`id`")));
        assertEquals("`namespace` must not contain control characters such as line breaks.",
                refused("rollback", Map.of("namespace", "prod\nrm -rf /")));
        assertEquals("`message` must not start with `-`, so it can never be read as an option.",
                refused("say", Map.of("message", "--output=/etc/passwd")));
        RunPlan.CommandPlan literal = (RunPlan.CommandPlan) plan("say", Map.of("message", "; rm -rf / $(id) `id`"));
        assertEquals(List.of("printf", "[%s]", "; rm -rf / $(id) `id`"), literal.argv());
        assertEquals("`printf \"[%s]\" \"; rm -rf / $(id) \\u0060id\\u0060\"` (no shell) in "
                + Path.of("").toAbsolutePath() + "; timeout 1m", literal.describe());
    }

    @Test
    void unknownAndMissingParametersSayWhatTheActionTakes() {
        assertEquals("rollback on checkout has no parameter `revision`; it takes namespace=<[a-z0-9-]{1,63}> "
                + "(default prod).", refused("rollback", Map.of("revision", "3")));
        assertEquals("say on checkout needs `message=…`; it takes message=<[^\\n]{1,200}>.", refused("say", Map.of()));
    }

    @Test
    void anActionThatCannotRunSaysWhyWithoutShowingSecrets() {
        PlanException missing = assertThrows(PlanException.class, () -> PLANNER.plan(
                BOOKS.action("checkout", "broken").orElseThrow(), incident("x"), Map.of(), Person.named("ana")));
        assertFalse(missing.badInput());
        assertEquals("broken on checkout cannot run: `no-such-program-anywhere` is not on Warroom's PATH.",
                missing.getMessage());
        RunPlanner withoutSecret = new RunPlanner(name -> name.equals("PATH") ? "/usr/bin:/bin" : null);
        assertEquals("rollback on checkout cannot run: the environment variable RUNBOOK_TEST_SECRET is not set in "
                + "Warroom's environment.", assertThrows(PlanException.class, () -> withoutSecret.plan(
                        BOOKS.action("checkout", "rollback").orElseThrow(), incident("x"), Map.of(),
                        Person.named("ana"))).getMessage());
    }

    @Test
    void httpPlansEncodeValuesForWhereTheyGo() {
        RunPlan.HttpPlan plan = (RunPlan.HttpPlan) PLANNER.plan(BOOKS.action("checkout", "flush").orElseThrow(),
                incident("Checkout \"5xx\" \\ spike"), Map.of("scope", "a/b c"), Person.named("Ana"));
        assertEquals("https://cache.example/flush/a%2Fb%20c?incident=INC-42", plan.url().toString());
        assertEquals("{\"reason\": \"Checkout \\\"5xx\\\" \\\\ spike\", \"by\": \"Ana\"}", plan.body());
        assertEquals("Bearer s3cr3t-value-42", plan.headers().get("Authorization"));
        assertEquals("Bearer ${RUNBOOK_TEST_SECRET}", plan.headersShown().get("Authorization"));
        assertFalse(plan.describe().contains("s3cr3t"));
        assertEquals("application/json", plan.headers().get("Content-Type"));
    }
}
