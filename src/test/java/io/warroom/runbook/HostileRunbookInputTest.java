package io.warroom.runbook;

import static io.warroom.runbook.RunPlannerTest.incident;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.incident.Person;
import io.warroom.support.Eventually;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a hostile runbook run could do with secrets, patterns and detached processes, and how it is refused. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class HostileRunbookInputTest {

    private static final String SECRET = "s3cr3t-value-42";

    private Path dir;

    private final CommandRunner runner = new CommandRunner(Duration.ofSeconds(2), 20, 1500);

    @BeforeEach
    void workingDirectory() throws Exception {
        dir = Files.createTempDirectory("hostile-runbook");
    }

    @AfterEach
    void restoreRunbooks() throws Exception {
        writeRunbooks(OnCallWorld.runbooks());
    }

    private RunPlan plan(String yaml) {
        Runbooks books = RunbookFile.parse("services:\n  web:\n    act:\n" + yaml.indent(6), "runbooks.yaml");
        RunPlanner planner = new RunPlanner(name -> switch (name) {
            case "PATH" -> System.getenv("PATH");
            case "RUNBOOK_TEST_SECRET" -> SECRET;
            default -> null;
        });
        return planner.plan(books.action("web", "act").orElseThrow(), incident("x"), Map.of(), Person.named("ana"));
    }

    private RunPlan.CommandPlan command(String yaml) {
        return (RunPlan.CommandPlan) plan(yaml + "\nworking_dir: " + dir + "\n");
    }

    @Test
    void aSecretThatTheOutputCutGoesThroughNeverShowsInPart() {
        // 1,490 characters after the secret: cutting to the last 1,500 first would keep its last ten characters.
        RunOutcome fromEnvironment = runner.run(command("""
                command: [sh, -c, 'printf "%s" "$KUBE_TOKEN"; head -c 1490 /dev/zero | tr "\\\\0" y']
                env: { KUBE_TOKEN: "${RUNBOOK_TEST_SECRET}" }
                """), Map.of());
        assertTrue(fromEnvironment.succeeded(), fromEnvironment.toString());
        assertTrue(fromEnvironment.output().endsWith("yyyy"), fromEnvironment.output());
        assertFalse(fromEnvironment.output().contains("value-42"), fromEnvironment.output());
        assertFalse(fromEnvironment.output().contains("-42"), fromEnvironment.output());

        // A credential-looking value whose label falls before the cut and whose value after it.
        RunOutcome lookalike = runner.run(command("""
                command: [sh, -c, 'printf "password=hunter2222 "; head -c 1489 /dev/zero | tr "\\\\0" y']
                """), Map.of());
        assertTrue(lookalike.output().startsWith("…\n"), lookalike.output());
        assertFalse(lookalike.output().contains("hunter"), lookalike.output());
        assertFalse(lookalike.output().contains("2222"), lookalike.output());
    }

    @Test
    void aSecretAtTheStartOfTheKeptOutputIsNotShownInPart() {
        // More output than the 64 KiB kept: the kept window starts inside the secret's line.
        RunOutcome outcome = new CommandRunner(Duration.ofSeconds(2), 2000, 200_000).run(command("""
                command: [sh, -c, 'printf "%s\\\\n" "$KUBE_TOKEN"; head -c 65530 /dev/zero | tr "\\\\0" y; echo']
                env: { KUBE_TOKEN: "${RUNBOOK_TEST_SECRET}" }
                """), Map.of());
        assertTrue(outcome.succeeded(), outcome.toString());
        assertTrue(outcome.output().startsWith("…\nyyy"), outcome.output().substring(0, 20));
        for (int i = 0; i + 4 <= SECRET.length(); i++) {
            assertFalse(outcome.output().contains(SECRET.substring(i)), SECRET.substring(i));
        }
    }

    @Test
    void errorTextsAreMaskedToo() throws Exception {
        RunPlan.CommandPlan plan = command("command: [printenv, KUBE_TOKEN]\n"
                + "env: { KUBE_TOKEN: \"${RUNBOOK_TEST_SECRET}\" }");
        RunPlan.CommandPlan cannotStart = new RunPlan.CommandPlan(plan.action(), plan.argv(), dir.resolve(SECRET),
                plan.env(), plan.envShown(), plan.secrets(), plan.timeout());
        RunOutcome notStarted = runner.run(cannotStart, Map.of());
        assertNull(notStarted.code());
        assertEquals("could not start printenv in " + dir.resolve(SecretMask.MASK) + ": error=2, No such file or "
                + "directory", notStarted.error());

        HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", exchange -> {
            byte[] body = ("{\"error\": \"bad credentials " + exchange.getRequestHeaders().getFirst("X-Key")
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        echo.start();
        try {
            RunPlan.HttpPlan http = (RunPlan.HttpPlan) plan("http:\n  url: http://127.0.0.1:" + echo.getAddress()
                    .getPort() + "/flush\n  headers: { X-Key: \"${RUNBOOK_TEST_SECRET}\" }\n");
            RunOutcome failed = new HttpRunner(20, 1500).run(http);
            assertEquals(500, failed.code());
            assertEquals("{\"error\": \"bad credentials ••••\"}", failed.output());
        } finally {
            echo.stop(0);
        }
    }

    @Test
    void patternsThatBacktrackWithoutEndAnswerPromptlyWithARefusalAndNothingRuns() throws Exception {
        // Java answers (a+)+$ quickly; ((a+)+)+ still backtracks for minutes on this value without a time limit.
        writeRunbooks(OnCallWorld.runbooks() + """
                  hostile-svc:
                    check:
                      command: [printf, "%s", "{value}"]
                      working_dir: "@DIR@"
                      parameters:
                        value: { pattern: "(a+)+$" }
                      allowed_people: [ana]
                    nested:
                      command: [printf, "%s", "{value}"]
                      working_dir: "@DIR@"
                      parameters:
                        value: { pattern: "((a+)+)+" }
                      allowed_people: [ana]
                """.replace("@DIR@", OnCallWorld.dir().toString()));
        String key = People.open("Hostile pattern", "2", "hostile-svc");
        Eventually.await(() -> People.run(key, "run nested value=aaaa", People.ANA).extract().statusCode(),
                status -> status == 200, Duration.ofSeconds(10));
        List<String> before = RunbookTest.runbookEntries(key);
        String value = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
        String usage = "\nUsage: /incident run [<action> [service] [param=value …]] | run confirm <run> <code> | run "
                + "approve <run> | run deny <run> [reason]";

        long started = System.nanoTime();
        People.run(key, "run check value=" + value, People.ANA).statusCode(422)
                .body("error", equalTo("`value` must match `(a+)+$`; `" + value + "` does not." + usage));
        People.run(key, "run nested value=" + value, People.ANA).statusCode(422)
                .body("error", equalTo("`value`: checking the value against `((a+)+)+` took longer than 100 ms, so "
                        + "it is refused; the runbook's pattern backtracks too much (nested repetition such as "
                        + "`(a+)+`) and needs fixing." + usage));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "answered after " + took);
        assertEquals(before, RunbookTest.runbookEntries(key));
    }

    @Test
    void processesThatDetachFromTheRunAreGoneAfterItsTimeout() throws Exception {
        String tag = "." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        String disowned = "301" + tag;
        String doubleForked = "302" + tag;
        String ownSession = "303" + tag;
        String foreground = "304" + tag;
        RunPlan.CommandPlan plan = command("command: [bash, -c, 'sleep " + disowned + " & disown; (sleep "
                + doubleForked + " &); setsid sleep " + ownSession + " & sleep " + foreground + "']\ntimeout: 1s");
        CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> runner.run(plan, Map.of()));
        List<Long> pids = Eventually.await(() -> List.of(disowned, doubleForked, ownSession, foreground).stream()
                .map(HostileRunbookInputTest::sleeper).flatMap(Optional::stream).map(ProcessHandle::pid).toList(),
                found -> found.size() == 4, Duration.ofSeconds(5));
        RunOutcome outcome = run.get(15, TimeUnit.SECONDS);
        assertTrue(outcome.timedOut(), outcome.toString());
        assertTrue(outcome.killed() >= 5, "killed " + outcome.killed());
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid
                    + " survived the timeout");
        }
    }

    @Test
    void processesARunLeavesBehindWhenItEndsAreStopped() throws Exception {
        String marker = "305." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        RunOutcome outcome = runner.run(command("command: [sh, -c, 'sleep " + marker + " & echo left']"), Map.of());
        assertTrue(outcome.succeeded(), outcome.toString());
        assertEquals("left", outcome.output());
        assertTrue(outcome.killed() >= 1, "killed " + outcome.killed());
        assertTrue(sleeper(marker).isEmpty(), "the background sleep survived the run");
    }

    private static Optional<ProcessHandle> sleeper(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.isAlive() && p.info().arguments()
                .map(args -> args.length == 1 && args[0].equals(marker)).orElse(false)).findFirst();
    }

    private static void writeRunbooks(String yaml) throws Exception {
        Path file = OnCallWorld.runbooksFile();
        if (!Files.readString(file).equals(yaml)) {
            Files.writeString(file, yaml);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
        }
    }
}
