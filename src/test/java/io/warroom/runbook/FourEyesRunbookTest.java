package io.warroom.runbook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.AuthzWorld;
import io.warroom.support.FakeHttp;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes runbook actions ({@code approvals: 1}, here {@code guarded-touch} on checkout) through the wire: a
 * confirmed run waits in the room with Approve and Deny until another person with rights decides, on Slack, Discord,
 * the web page or the REST API; nobody approves their own run under another identity; unapproved runs expire.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.admins", value = AuthzWorld.ADMINS)})
class FourEyesRunbookTest {

    private static final String ACTION = "guarded-touch on checkout";
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectFakeDiscord
    FakeDiscord discord;

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    EscalationJob escalations;

    @Inject
    RunSweeper sweeper;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    private AuthzWorld world;
    private FakeHttp hooks;

    @BeforeEach
    void world() throws Exception {
        clock.fix(RunbookTest.TUESDAY);
        world = AuthzWorld.start(discord, em, escalations);
        hooks = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    }

    @AfterEach
    void stop() {
        hooks.close();
        world.close();
        clock.reset();
    }

    @Test
    void onlyAnotherOnCallsApproveClickStartsTheRunAndEveryStepIsOnTheTimelineInOrder() {
        String key = People.open("Checkout bad config push", "2", "checkout");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        long run = askAndConfirmAsAnaOnSlack(key);
        SlackMessage ask = slack.awaitMessage(room.channelId(), "the approval request", m -> m.blockText()
                .contains("Run #" + run + " (" + ACTION + ") needs another person's approval"));
        assertEquals(List.of("Approve", "Deny"), ask.buttonLabels());
        assertEquals("wr:" + key + ":run approve " + run, ask.buttons().get(0).path("action_id").asText());
        assertEquals("wr:" + key + ":run deny " + run, ask.buttons().get(1).path("action_id").asText());
        assertEquals("Why deny run #" + run + "?", ask.buttons().get(1).path("value").asText(),
                "Deny asks for the reason in a modal");
        assertTrue(world.slack(AuthzWorld.BO_SLACK, "bo", key + " run").contains("• `run guarded-touch` (command); "
                + "needs another person's approval"), "the list of actions says so");

        assertEquals("Refused to approve Run #" + run + " (" + ACTION + "): ana requested this run; another person "
                + "with rights to run it must approve it.", click(room, ask, AuthzWorld.ANA_SLACK, "ana", "/ana"));
        assertEquals("Refused to approve Run #" + run + " (" + ACTION + "): Ana Lima requested this run; another "
                + "person with rights to run it must approve it.", world.discord(world.anaOnDiscord(), "run",
                        "action", "approve", "service", String.valueOf(run), "incident", key),
                "Ana on Discord is the same person as Ana on Slack");
        assertEquals("Refused to approve Run #" + run + " (" + ACTION + "): eve may not run guarded-touch on checkout "
                + "on " + key + ": only the on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may.",
                click(room, ask, AuthzWorld.EVE, "eve", "/eve"));
        assertFalse(Files.exists(AuthzWorld.guardedTouched(key)), "nothing ran before the approval");
        assertEquals(List.of("AWAITING_APPROVAL"), world.runStatuses(key));

        assertEquals("Approved Run #" + run + " (" + ACTION + "): it started. Its output and result will be posted in "
                + "the room and on the timeline.", click(room, ask, AuthzWorld.BO_SLACK, "bo", "/bo"));
        String result = RunbookTest.awaitResult(key, run);
        assertTrue(result.startsWith("✅ " + ACTION + " succeeded"), result);
        assertTrue(result.contains("confirmed by ana, approved by bo)"), result);
        assertTrue(Files.exists(AuthzWorld.guardedTouched(key)));
        assertEquals("Run #" + run + " (" + ACTION + ") was already approved by bo and has succeeded. Ask again with "
                + "`run guarded-touch checkout` to run it again.", click(room, ask, AuthzWorld.BO_SLACK, "bo", "/again"),
                "a replayed click starts nothing");

        List<String> entries = RunbookTest.runbookEntries(key);
        assertEquals(7, entries.size(), entries.toString());
        assertTrue(entries.get(0).startsWith("🔐 Run #" + run + " (" + ACTION + ") needs another person's approval "
                + "(requested by ana): it would run `touch guarded-" + key + "` (no shell)"), entries.get(0));
        assertTrue(entries.get(1).startsWith("⛔ Refused to approve Run #" + run + " (" + ACTION + "): ana requested"));
        assertTrue(entries.get(2).startsWith("⛔ Refused to approve Run #" + run + " (" + ACTION + "): Ana Lima "));
        assertTrue(entries.get(3).startsWith("⛔ Refused to approve Run #" + run + " (" + ACTION + "): eve may not"));
        assertEquals("👍 Run #" + run + " (" + ACTION + ") approved by bo (requested by ana).", entries.get(4));
        assertTrue(entries.get(5).startsWith("▶️ Running " + ACTION + " (run #" + run + "), confirmed by ana, "
                + "approved by bo: "), entries.get(5));
        assertEquals(result, entries.get(6));
        assertEquals(List.of("ana", "ana", "Ana Lima", "eve", "bo", "bo", "Warroom"), AuthzWorld.runbookActors(key));
        assertEquals(List.of("SUCCEEDED"), world.runStatuses(key));
    }

    @Test
    void aRunAskedOnSlackIsApprovedWithTheButtonInTheDiscordRoom() {
        String key = People.open("Checkout pods crash-looping", "2", "checkout");
        long run = askAndConfirmAsAnaOnSlack(key);
        DiscordRoom room = DiscordRoom.of(discord, key);
        var ask = room.awaitPost("Run #" + run + " (" + ACTION + ") needs another person's approval");
        assertEquals(List.of("Approve", "Deny"), DiscordRoom.buttons(ask));

        FakeInteraction byAna = discord.clickLabelled(world.anaOnDiscord(), room.channelId(), ask.getString("id"),
                "Approve");
        assertTrue(byAna.awaitAnswerText().startsWith("Refused to approve Run #" + run + " (" + ACTION + "): Ana "
                + "Lima requested this run"), byAna.awaitAnswerText());
        FakeInteraction byCy = discord.clickLabelled(world.cyOnDiscord(), room.channelId(), ask.getString("id"),
                "Approve");
        assertTrue(byCy.awaitAnswerText().startsWith("Approved Run #" + run), byCy.awaitAnswerText());
        assertTrue(byCy.ephemeral(), "the answer goes to the person who clicked");
        String result = RunbookTest.awaitResult(key, run);
        assertTrue(result.contains("confirmed by ana, approved by Cy Diaz)"), result);
        assertTrue(Files.exists(AuthzWorld.guardedTouched(key)));
    }

    @Test
    void theApiTokenMayAskAndDenyButOnlyAPersonMayApproveAndTheWebPagesApproveButtonDoes() {
        String key = People.open("Checkout cache poisoning", "2", "checkout");
        String confirm = AuthzWorld.askAsAdmin(key, "run guarded-touch");
        long run = AuthzWorld.runId(confirm);
        People.run(key, confirm, People.ANA).statusCode(200).body("text", startsWith("Run #" + run + " ("
                + ACTION + ") needs another person's approval before it runs"));

        People.run(key, "run approve " + run, People.BO).statusCode(403).body("error", containsString("Refused to "
                + "approve Run #" + run + " (" + ACTION + "): an approval must come from a person Slack, Discord or a "
                + "web sign-in vouched for; the API token acts for whoever its call names."));
        assertEquals(List.of("AWAITING_APPROVAL"), world.runStatuses(key));

        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        String page = admin.html("/incidents/" + key);
        assertTrue(page.contains("<input type=\"hidden\" name=\"text\" value=\"run approve " + run + "\"><button "
                + "type=\"submit\" class=\"approve-run\">Approve</button>"), "the page's Approve button");
        assertTrue(page.contains("value=\"run deny " + run + "\"><button type=\"submit\" class=\"danger deny-run\">"
                + "Deny</button>"), "the page's Deny button");
        var approved = admin.post("/incidents/" + key + "/commands", Map.of("text", "run approve " + run));
        assertTrue(approved.asString().contains("Approved Run #" + run), approved.asString());
        String result = RunbookTest.awaitResult(key, run);
        assertTrue(result.startsWith("✅ " + ACTION + " succeeded"), result);
        assertTrue(result.contains(", approved by "), result);

        String second = AuthzWorld.askAsAdmin(key, "run guarded-touch");
        long denied = AuthzWorld.runId(second);
        People.run(key, second, People.ANA).statusCode(200);
        People.run(key, "run deny " + denied + " wrong revision, rolling forward instead", People.BO).statusCode(200)
                .body("text", startsWith("Denied Run #" + denied + " (" + ACTION + "); nothing ran."));
        assertEquals("🚫 Run #" + denied + " (" + ACTION + ") denied by Bo Chen (via API): wrong revision, rolling "
                + "forward instead. Nothing ran.", RunbookTest.runbookEntries(key).get(RunbookTest.runbookEntries(key)
                        .size() - 1));
        assertEquals("Run #" + denied + " (" + ACTION + ") was denied by Bo Chen (via API) (wrong revision, rolling "
                + "forward instead). Ask again with `run guarded-touch checkout` to run it again.",
                world.slack(AuthzWorld.ADMIN_SLACK, "root", key + " run approve " + denied));
        assertEquals(List.of("SUCCEEDED", "DENIED"), world.runStatuses(key));
    }

    @Test
    void anUnapprovedRunExpiresAndIsSaidToHaveExpiredInTheRoom() {
        String key = People.open("Checkout disk full", "2", "checkout");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        long first = askAndConfirmAsAnaOnSlack(key);

        clock.advance(Duration.ofMinutes(14));
        sweeper.sweep(clock.instant());
        assertEquals(List.of("AWAITING_APPROVAL"), world.runStatuses(key), "15 minutes by default");
        clock.advance(Duration.ofMinutes(2));
        String late = world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve " + first);
        assertTrue(late.startsWith("Run #" + first + " (" + ACTION + ") expired unapproved at "), late);
        assertTrue(late.endsWith("; nothing ran. Ask again with `run guarded-touch checkout`."), late);

        long second = askAndConfirmAsAnaOnSlack(key);
        clock.advance(Duration.ofMinutes(16));
        sweeper.sweep(clock.instant());
        sweeper.sweep(clock.instant());
        assertEquals(List.of("APPROVAL_EXPIRED", "APPROVAL_EXPIRED"), world.runStatuses(key));
        slack.awaitMessage(room.channelId(), "the expiry", m -> m.text().startsWith("Warroom: ⌛ Run #" + second
                + " (" + ACTION + ") expired at "));
        String afterSweep = world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve " + second);
        assertTrue(afterSweep.startsWith("Run #" + second + " (" + ACTION + ") expired unapproved at "), afterSweep);
        assertEquals(2, RunbookTest.runbookEntries(key).stream().filter(e -> e.startsWith("⌛")).count(),
                "each expiry is on the timeline once");
        assertFalse(Files.exists(AuthzWorld.guardedTouched(key)));
    }

    @Test
    void twoApproversAtTheSameMomentStartOneRun() throws Exception {
        String key = People.open("Checkout double click", "2", "checkout");
        long run = askAndConfirmAsAnaOnSlack(key);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<String> bo = CompletableFuture.supplyAsync(() -> approveOnSlackAfter(go,
                AuthzWorld.BO_SLACK, "bo", key, run));
        CompletableFuture<String> admin = CompletableFuture.supplyAsync(() -> approveOnSlackAfter(go,
                AuthzWorld.ADMIN_SLACK, "root", key, run));
        go.countDown();
        List<String> answers = List.of(bo.get(), admin.get());

        assertEquals(1, answers.stream().filter(a -> a.startsWith("Approved Run #" + run)).count(), answers.toString());
        assertEquals(1, answers.stream().filter(a -> a.contains(") was already approved by ")).count(),
                answers.toString());
        RunbookTest.awaitResult(key, run);
        assertEquals(1, RunbookTest.runbookEntries(key).stream().filter(e -> e.startsWith("▶️ Running")).count());
        assertEquals(1, RunbookTest.runbookEntries(key).stream().filter(e -> e.startsWith("👍")).count());
        assertEquals(List.of("SUCCEEDED"), world.runStatuses(key));
    }

    @Test
    void approveAndDenyRefuseWhatTheyCannotDecideOnWithAClearAnswer() {
        String key = People.open("Checkout hostile approvals", "2", "checkout");
        String other = People.open("Another incident", "2", "checkout");
        long run = askAndConfirmAsAnaOnSlack(key);

        assertEquals(other + " has no run #" + run + ".", world.slack(AuthzWorld.BO_SLACK, "bo", other
                + " run approve " + run), "a run of another incident");
        assertEquals(key + " has no run #999999.", world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve 999999"));
        assertTrue(world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve").startsWith("`run approve` needs the "
                + "run number and nothing else"));
        assertTrue(world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve " + run + " now").startsWith("`run "
                + "approve` needs the run number and nothing else"));
        assertTrue(world.slack(AuthzWorld.BO_SLACK, "bo", key + " run approve seventeen").startsWith("`seventeen` is "
                + "not a valid run number"));
        assertTrue(world.slack(AuthzWorld.BO_SLACK, "bo", key + " run deny " + run + " " + "x".repeat(600))
                .startsWith("The reason is 600 characters; the limit is 500."));
        assertEquals("Refused to deny Run #" + run + " (" + ACTION + "): eve may not run guarded-touch on checkout on "
                + key + ": only the on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may.",
                world.slack(AuthzWorld.EVE, "eve", key + " run deny " + run + " because"));
        assertEquals(List.of("AWAITING_APPROVAL"), world.runStatuses(key), "nothing changed");

        assertEquals("", world.slack(AuthzWorld.ANA_SLACK, "ana", key + " run touch"));
        long unconfirmed = AuthzWorld.runId(world.pendingConfirm(key));
        assertEquals("Run #" + unconfirmed + " (touch on checkout) is not confirmed yet; whoever asked for it confirms "
                + "it first. Ask again with `run touch checkout` to run it again.", world.slack(AuthzWorld.BO_SLACK,
                        "bo", key + " run approve " + unconfirmed));

        assertEquals("Denied Run #" + run + " (" + ACTION + "); nothing ran.", world.slack(AuthzWorld.ANA_SLACK, "ana",
                key + " run deny " + run), "whoever asked may withdraw");
        assertTrue(RunbookTest.runbookEntries(key).contains("🚫 Run #" + run + " (" + ACTION + ") withdrawn by ana, "
                + "who requested it. Nothing ran."));
        assertFalse(Files.exists(AuthzWorld.guardedTouched(key)));
    }

    /** Ana, on call for checkout, asks for guarded-touch on Slack and confirms it; returns the run's number. */
    private long askAndConfirmAsAnaOnSlack(String key) {
        assertEquals("", world.slack(AuthzWorld.ANA_SLACK, "ana", key + " run guarded-touch"), "the modal opens");
        String confirm = world.pendingConfirm(key);
        long run = AuthzWorld.runId(confirm);
        String asked = world.slack(AuthzWorld.ANA_SLACK, "ana", key + " " + confirm);
        assertTrue(asked.startsWith("Run #" + run + " (" + ACTION + ") needs another person's approval before it "
                + "runs; the room was asked. Nothing runs unless someone else with rights approves it by "), asked);
        return run;
    }

    private String approveOnSlackAfter(CountDownLatch go, String userId, String name, String key, long run) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return world.slack(userId, name, key + " run approve " + run);
    }

    /** Clicks the first button (Approve) of the request as a signed Slack block action; returns the answer's text. */
    private String click(SlackRoom room, SlackMessage ask, String userId, String userName, String hook) {
        JsonNode button = ask.buttons().get(0);
        var answer = signed.interaction(SlackPayloads.blockAction(userId, userName, room.channelId(), ask.ts,
                button.path("action_id").asText(), button.path("text").path("text").asText(), null, hooks.url(hook)));
        assertEquals(200, answer.status(), answer.body());
        String body = hooks.await(r -> r.path().equals(hook), 1, Duration.ofSeconds(10)).get(0).body();
        try {
            return JSON.readTree(body).path("text").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
