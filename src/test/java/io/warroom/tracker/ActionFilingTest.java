package io.warroom.tracker;

import static io.warroom.support.Api.timeline;
import static io.warroom.tracker.TrackerTestSupport.SOON;
import static io.warroom.tracker.TrackerTestSupport.awaitCreates;
import static io.warroom.tracker.TrackerTestSupport.awaitLink;
import static io.warroom.tracker.TrackerTestSupport.creates;
import static io.warroom.tracker.TrackerTestSupport.fileAs;
import static io.warroom.tracker.TrackerTestSupport.filing;
import static io.warroom.tracker.TrackerTestSupport.incidentWithAction;
import static io.warroom.tracker.TrackerTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.OutboxMessage;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.FakeTrackers;
import io.warroom.support.OnCallProfile;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code action file <n>} through the REST API against GitHub, GitLab and Jira on loopback: what each receives, the
 * link written back, and how rate limits and server errors are waited out.
 */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class ActionFilingTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void fixTheClock() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void filingInGitHubSendsTheIssueAndWritesItsLinkOnTheItemAndTimeline() {
        String key = incidentWithAction("Checkout 5xx spike", "checkout",
                "Alert on payment queue depth owner:me due:2025-01-20");

        assertEquals("Filing action item #1 in GitHub acme/payments; its link goes on the item once GitHub answers.",
                fileAs(key, 1, People.ANA));

        FakeHttp.Request create = awaitCreates(FakeTrackers.github(), key, 1).get(0);
        assertEquals("/repos/acme/payments/issues", create.path());
        assertEquals("Bearer " + FakeTrackers.GITHUB_TOKEN, create.header("Authorization"));
        assertEquals("application/vnd.github+json", create.header("Accept"));
        assertEquals("2022-11-28", create.header("X-GitHub-Api-Version"));
        JsonNode body = read(create.body());
        assertEquals("Alert on payment queue depth (" + key + ")", body.path("title").asText());
        assertEquals("incident-follow-up", body.path("labels").get(0).asText());
        assertEquals("Alert on payment queue depth\n\nFollow-up of " + key + ": Checkout 5xx spike (SEV2 · checkout)\n"
                + "Owner: Ana (via API)\nDue: 2025-01-20\n\nFiled by Warroom for " + key + " action item #1, asked by "
                + "Ana (via API).",
                body.path("body").asText());

        String link = awaitLink(key, 1);
        assertTrue(link.matches("https://github\\.com/acme/payments/issues/\\d+"), link);
        String ref = "acme/payments#" + link.substring(link.lastIndexOf('/') + 1);
        assertTrue(timeline(key, "action_item").contains("Action item #1 filed as " + ref + " in GitHub"));

        assertEquals("Action item #1 of " + key + " is already filed as " + ref + ": " + link,
                fileAs(key, 1, People.BO));
        assertEquals(1, creates(FakeTrackers.github(), key).size(), "filing twice creates one issue");
    }

    @Test
    void gitLabIsWaitedOutUntilRetryAfterAndGetsLabelsAndDueDate() {
        String key = incidentWithAction("Search index stale", "search", "Reindex nightly due:2025-02-01");
        FakeTrackers.gitlab().respondNext(new FakeHttp.Response(429, "{\"message\":\"Retry later\"}",
                Map.of("Retry-After", "60", "RateLimit-Remaining", "0")));

        fileAs(key, 1, People.ANA);
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);
        OutboxMessage waiting = filing(em, key);
        assertEquals(clock.instant().plusSeconds(60), waiting.nextAttemptAt);
        assertEquals("GitLab infra/search is rate limiting us (429)", waiting.lastError);

        clock.advance(Duration.ofSeconds(59));
        assertEquals(1, creates(FakeTrackers.gitlab(), key).size(), "nothing before Retry-After");
        clock.advance(Duration.ofSeconds(1));
        FakeHttp.Request create = awaitCreates(FakeTrackers.gitlab(), key, 2).get(1);
        assertEquals("/api/v4/projects/infra%2Fsearch/issues", create.path());
        assertEquals(FakeTrackers.GITLAB_TOKEN, create.header("PRIVATE-TOKEN"));
        JsonNode body = read(create.body());
        assertEquals("incident,follow-up", body.path("labels").asText());
        assertEquals("2025-02-01", body.path("due_date").asText());
        assertTrue(body.path("description").asText().startsWith("Reindex nightly\n\nFollow-up of " + key));
        assertTrue(awaitLink(key, 1).matches("https://gitlab\\.example\\.com/infra/search/-/issues/\\d+"));
    }

    @Test
    void githubsExhaustedRateLimitWaitsForItsResetTime() {
        String key = incidentWithAction("Checkout slow", "checkout", "Cache card tokens");
        long reset = clock.instant().plusSeconds(300).getEpochSecond();
        FakeTrackers.github().respondNext(new FakeHttp.Response(403, "{\"message\":\"API rate limit exceeded for "
                + "user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest/rate-limit\"}", Map.of(
                        "x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0", "x-ratelimit-reset",
                        String.valueOf(reset))));

        fileAs(key, 1, People.ANA);
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);
        assertEquals(Instant.ofEpochSecond(reset), filing(em, key).nextAttemptAt);
        clock.advance(Duration.ofSeconds(300));
        awaitCreates(FakeTrackers.github(), key, 2);
        awaitLink(key, 1);
    }

    @Test
    void jiraSignsInWithEmailAndTokenAndServerErrorsAreTriedAgain() {
        String key = incidentWithAction("DNS resolution failures", "dns", "Add a second resolver due:2025-01-31");
        FakeTrackers.jira().respondNext(FakeHttp.Response.of(503, ""));

        fileAs(key, 1, People.ANA);
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);
        clock.advance(Duration.ofSeconds(1));
        FakeHttp.Request create = awaitCreates(FakeTrackers.jira(), key, 2).get(1);
        assertEquals("/rest/api/2/issue", create.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((FakeTrackers.JIRA_EMAIL + ":"
                + FakeTrackers.JIRA_TOKEN).getBytes(StandardCharsets.UTF_8)), create.header("Authorization"));
        JsonNode fields = read(create.body()).path("fields");
        assertEquals("OPS", fields.path("project").path("key").asText());
        assertEquals("Task", fields.path("issuetype").path("name").asText());
        assertEquals("Add a second resolver (" + key + ")", fields.path("summary").asText());
        assertEquals("2025-01-31", fields.path("duedate").asText());
        assertEquals("postmortem", fields.path("labels").get(0).asText());
        String link = awaitLink(key, 1);
        assertTrue(link.matches(FakeTrackers.jira().url("/browse/OPS-\\d+")), link);
        String issueKey = link.substring(link.lastIndexOf('/') + 1);
        assertTrue(timeline(key, "action_item").contains("Action item #1 filed as " + issueKey + " in Jira"));
    }

    @Test
    void exportingThePostmortemFilesEveryItemNotDoneFiledOrLinked() {
        String key = incidentWithAction("Search outage", "search", "Shard the index");
        People.run(key, "action Write the runbook link:https://wiki.example.com/runbook", People.ANA).statusCode(200);
        People.run(key, "action Rotate the keys", People.ANA).statusCode(200);
        People.run(key, "action done 3", People.ANA).statusCode(200);
        People.run(key, "action Tune the cache", People.ANA).statusCode(200);

        People.run(key, "postmortem", People.ANA).statusCode(200);

        List<FakeHttp.Request> filed = awaitCreates(FakeTrackers.gitlab(), key, 2);
        assertEquals(List.of("Shard the index (" + key + ")", "Tune the cache (" + key + ")"),
                filed.stream().map(r -> read(r.body()).path("title").asText()).sorted().toList());
        awaitLink(key, 1);
        awaitLink(key, 4);
        assertEquals("https://wiki.example.com/runbook", TrackerTestSupport.item(key, 2).path("trackerUrl").asText());
        assertFalse(TrackerTestSupport.item(key, 3).path("trackerUrl").isTextual());

        People.run(key, "postmortem", People.ANA).statusCode(200);
        assertEquals(2, creates(FakeTrackers.gitlab(), key).size(), "exporting again files nothing twice");
    }

    @Test
    void exportingDoesNotFileWhereTheTrackerDoesNotAskForIt() {
        String key = incidentWithAction("Checkout timeouts", "checkout", "Raise pool size");
        People.run(key, "postmortem", People.ANA).statusCode(200);
        String other = incidentWithAction("Checkout again", "checkout", "Something after");
        fileAs(other, 1, People.ANA);
        awaitLink(other, 1);
        assertEquals(0, creates(FakeTrackers.github(), key).size());
    }
}
