package io.warroom.tracker;

import static io.warroom.tracker.TrackerTestSupport.awaitCreates;
import static io.warroom.tracker.TrackerTestSupport.awaitLink;
import static io.warroom.tracker.TrackerTestSupport.creates;
import static io.warroom.tracker.TrackerTestSupport.incidentWithAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.AuthzWorld;
import io.warroom.support.FakeHttp;
import io.warroom.support.FakeTrackers;
import io.warroom.support.OnCallWorld;
import io.warroom.support.TestClock;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code action file <n>} typed in Slack, signed as Slack signs it; a refusal is posted in the Slack room. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.admins", value = AuthzWorld.ADMINS)})
class ActionFilingChatTest {

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

    private AuthzWorld world;

    @BeforeEach
    void world() throws Exception {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        world = AuthzWorld.start(discord, em, escalations);
    }

    @AfterEach
    void stop() {
        world.close();
        clock.reset();
    }

    @Test
    void fileFromSlackFilesTheItemAndTheSecondAskAnswersWithTheLink() {
        String key = incidentWithAction("Checkout errors from Slack", "checkout", "Add a retry budget");
        assertEquals("Filing action item #1 in GitHub acme/payments; its link goes on the item once GitHub answers.",
                world.slack(AuthzWorld.ANA_SLACK, "ana", key + " action file 1"));
        awaitCreates(FakeTrackers.github(), key, 1);
        String link = awaitLink(key, 1);
        String ref = "acme/payments#" + link.substring(link.lastIndexOf('/') + 1);
        assertEquals("Action item #1 of " + key + " is already filed as " + ref + ": " + link,
                world.slack(AuthzWorld.BO_SLACK, "bo", key + " action file 1"));
        assertEquals(1, creates(FakeTrackers.github(), key).size());
    }

    @Test
    void aRefusedFilingIsPostedInTheSlackRoomWithoutTheToken() {
        String key = incidentWithAction("Checkout refused from Slack", "checkout", "Add a circuit breaker");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        FakeTrackers.github().respondNext(FakeHttp.Response.of(401, "{\"message\":\"Bad credentials "
                + FakeTrackers.GITHUB_TOKEN + "\"}"));

        world.slack(AuthzWorld.ANA_SLACK, "ana", key + " action file 1");

        room.awaitPost("⚠️ Action item #1 could not be filed: GitHub acme/payments answered 401: Bad credentials "
                + "•••• — the token in WARROOM_TEST_GITHUB_TOKEN was refused; renew it. Fix it, then `action file 1` again.");
        assertFalse(String.join("\n", room.texts()).contains(FakeTrackers.GITHUB_TOKEN));
    }

    @Test
    void aBadNumberFromSlackGetsTheUsageLine() {
        String key = incidentWithAction("Checkout typo", "checkout", "Something");
        // Slack's mrkdwn escapes angle brackets.
        assertEquals("`one` is not a valid action item number (1, 2, 3, ...).\nUsage: /incident action &lt;text&gt; "
                + "[owner:&lt;user&gt;] [due:YYYY-MM-DD] [link:&lt;url&gt;] | action done &lt;n&gt; | action file "
                + "&lt;n&gt;",
                world.slack(AuthzWorld.ANA_SLACK, "ana", key + " action file one"));
        assertEquals(0, creates(FakeTrackers.github(), key).size());
    }
}
