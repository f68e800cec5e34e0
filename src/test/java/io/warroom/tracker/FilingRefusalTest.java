package io.warroom.tracker;

import static io.warroom.tracker.TrackerTestSupport.SOON;
import static io.warroom.tracker.TrackerTestSupport.awaitCreates;
import static io.warroom.tracker.TrackerTestSupport.awaitLink;
import static io.warroom.tracker.TrackerTestSupport.creates;
import static io.warroom.tracker.TrackerTestSupport.fileAs;
import static io.warroom.tracker.TrackerTestSupport.filing;
import static io.warroom.tracker.TrackerTestSupport.incidentWithAction;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxMessage;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.FakeHttp;
import io.warroom.support.FakeTrackers;
import io.warroom.support.OnCallProfile;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a tracker refuses (bad token, unknown project, invalid fields) is said once in the incident's room and on its
 * timeline, is not tried again, and never shows the token; bad commands are refused before anything is stored.
 */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class FilingRefusalTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    FakeChatPlatform.Slack slack;

    @BeforeEach
    void fixTheClock() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    static Stream<Arguments> refusals() {
        Supplier<FakeHttp> github = FakeTrackers::github;
        Supplier<FakeHttp> gitlab = FakeTrackers::gitlab;
        Supplier<FakeHttp> jira = FakeTrackers::jira;
        return Stream.of(
                Arguments.of("checkout", github, FakeHttp.Response.of(401, "{\"message\":\"Bad credentials\","
                        + "\"documentation_url\":\"https://docs.github.com/rest\"}"),
                        "GitHub acme/payments answered 401: Bad credentials — the token in WARROOM_TEST_GITHUB_TOKEN "
                                + "was refused; renew it"),
                Arguments.of("checkout", github, FakeHttp.Response.of(422, "{\"message\":\"Validation Failed\","
                        + "\"errors\":[{\"value\":\"incident-follow-up\",\"resource\":\"Label\",\"field\":\"name\","
                        + "\"code\":\"invalid\"}],\"documentation_url\":\"https://docs.github.com/rest\"}"),
                        "GitHub acme/payments answered 422: Validation Failed; name invalid"),
                Arguments.of("checkout", github, FakeHttp.Response.of(410, "{\"message\":\"Issues are disabled for "
                        + "this repo\"}"), "GitHub acme/payments answered 410: Issues are disabled for this repo — "
                                + "issues are turned off in that repository"),
                Arguments.of("search", gitlab, FakeHttp.Response.of(404, "{\"message\":\"404 Project Not Found\"}"),
                        "GitLab infra/search answered 404: 404 Project Not Found — the project does not exist, or "
                                + "the token in WARROOM_TEST_GITLAB_TOKEN cannot see it"),
                Arguments.of("search", gitlab, FakeHttp.Response.of(400, "{\"message\":{\"title\":[\"is too long "
                        + "(maximum is 255 characters)\"]}}"),
                        "GitLab infra/search answered 400: title is too long (maximum is 255 characters)"),
                Arguments.of("dns", jira, FakeHttp.Response.of(400, "{\"errorMessages\":[],\"errors\":{\"issuetype\":"
                        + "\"Specify a valid issue type\"}}"),
                        "Jira OPS answered 400: issuetype: Specify a valid issue type"),
                Arguments.of("dns", jira, FakeHttp.Response.of(403, "{\"errorMessages\":[\"You do not have "
                        + "permission to create issues in this project.\"],\"errors\":{}}"),
                        "Jira OPS answered 403: You do not have permission to create issues in this project. — the "
                                + "token in WARROOM_TEST_JIRA_TOKEN may not create issues there"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusalIsSaidOnceInTheRoomAndNotTriedAgain(String service, Supplier<FakeHttp> tracker,
            FakeHttp.Response answer, String problem) {
        String key = incidentWithAction("Refused filing on " + service, service, "Write it down");
        tracker.get().respondNext(answer);

        fileAs(key, 1, People.ANA);

        String said = "⚠️ Action item #1 could not be filed: " + problem + ". Fix it, then `action file 1` again.";
        Eventually.until("the room told", SOON, () -> roomPosts(key).contains(said));
        Eventually.until("the timeline noted", SOON, () -> Api.timeline(key, "system")
                .contains("Filing an action item failed: " + problem));
        assertEquals(OutboxMessage.Status.FAILED, filing(em, key).status);
        clock.advance(Duration.ofHours(1));
        assertEquals(1, creates(tracker.get(), key).size(), "a refusal is not tried again");
        assertEquals(1, roomPosts(key).stream().filter(p -> p.contains("could not be filed")).count());
        assertFalse(String.join("\n", roomPosts(key)).contains("test-"), "no token in the room");

        // Once fixed, filing again asks anew.
        fileAs(key, 1, People.ANA);
        awaitCreates(tracker.get(), key, 2);
        awaitLink(key, 1);
    }

    @Test
    void aFilingStillFailingAfterADayIsGivenUpAndSaidInTheRoom() {
        String key = incidentWithAction("Jira down all day", "dns", "Check the resolver");
        FakeTrackers.jira().respondNext(FakeHttp.Response.of(502, "<html>Bad gateway</html>"));
        fileAs(key, 1, People.ANA);
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);

        clock.advance(Duration.ofHours(25));
        FakeTrackers.jira().respondNext(FakeHttp.Response.of(502, "<html>Bad gateway</html>"));
        Eventually.until("the room told", SOON, () -> roomPosts(key).contains("⚠️ Action item #1 could not be filed: "
                + "Jira OPS answered 502. Fix it, then `action file 1` again."));
        assertEquals(2, creates(FakeTrackers.jira(), key).size());
    }

    @Test
    void badFileCommandsGetAUsageLineOrAClearRefusalAndStoreNothing() {
        String key = incidentWithAction("Hostile filing", "checkout", "Something real");
        String usage = "Usage: /incident action <text> [owner:<user>] [due:YYYY-MM-DD] [link:<url>] | action done <n> "
                + "| action file <n>";
        for (String number : List.of("0", "-1", "x", "99999999999", "#")) {
            Api.authorized().body(Map.of("text", "action file " + number, "user", People.ANA))
                    .post("/api/incidents/" + key + "/commands").then().statusCode(422)
                    .body("error", containsString("is not a valid action item number"))
                    .body("error", containsString(usage));
        }
        People.run(key, "action file 7", People.ANA).statusCode(409)
                .body("error", equalTo(key + " has 1 action items; there is no #7."));
        People.run(key, "action done 1", People.ANA).statusCode(200);
        People.run(key, "action file 1", People.ANA).statusCode(409)
                .body("error", equalTo("Action item #1 of " + key
                        + " is done; there is nothing to file."));
        People.run("INC-999999", "action file 1", People.ANA).statusCode(404);
        RestAssured.given().contentType("application/json")
                .body(Map.of("text", "action file 1", "user", People.ANA))
                .post("/api/incidents/" + key + "/commands").then().statusCode(401);

        assertEquals(0, creates(FakeTrackers.github(), key).size());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(t) from TrackerIssue t where t.incidentNumber = :n", Long.class)
                .setParameter("n", People.number(key)).getSingleResult()));
    }

    @Test
    void aHandLinkedItemIsNotFiledAgain() {
        String key = incidentWithAction("Linked already", "checkout",
                "Track it link:https://github.com/acme/payments/issues/7");
        assertEquals("Action item #1 of " + key + " already links to https://github.com/acme/payments/issues/7.",
                fileAs(key, 1, People.ANA));
        assertEquals(0, creates(FakeTrackers.github(), key).size());
    }

    @Test
    void askingTwiceAtOnceQueuesOneFiling() throws Exception {
        String key = incidentWithAction("Double click", "checkout", "Only once please");
        FakeTrackers.github().respondNext(FakeHttp.Response.of(500, "{\"message\":\"Server Error\"}"));
        var first = CompletableFuture.supplyAsync(() -> fileAs(key, 1, People.ANA));
        var second = CompletableFuture.supplyAsync(() -> fileAs(key, 1, People.BO));
        List<String> answers = List.of(first.get(), second.get());
        assertTrue(answers.contains("Action item #1 of " + key + " is already being filed."), answers.toString());
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);
        clock.advance(Duration.ofSeconds(1));
        awaitLink(key, 1);
        assertEquals(2, creates(FakeTrackers.github(), key).size(), "one refused try and one filing");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.lane = :lane", Long.class)
                .setParameter("lane", "tracker:" + key).getSingleResult()));
    }

    @Test
    void aFilingWhoseOutboxMessageEndedWithoutAnAnswerCanBeAskedAgain() {
        String key = incidentWithAction("Lost filing", "checkout", "Do not get stuck");
        FakeTrackers.github().respondNext(FakeHttp.Response.of(500, "{\"message\":\"Server Error\"}"));
        fileAs(key, 1, People.ANA);
        Eventually.until("the first try refused", SOON, () -> filing(em, key).attempts == 1);
        assertEquals("Action item #1 of " + key + " is already being filed.", fileAs(key, 1, People.ANA));
        // As the outbox leaves a message it gave up on for a reason of Warroom's own (no answer recorded).
        QuarkusTransaction.requiringNew().run(() -> em.find(OutboxMessage.class,
                filing(em, key).id).status = OutboxMessage.Status.FAILED);

        assertEquals("Filing action item #1 in GitHub acme/payments; its link goes on the item once GitHub answers.",
                fileAs(key, 1, People.ANA));
        awaitLink(key, 1);
    }

    private List<String> roomPosts(String key) {
        return slack.delivered().stream().filter(e -> e.incident() != null && e.incident().key().equals(key))
                .map(e -> e.delivery()).filter(d -> d instanceof Delivery.PostToRoom)
                .map(d -> ((Delivery.PostToRoom) d).message().text()).toList();
    }
}
