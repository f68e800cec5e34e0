package io.warroom.runbook;

import static io.warroom.runbook.RunPlannerTest.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.Person;
import io.warroom.support.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes, started the way runbook actions start them. */
class CommandRunnerTest {

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner(Duration.ofSeconds(2), 20, 1500);

    private RunPlan.CommandPlan plan(String yaml, Map<String, String> parameters) {
        Runbooks books = RunbookFile.parse("services:\n  web:\n    act:\n" + yaml.indent(6)
                + "      working_dir: " + dir + "\n", "runbooks.yaml");
        RunPlanner planner = new RunPlanner(name -> switch (name) {
            case "PATH" -> System.getenv("PATH");
            case "RUNBOOK_TEST_SECRET" -> "s3cr3t-value-42";
            default -> null;
        });
        return (RunPlan.CommandPlan) planner.plan(books.action("web", "act").orElseThrow(), incident("x"), parameters,
                Person.named("ana"));
    }

    @Test
    void theProgramGetsShellSyntaxAsOneLiteralArgument() {
        Path pwned = dir.resolve("pwned");
        String attack = "; touch " + pwned + " $(touch " + pwned + ") `touch " + pwned + "` && echo owned";
        RunOutcome outcome = runner.run(plan("""
                command: [printf, "<%s>|", "{message}", second]
                parameters: { message: { pattern: "[^\\\\n]{1,200}" } }
                """, Map.of("message", attack)), Map.of());
        assertTrue(outcome.succeeded(), outcome.toString());
        assertEquals("<" + attack + ">|<second>|", outcome.output());
        assertFalse(Files.exists(pwned));
    }

    @Test
    void exitCodeDurationAndOutputTailAreReported() {
        RunOutcome failed = runner.run(plan("command: [ls, no-such-file]", Map.of()), Map.of());
        assertFalse(failed.succeeded());
        assertEquals(2, failed.code());
        assertTrue(failed.output().contains("no-such-file"), failed.output());
        assertTrue(failed.duration().compareTo(Duration.ofSeconds(5)) < 0);
        RunOutcome many = runner.run(plan("command: [seq, \"1\", \"500\"]", Map.of()), Map.of());
        assertTrue(many.succeeded());
        assertTrue(many.output().startsWith("…\n481\n"), many.output());
        assertTrue(many.output().endsWith("\n500"), many.output());
    }

    @Test
    void theEnvironmentHoldsOnlyWhatTheActionDeclaresAndSecretsAreMaskedInOutput() {
        RunOutcome outcome = runner.run(plan("""
                command: [printenv]
                env: { KUBE_TOKEN: "${RUNBOOK_TEST_SECRET}" }
                """, Map.of()), Map.of("WARROOM_RUN_ID", "7"));
        assertTrue(outcome.succeeded());
        assertTrue(outcome.output().contains("KUBE_TOKEN=••••"), outcome.output());
        assertTrue(outcome.output().contains("WARROOM_RUN_ID=7"), outcome.output());
        assertTrue(outcome.output().contains("WARROOM_INCIDENT=INC-42"), outcome.output());
        assertFalse(outcome.output().contains("s3cr3t"), outcome.output());
        // Warroom's own environment (surefire gives it this test secret) never reaches the command.
        assertFalse(outcome.output().contains("WARROOM_TEST_CACHE_TOKEN"), outcome.output());
        assertFalse(outcome.output().contains("JAVA_HOME"), outcome.output());
    }

    @Test
    void aCommandThatHangsIsKilledAtItsTimeoutWithItsChildren() throws Exception {
        // find runs sleep as its child and does not pass SIGTERM on: only stopping the whole tree ends the sleep.
        String marker = "313." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        RunPlan.CommandPlan plan = plan("command: [find, \".\", -maxdepth, \"0\", -exec, sleep, \"" + marker
                + "\", \";\"]\ntimeout: 1s", Map.of());
        CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> runner.run(plan, Map.of()));
        Eventually.until("the child sleep started", Duration.ofSeconds(5), () -> sleeper(marker).isPresent());
        RunOutcome outcome = run.get(10, TimeUnit.SECONDS);
        assertTrue(outcome.timedOut());
        assertNull(outcome.code());
        assertTrue(outcome.killed() >= 2, "killed " + outcome.killed());
        assertTrue(outcome.duration().compareTo(Duration.ofSeconds(1)) >= 0);
        assertTrue(outcome.duration().compareTo(Duration.ofSeconds(4)) < 0, outcome.duration().toString());
        Eventually.until("the child sleep ended", Duration.ofSeconds(3), () -> sleeper(marker).isEmpty());
    }

    @Test
    void aProgramThatCannotStartIsReported() {
        RunPlan.CommandPlan plan = plan("command: [true]", Map.of());
        RunPlan.CommandPlan missingDir = new RunPlan.CommandPlan(plan.action(), plan.argv(), dir.resolve("gone"),
                plan.env(), plan.envShown(), plan.secrets(), plan.timeout());
        RunOutcome outcome = runner.run(missingDir, Map.of());
        assertFalse(outcome.succeeded());
        assertNull(outcome.code());
        assertTrue(outcome.error().startsWith("could not start true in " + dir.resolve("gone") + ": "),
                outcome.error());
    }

    private static Optional<ProcessHandle> sleeper(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(args -> args.length == 1 && args[0].equals(marker)).orElse(false)).findFirst();
    }
}
