package io.warroom.runbook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.Api;
import io.warroom.support.AuthzWorld;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlackResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may run runbook actions, through the wire: signed Slack slash commands, Discord interactions through JDA, and
 * the REST API. Rights come from the on-call file, the action's list and WARROOM_ADMINS, never from a role.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.admins", value = AuthzWorld.ADMINS)})
class RunbookAuthorizationTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    EscalationJob escalations;

    private AuthzWorld world;

    @BeforeEach
    void world() throws Exception {
        clock.fix(RunbookTest.TUESDAY);
        world = AuthzWorld.start(discord, em, escalations);
    }

    @AfterEach
    void stop() {
        world.close();
        clock.reset();
    }

    @Test
    void aNobodyOnSlackIsRefusedRollbackRunAndConfirmAndNothingRuns() {
        String key = People.open("Checkout 5xx spike", "2", "checkout");
        String refusal = "eve may not run rollback on checkout on " + key + ": only the on-call of checkout (Ana Lima, "
                + "Bo Chen), Lee Park or a Warroom admin may.";

        assertEquals("Refused to start rollback on checkout: " + refusal, world.slack(AuthzWorld.EVE, "eve",
                key + " rollback"));
        assertEquals("Refused to start touch on checkout: eve may not run touch on checkout on " + key + ": only the "
                + "on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may.",
                world.slack(AuthzWorld.EVE, "eve", key + " run touch"));
        String confirm = AuthzWorld.askAsAdmin(key, "run touch");
        assertEquals("Refused to start run #" + AuthzWorld.runId(confirm) + " (touch on checkout): eve may not run "
                + "touch on checkout on " + key + ": only the on-call of checkout (Ana Lima, Bo Chen) or a Warroom "
                + "admin may.", world.slack(AuthzWorld.EVE, "eve", key + " " + confirm));

        assertEquals(List.of("⛔ Refused to start rollback on checkout: " + refusal,
                "⛔ Refused to start touch on checkout: eve may not run touch on checkout on " + key + ": only the "
                        + "on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may.",
                "⛔ Refused to start run #" + AuthzWorld.runId(confirm) + " (touch on checkout): eve may not run touch "
                        + "on checkout on " + key + ": only the on-call of checkout (Ana Lima, Bo Chen) or a Warroom "
                        + "admin may."), RunbookTest.runbookEntries(key));
        assertEquals(List.of("eve", "eve", "eve"), AuthzWorld.runbookActors(key));
        String impostor = world.slack(AuthzWorld.EVE, "Ana Lima", key + " rollback");
        assertTrue(impostor.startsWith("Refused to start rollback on checkout: Ana Lima may not run"), impostor);
        assertFalse(Files.exists(AuthzWorld.touched(key)), "the touch action never ran");
        assertEquals(List.of("PENDING"), world.runStatuses(key), "only the admin's unconfirmed request is stored");
        assertEquals(4, RunbookTest.runbookEntries(key).size());
    }

    @Test
    void takingTheCommanderRoleGivesNoRunbookRights() {
        String key = People.open("Checkout latency", "2", "checkout");
        assertEquals("Incident commander: eve\nChecked Triage 4: Name a commander", world.slack(AuthzWorld.EVE, "eve",
                key + " role commander me"));

        String answer = world.slack(AuthzWorld.EVE, "eve", key + " run touch");
        assertTrue(answer.startsWith("Refused to start touch on checkout: eve may not run touch"), answer);
        String confirm = AuthzWorld.askAsAdmin(key, "run touch");
        String confirmAnswer = world.slack(AuthzWorld.EVE, "eve", key + " " + confirm);
        assertTrue(confirmAnswer.startsWith("Refused to start run #" + AuthzWorld.runId(confirm)), confirmAnswer);

        String discordAsk = discordAs(world.eveOnDiscord(), "rollback", "incident", key);
        assertTrue(discordAsk.startsWith("Refused to start rollback on checkout: Eve may not run rollback"),
                discordAsk);
        assertFalse(Files.exists(AuthzWorld.touched(key)));
        assertEquals(3, RunbookTest.runbookEntries(key).stream().filter(t -> t.startsWith("⛔ Refused")).count());
    }

    @Test
    void aNobodyOnDiscordIsRefusedAndTheRefusalIsOnTheTimeline() {
        String key = People.open("Billing timeouts", "2", "checkout");
        String rollback = discordAs(world.eveOnDiscord(), "rollback", "incident", key);
        assertEquals("Refused to start rollback on checkout: Eve may not run rollback on checkout on " + key
                + ": only the on-call of checkout (Ana Lima, Bo Chen), Lee Park or a Warroom admin may.", rollback);
        String confirm = AuthzWorld.askAsAdmin(key, "run touch");
        String[] words = confirm.split(" ");
        String confirmed = discordAs(world.eveOnDiscord(), "run", "action", "confirm", "service", words[2], "param",
                words[3], "incident", key);
        assertTrue(confirmed.startsWith("Refused to start run #" + words[2] + " (touch on checkout): Eve "
                + "may not run touch"), confirmed);
        assertFalse(confirmed.contains("\n"), "one line: " + confirmed);
        assertEquals(List.of("Eve", "Eve"), AuthzWorld.runbookActors(key));
        assertFalse(Files.exists(AuthzWorld.touched(key)));
    }

    @Test
    void theOnCallAndAnAdminMayRunOnEitherPlatform() {
        String key = People.open("Checkout errors", "2", "checkout");
        assertEquals("", world.slack(AuthzWorld.ANA_SLACK, "ana", key + " run touch"), "Slack asks in a modal");
        String confirm = world.pendingConfirm(key);
        String started = world.slack(AuthzWorld.ANA_SLACK, "ana", key + " " + confirm);
        assertTrue(started.startsWith("Started touch on checkout"), started);
        String result = RunbookTest.awaitResult(key, AuthzWorld.runId(confirm));
        assertTrue(result.startsWith("✅ touch on checkout succeeded"), result);
        assertTrue(result.contains("confirmed by ana)"), result);
        assertTrue(Files.exists(AuthzWorld.touched(key)), "the on-call's run ran");

        String billing = People.open("Checkout errors again", "2", "checkout");
        assertEquals("", world.slack(AuthzWorld.ADMIN_SLACK, "root", billing + " run touch"));
        String adminConfirm = world.pendingConfirm(billing);
        assertTrue(world.slack(AuthzWorld.ADMIN_SLACK, "root", billing + " " + adminConfirm).startsWith("Started"));
        assertTrue(RunbookTest.awaitResult(billing, AuthzWorld.runId(adminConfirm)).contains("confirmed by root)"));

        String onDiscord = People.open("Checkout errors on Discord", "2", "checkout");
        discordAs(world.cyOnDiscord(), "run", "action", "touch", "incident", onDiscord);
        String pending = world.pendingConfirm(onDiscord);
        String[] words = pending.split(" ");
        String discordStarted = discordAs(world.cyOnDiscord(), "run", "action", "confirm", "service", words[2],
                "param", words[3], "incident", onDiscord);
        assertTrue(discordStarted.startsWith("Started touch on checkout"), discordStarted);
        assertTrue(RunbookTest.awaitResult(onDiscord, AuthzWorld.runId(pending)).contains("confirmed by Cy Diaz)"));
        assertTrue(Files.exists(AuthzWorld.touched(onDiscord)));
    }

    @Test
    void aPersonTheActionListsMayRunItAndNoOtherAction() {
        String key = People.open("Checkout bad deploy", "2", "checkout");
        FakeUser lee = world.leeOnDiscord();
        discordAs(lee, "rollback", "incident", key);
        String confirm = world.pendingConfirm(key);
        String[] words = confirm.split(" ");
        String started = discordAs(lee, "run", "action", "confirm", "service", words[2], "param", words[3],
                "incident", key);
        assertTrue(started.startsWith("Started rollback on checkout"), started);
        String result = RunbookTest.awaitResult(key, AuthzWorld.runId(confirm));
        assertTrue(result.startsWith("✅ rollback on checkout succeeded"), result);
        assertTrue(result.contains("confirmed by Lee Park)"), result);

        String touch = discordAs(lee, "run", "action", "touch", "incident", key);
        assertTrue(touch.startsWith("Refused to start touch on checkout: Lee Park may not run touch"), touch);
        assertFalse(Files.exists(AuthzWorld.touched(key)));
    }

    @Test
    void runningAnActionOfAnotherServiceNeedsRightsForThatService() {
        String key = People.open("Checkout and search", "2", "checkout");
        String refused = world.slack(AuthzWorld.ANA_SLACK, "ana", key + " run reindex search");
        assertEquals("Refused to start reindex on search: ana may not run reindex on search on " + key + ": only the "
                + "on-call of search (Cy Diaz) or a Warroom admin may.", refused);
        assertEquals(List.of("⛔ Refused to start reindex on search: ana may not run reindex on search on " + key
                + ": only the on-call of search (Cy Diaz) or a Warroom admin may."), RunbookTest.runbookEntries(key));
        assertEquals(List.of(), world.runStatuses(key));

        discordAs(world.cyOnDiscord(), "run", "action", "reindex", "service", "search", "incident", key);
        assertEquals(List.of("PENDING"), world.runStatuses(key), "Cy, on call for search, may ask to run it");
    }

    @Test
    void theLevelsAnEscalationPagedMayRunOnceTheyArePaged() {
        String key = People.open("Checkout down", "1", "checkout");
        String before = world.slack(AuthzWorld.LEE_SLACK, "lee", key + " run touch");
        assertTrue(before.startsWith("Refused to start touch on checkout: lee may not run touch on checkout"), before);

        world.escalate(clock, Duration.ofMinutes(5));
        world.escalate(clock, Duration.ofMinutes(5));
        assertEquals("", world.slack(AuthzWorld.LEE_SLACK, "lee", key + " run touch"), "the confirmation modal opens");
        assertEquals(List.of("PENDING"), world.runStatuses(key));
    }

    @Test
    void theApiTokenIsAnAdminAndTheClaimedChatUserOnlyAttributes() {
        String key = People.open("Checkout via automation", "2", "checkout");
        Map<String, String> claimsEve = Map.of("platform", "slack", "id", AuthzWorld.EVE, "name", "Eve");
        String confirm = People.run(key, "run touch", claimsEve).statusCode(200).extract().path("confirmation.command");
        People.run(key, confirm, claimsEve).statusCode(200);
        String result = RunbookTest.awaitResult(key, AuthzWorld.runId(confirm));
        assertTrue(result.contains("confirmed by Eve (via API))"), result);
        assertTrue(Files.exists(AuthzWorld.touched(key)));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then()
                .body("find { it.text.startsWith('▶️ Running touch') }.actor.platform", equalTo("slack"))
                .body("find { it.text.startsWith('▶️ Running touch') }.actor.name", equalTo("Eve (via API)"));

        // The same claim without the token is not a credential at all.
        RestAssured.given().contentType("application/json")
                .body(Map.of("text", "run touch", "user", People.ANA)).post("/api/incidents/" + key + "/commands")
                .then().statusCode(401);
        assertEquals(List.of("SUCCEEDED"), world.runStatuses(key));
    }

    private String discordAs(FakeUser user, String subcommand, Object... options) {
        return world.discord(user, subcommand, options);
    }
}
