package io.warroom.runbook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OnCallWorld;
import io.warroom.support.OutboxProbe;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runbook actions end to end through the REST command API: real programs, a loopback HTTP service. The API token is
 * an admin credential, so these runs pass the rights check; who may run what from chat is
 * {@link RunbookAuthorizationTest}.
 */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class RunbookTest {

    static final Instant TUESDAY = Instant.parse("2025-01-07T10:00:00Z");
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    OutboxProbe outbox;

    @Inject
    RunSweeper sweeper;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void fixTheClock() {
        clock.fix(TUESDAY);
    }

    @AfterEach
    void restore() throws Exception {
        clock.reset();
        writeRunbooks(OnCallWorld.runbooks());
        OnCallWorld.opsApi().clear();
    }

    private static String checkoutIncident(String title) {
        return People.open(title, "1", "checkout");
    }

    private static String confirmCommand(ValidatableResponse asked) {
        return asked.statusCode(200).extract().path("confirmation.command");
    }

    private static long runId(String confirmCommand) {
        return Long.parseLong(confirmCommand.split(" ")[2]);
    }

    static List<String> runbookEntries(String key) {
        return Api.timeline(key, "runbook");
    }

    /** The result entry of a run, once the worker has written it. */
    static String awaitResult(String key, long runId) {
        return Eventually.await(() -> runbookEntries(key).stream()
                .filter(t -> t.contains("run #" + runId + ", confirmed by") && !t.startsWith("▶️")).findFirst(),
                Optional::isPresent, RUN_TIMEOUT).orElseThrow();
    }

    private static void writeRunbooks(String yaml) throws Exception {
        Path file = OnCallWorld.runbooksFile();
        if (!Files.readString(file).equals(yaml)) {
            Files.writeString(file, yaml);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
        }
    }

    @Test
    void theRollbackButtonShowsWhatWillRunAndRunsOnlyOnceConfirmed() {
        String key = checkoutIncident("Checkout 5xx spike");
        ValidatableResponse asked = People.run(key, "rollback", People.ANA).statusCode(200)
                .body("confirmation.title", equalTo("Run rollback?"))
                .body("confirmation.confirmLabel", equalTo("Run rollback"))
                .body("confirmation.command", matchesPattern("run confirm \\d+ [0-9a-f]{16}"));
        String command = confirmCommand(asked);
        long run = runId(command);
        asked.body("text", equalTo("Run rollback on checkout for " + key + "? Confirm to start run #" + run + "."))
                .body("confirmation.text", equalTo("This runs `printf \"rolled back %s in %s\\n\" deployment/checkout "
                        + "prod` (no shell) in " + OnCallWorld.dir() + "; timeout 1m for " + key + " (Checkout 5xx "
                        + "spike), as run #" + run + ". Output and result go to the room and the timeline. Valid until "
                        + "10:10 UTC."));
        assertEquals(List.of(), runbookEntries(key));

        People.run(key, command, People.ANA).statusCode(200).body("text", equalTo("Started rollback on checkout (run #"
                + run + "). Its output and result will be posted in the room and on the timeline."));
        String result = awaitResult(key, run);
        assertTrue(result.matches("✅ rollback on checkout succeeded in \\d+(ms|\\.\\ds) \\(exit 0; run #" + run
                + ", confirmed by Ana \\(via API\\)\\)\nOutput:\n```\nrolled back deployment/checkout in prod\n```"),
                result);
        assertEquals("▶️ Running rollback on checkout (run #" + run + "), confirmed by Ana (via API): `printf "
                + "\"rolled back %s in %s\\n\" deployment/checkout prod` (no shell) in " + OnCallWorld.dir()
                + "; timeout 1m",
                runbookEntries(key).get(0));
        Api.authorized().get("/api/incidents/" + key).then()
                .body("checklist.find { it.key == 'stop-bleeding' }.done", equalTo(true))
                .body("checklist.find { it.key == 'stop-bleeding' }.doneBy.displayName", equalTo("Ana (via API)"));
        List<String> room = outbox.lane("slack:" + key).stream().map(OutboxProbe.Row::text).toList();
        assertTrue(room.contains("Ana (via API): " + runbookEntries(key).get(0)), room.toString());
        assertTrue(room.contains("Warroom: " + result), room.toString());

        People.run(key, command, People.ANA).statusCode(409).body("error", equalTo("Run #" + run + " (rollback on "
                + "checkout) was confirmed by Ana (via API) and has succeeded; a confirmation starts its run once. "
                + "Ask again with `run rollback checkout` to run it again."));
        assertEquals(2, runbookEntries(key).size());
    }

    @Test
    void aConfirmationRunsOnlyWhatItShowedOnlyOnceAndOnlyInTime() throws Exception {
        String key = checkoutIncident("Checkout confirmations");
        String command = confirmCommand(People.run(key, "rollback", People.ANA));
        long run = runId(command);
        People.run(key, "run confirm " + run + " 00000000deadbeef", People.ANA).statusCode(403)
                .body("error", equalTo("Refused to start run #" + run + " (rollback on checkout) for Ana (via API): "
                        + "the confirmation code does not match what was shown. Use the confirmation Warroom gave."));
        String other = checkoutIncident("Another incident");
        People.run(other, command, People.ANA).statusCode(404)
                .body("error", equalTo(other + " has no run #" + run + "."));

        clock.advance(Duration.ofMinutes(11));
        People.run(key, command, People.ANA).statusCode(409).body("error", equalTo("The confirmation of run #" + run
                + " (rollback on checkout) expired at 10:10 UTC; ask again with `run rollback checkout`."));

        String fresh = confirmCommand(People.run(key, "rollback", People.ANA));
        writeRunbooks(OnCallWorld.runbooks().replace("rolled back %s", "reverted %s"));
        People.run(key, fresh, People.ANA).statusCode(409).body("error", equalTo("What run #" + runId(fresh)
                + " would do changed since its confirmation was shown (the runbooks file or the incident fields it "
                + "uses); nothing ran. Ask again with `run rollback checkout` to see the new plan."));
        assertEquals(List.of(), runbookEntries(key).stream().filter(t -> !t.startsWith("⛔")).toList());
        People.run(key, "rollback", People.ANA).statusCode(200).body("confirmation.text", containsString(
                "`printf \"reverted %s in %s\\n\" deployment/checkout prod`"));
    }

    @Test
    void injectionAttemptsReachTheProgramAsOneLiteralArgumentOrAreRefused() throws Exception {
        String key = checkoutIncident("Checkout injection");
        // A short path: the payloads must fit the 200-character parameter limit wherever the project is checked out.
        Path pwned = Files.createTempDirectory("rb").resolve("pwned-" + key);
        for (String payload : List.of("$(touch${IFS}" + pwned + ")", "`touch${IFS}" + pwned + "`",
                ";touch${IFS}" + pwned + "&&touch${IFS}" + pwned + "|touch${IFS}" + pwned)) {
            String command = confirmCommand(People.run(key, "run say message=" + payload, People.ANA));
            People.run(key, command, People.ANA).statusCode(200);
            String result = awaitResult(key, runId(command));
            assertTrue(result.endsWith("Output:\n```\n<" + payload + ">\n```"), result);
        }
        assertFalse(Files.exists(pwned));

        People.run(key, "run say message=hi\nrm -rf " + OnCallWorld.dir(), People.ANA).statusCode(422)
                .body("error", startsWithLine("`rm` is not a parameter: write parameters as name=value, without "
                        + "spaces."));
        People.run(key, "run say message=--version", People.ANA).statusCode(422)
                .body("error", startsWithLine("`message` must not start with `-`, so it can never be read as an "
                        + "option."));
        People.run(key, "run rollback namespace=prod;rm", People.ANA).statusCode(422)
                .body("error", equalTo("`namespace` must match `[a-z0-9-]{1,63}`; `prod;rm` does not.\nUsage: "
                        + "/incident run [<action> [service] [param=value …]] | run confirm <run> <code> | run approve "
                        + "<run> | run deny <run> [reason]"));
        assertTrue(Files.isDirectory(OnCallWorld.dir()));
    }

    @Test
    void aHangingCommandIsStoppedAtItsTimeoutWithItsChildren() {
        String key = checkoutIncident("Checkout hang");
        String command = confirmCommand(People.run(key, "run hang", People.ANA));
        long run = runId(command);
        People.run(key, command, People.ANA).statusCode(200);
        assertEquals(1, runbookEntries(key).size(), "the reply came before the run ended");
        String result = awaitResult(key, run);
        assertTrue(result.matches("⏱ hang on checkout timed out after \\d\\.\\ds; Warroom stopped it and its child "
                + "processes \\(2 in all\\) \\(run #" + run + ", confirmed by Ana \\(via API\\)\\)\n"
                + "\\(no output\\)"), result);
        Eventually.await(() -> ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(args -> List.of(args).contains(OnCallWorld.HANG_MARKER)).orElse(false)).count(),
                count -> count == 0, Duration.ofSeconds(10));
        Api.authorized().get("/api/incidents/" + key).then()
                .body("checklist.find { it.key == 'stop-bleeding' }.done", equalTo(false));
    }

    @Test
    void aFailingCommandReportsItsExitCodeAndOutput() {
        String key = checkoutIncident("Checkout broken action");
        String command = confirmCommand(People.run(key, "run broken", People.ANA));
        People.run(key, command, People.ANA).statusCode(200);
        String result = awaitResult(key, runId(command));
        assertTrue(result.matches("❌ broken on checkout failed in [^(]+ \\(exit 2; run #\\d+, confirmed by "
                + "Ana \\(via API\\)\\)\nOutput:\n```\nls: cannot access '/nonexistent/warroom/path': No such file or "
                + "directory\n```"),
                result);
    }

    @Test
    void anHttpActionCallsTheServiceWithSecretHeadersThatNeverShow() throws Exception {
        String key = People.open("Cache \"poisoned\"", "2", "checkout");
        String token = "cache-token-5f2c9a71d3";
        ValidatableResponse asked = People.run(key, "run flush-cache scope=all", People.BO).statusCode(200)
                .body("confirmation.text", containsString("`POST " + OnCallWorld.opsApi().url("/flush/all")
                        + "` with headers Authorization: Bearer ${WARROOM_TEST_CACHE_TOKEN}, Content-Type: "
                        + "application/json and body `{\"incident\": \"" + key + "\", \"reason\": \"Cache \\\"poisoned"
                        + "\\\"\"}`; timeout 30s"))
                .body("confirmation.text", not(containsString(token)));
        String command = confirmCommand(asked);
        People.run(key, command, People.BO).statusCode(200);
        String result = awaitResult(key, runId(command));
        assertTrue(result.matches("✅ flush-cache on checkout succeeded in [^(]+ \\(HTTP 200; run #\\d+, confirmed by "
                + "Bo Chen \\(via API\\)\\)\nOutput:\n```\n\\{\"flushed\": true, \"seen_authorization\": "
                + "\"Bearer ••••\"}\n```"),
                result);

        FakeHttp.Request received = OnCallWorld.opsApi().requests().get(0);
        assertEquals("POST", received.method());
        assertEquals("/flush/all", received.path());
        assertEquals("Bearer " + token, received.header("Authorization"));
        JsonNode body = json.readTree(received.body());
        assertEquals(key, body.get("incident").asText());
        assertEquals("Cache \"poisoned\"", body.get("reason").asText());

        OnCallWorld.opsApi().respondNext(FakeHttp.Response.of(503, "{\"error\": \"busy, token " + token + "\"}"));
        String again = confirmCommand(People.run(key, "run flush-cache", People.ANA));
        People.run(key, again, People.ANA).statusCode(200);
        String failed = awaitResult(key, runId(again));
        assertTrue(failed.matches("❌ flush-cache on checkout failed in [^(]+ \\(HTTP 503; run #\\d+, confirmed by "
                + "Ana \\(via API\\)\\)\nOutput:\n```\n\\{\"error\": \"busy, token ••••\"}\n```"), failed);

        Api.authorized().get("/api/incidents/" + key + "/timeline").then().body(not(containsString(token)));
        assertEquals(0, outbox.containing(token));
    }

    @Test
    void rollbackWithoutARunbookRecordsTheRequestForAHuman() {
        String key = People.open("Search index corrupt", "3", "search");
        People.run(key, "rollback", People.ANA).statusCode(200)
                .body("confirmation.command", equalTo("rollback confirm"))
                .body("confirmation.text", startsWithLine("No rollback runbook is configured for search."));
        People.run(key, "rollback confirm", People.ANA).statusCode(200).body("text", equalTo("Rollback of the last "
                + "change to search requested; no rollback runbook is configured, so nothing ran. It is on the "
                + "timeline."));
        assertEquals(List.of("Rollback of the last change to search requested by Ana (via API)"), runbookEntries(key));
    }

    @Test
    void runAloneListsTheServicesActionsWithButtons() {
        String key = checkoutIncident("Checkout list");
        People.run(key, "run", People.ANA).statusCode(200)
                .body("text", startsWithLine("Runbook actions for checkout (each asks to confirm first):"))
                .body("text", containsString("\n• `run rollback namespace=…` (command): Roll checkout back to the "
                        + "previous revision; it takes namespace=<[a-z0-9-]{1,63}> (default prod)."))
                .body("buttons.label", equalTo(List.of("Run rollback", "Run hang", "Run broken", "Run flush-cache")))
                .body("buttons[0].command", equalTo("run rollback checkout"))
                .body("buttons[0].style", equalTo(Reply.ButtonStyle.DANGER.name()));
        People.run(key, "run reindex", People.ANA).statusCode(404).body("error", equalTo("checkout has no runbook "
                + "action `reindex`; its actions: rollback, say, hang, broken, flush-cache."));
        People.run(key, "run rollback ledger", People.ANA).statusCode(404).body("error", equalTo("No runbook actions "
                + "for service `ledger`; services with runbooks: checkout, search."));
    }

    @Test
    void aRunLostToARestartIsMarkedLostOnTheTimeline() {
        String key = checkoutIncident("Checkout restart");
        long number = People.number(key);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            RunbookRun run = new RunbookRun();
            run.incidentNumber = number;
            run.service = "checkout";
            run.action = "rollback";
            run.parameters = "{}";
            run.planText = "`printf …`";
            run.planHash = "0123456789abcdef";
            run.status = RunbookRun.Status.RUNNING;
            run.requestedBy = Person.named("Ana");
            run.confirmedBy = Person.named("Ana");
            run.requestedAt = TUESDAY.minus(Duration.ofHours(1));
            run.startedAt = TUESDAY.minus(Duration.ofHours(1));
            run.expiresAt = TUESDAY;
            run.timeoutMillis = 60_000;
            em.persist(run);
            return run.id;
        });
        sweeper.sweep(TUESDAY);
        assertEquals(List.of("⚠️ Warroom lost track of rollback on checkout (run #" + id + "), most likely because it "
                + "restarted while the run was going; check its result by hand."), runbookEntries(key));
        sweeper.sweep(TUESDAY.plusSeconds(60));
        assertEquals(1, runbookEntries(key).size());
    }

    private static org.hamcrest.Matcher<String> startsWithLine(String line) {
        return org.hamcrest.Matchers.startsWith(line);
    }
}
