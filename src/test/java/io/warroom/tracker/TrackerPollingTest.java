package io.warroom.tracker;

import static io.warroom.support.Api.timeline;
import static io.warroom.tracker.TrackerTestSupport.awaitLink;
import static io.warroom.tracker.TrackerTestSupport.fileAs;
import static io.warroom.tracker.TrackerTestSupport.incidentWithAction;
import static io.warroom.tracker.TrackerTestSupport.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.FakeHttp;
import io.warroom.support.FakeTrackers;
import io.warroom.support.OnCallProfile;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing an issue in its tracker marks the action item done here, found by the polling job. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class TrackerPollingTest {

    @Inject
    TestClock clock;

    @Inject
    TrackerPolling polling;

    @BeforeEach
    void fixTheClock() {
        clock.fix(Instant.parse("2025-01-08T09:00:00Z"));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void closingTheIssueInEachTrackerMarksItsItemDoneAndSaysWhoClosedIt() {
        String github = filed("Checkout errors", "checkout", "Retry idempotently");
        String gitlab = filed("Search errors", "search", "Warm the cache");
        String jira = filed("DNS errors", "dns", "Lower the TTL");

        polling.checkFiled();
        assertFalse(item(github, 1).path("done").asBoolean(), "still open there");

        FakeTrackers.close(number(github), "octocat");
        FakeTrackers.close(number(gitlab), "maria");
        FakeTrackers.close(issueKey(jira), "anyone");
        polling.checkFiled();

        assertTrue(item(github, 1).path("done").asBoolean());
        assertTrue(timeline(github, "action_item").contains("Action item #1 done: acme/payments#" + number(github)
                + " was closed in GitHub by octocat"));
        assertTrue(item(gitlab, 1).path("done").asBoolean());
        assertTrue(timeline(gitlab, "action_item").contains("Action item #1 done: infra/search#" + number(gitlab)
                + " was closed in GitLab by maria"));
        assertTrue(item(jira, 1).path("done").asBoolean());
        assertTrue(timeline(jira, "action_item").contains("Action item #1 done: " + issueKey(jira)
                + " was closed in Jira as Done"));

        int asked = githubGets(github);
        polling.checkFiled();
        assertEquals(asked, githubGets(github), "a closed issue is not asked about again");
    }

    @Test
    void anItemDoneHereIsNotCheckedThereAnyMore() {
        String key = filed("Checkout again", "checkout", "Pin the client version");
        People.run(key, "action done 1", People.ANA).statusCode(200);
        polling.checkFiled();
        assertEquals(0, githubGets(key));
    }

    @Test
    void aRateLimitedTrackerIsLeftAloneUntilItsRetryAfter() {
        String key = filed("Search rate limited", "search", "Batch the reindex");
        FakeTrackers.gitlab().respondNext(new FakeHttp.Response(429, "{\"message\":\"Retry later\"}",
                Map.of("Retry-After", "600")));
        polling.checkFiled();
        long asked = gets(key);
        FakeTrackers.close(number(key), "maria");

        clock.advance(Duration.ofSeconds(599));
        polling.checkFiled();
        assertEquals(asked, gets(key), "nothing asked of GitLab before Retry-After");
        assertFalse(item(key, 1).path("done").asBoolean());

        clock.advance(Duration.ofSeconds(1));
        polling.checkFiled();
        assertTrue(item(key, 1).path("done").asBoolean());
    }

    private static int githubGets(String key) {
        return FakeTrackers.github().requests(r -> r.method().equals("GET") && r.path().endsWith("/issues/"
                + number(key))).size();
    }

    private static long gets(String key) {
        return FakeTrackers.gitlab().requests(r -> r.method().equals("GET") && r.path().endsWith("/issues/"
                + number(key))).size();
    }

    private static String filed(String title, String service, String action) {
        String key = incidentWithAction(title, service, action);
        fileAs(key, 1, People.ANA);
        awaitLink(key, 1);
        return key;
    }

    /** The GitHub or GitLab issue number of the incident's first item. */
    private static String number(String key) {
        String link = item(key, 1).path("trackerUrl").asText();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String issueKey(String key) {
        return number(key);
    }
}
