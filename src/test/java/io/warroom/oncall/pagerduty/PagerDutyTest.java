package io.warroom.oncall.pagerduty;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxMessage;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.FakeHttp;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound PagerDuty Events v2 against a loopback PagerDuty: what is sent, in which order, and retries. Events are
 * lanes of the outbox: they survive a restart, and one incident's outage holds up nothing else.
 */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class PagerDutyTest {

    static final Duration SENT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    FakeChatPlatform.Slack slack;

    @BeforeEach
    void quiet() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        Eventually.await(this::pending, pending -> pending == 0, SENT);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private List<JsonNode> events(String key) {
        return OnCallWorld.pagerDuty().requests().stream().map(this::parse)
                .filter(e -> e.path("dedup_key").asText().equals(key)).toList();
    }

    private List<JsonNode> awaitEvents(String key, int n) {
        return Eventually.await(() -> events(key), found -> found.size() >= n, SENT);
    }

    private static List<String> actions(List<JsonNode> events) {
        return events.stream().map(e -> e.path("event_action").asText()).toList();
    }

    private JsonNode parse(FakeHttp.Request request) {
        try {
            return json.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void triggerOnOpenAcknowledgeAndResolveShareTheIncidentKeyAsDedupKey() {
        String key = People.open("Checkout 5xx spike", "1", "checkout");
        JsonNode trigger = awaitEvents(key, 1).get(0);
        assertEquals("team-routing-key-8d41e6b2", trigger.path("routing_key").asText());
        assertEquals("trigger", trigger.path("event_action").asText());
        assertEquals(key + " · SEV1 · Checkout 5xx spike", trigger.path("payload").path("summary").asText());
        assertEquals("critical", trigger.path("payload").path("severity").asText());
        assertEquals("checkout", trigger.path("payload").path("source").asText());
        assertEquals("payments", trigger.path("payload").path("group").asText());
        assertEquals("Ana (via API)", trigger.path("payload").path("custom_details").path("opened_by").asText());
        assertEquals("/v2/enqueue", OnCallWorld.pagerDuty().requests().get(0).path());

        People.run(key, "ack", People.ANA).statusCode(200);
        People.run(key, "next", People.ANA).statusCode(200);
        People.run(key, "resolve rolled back", People.ANA).statusCode(200);
        List<JsonNode> events = awaitEvents(key, 3);
        assertEquals(List.of("trigger", "acknowledge", "resolve"), actions(events));
        assertEquals(Map.of("routing_key", "team-routing-key-8d41e6b2", "event_action", "resolve", "dedup_key", key),
                json.convertValue(events.get(2), Map.class));

        // Reopened: PagerDuty's incident opens again, and is acknowledged at once since people are on it already.
        People.run(key, "back the errors are back", People.ANA).statusCode(200);
        assertEquals(List.of("trigger", "acknowledge", "resolve", "trigger", "acknowledge"),
                actions(awaitEvents(key, 5)));
    }

    @Test
    void aServiceWithoutItsOwnKeyUsesTheGlobalOne() {
        String key = People.open("Search latency", "3", "search");
        JsonNode trigger = awaitEvents(key, 1).get(0);
        assertEquals(OnCallWorld.PAGERDUTY_KEY, trigger.path("routing_key").asText());
        assertEquals("warning", trigger.path("payload").path("severity").asText());
    }

    @Test
    void aFailedEventIsRetriedAndNothingOvertakesIt() {
        OnCallWorld.pagerDuty().respondNext(FakeHttp.Response.of(500, "{\"status\":\"error\"}"));
        String key = People.open("Search down hard", "1", "search");
        People.run(key, "ack", People.BO).statusCode(200);
        Eventually.await(() -> attemptsOfFirstEvent(key), attempts -> attempts == 1, SENT);
        assertEquals(List.of("trigger"), actions(events(key)));

        // The first retry is due 1 s after the failure; the outbox looks for due retries every second.
        clock.advance(Duration.ofMillis(500));
        stillOnly(key, List.of("trigger"));
        clock.advance(Duration.ofMillis(500));
        assertEquals(List.of("trigger", "trigger", "acknowledge"), actions(awaitEvents(key, 3)));
    }

    @Test
    void retryAfterIsHonoured() {
        OnCallWorld.pagerDuty().respondNext(new FakeHttp.Response(429, "{\"status\":\"throttled\"}",
                Map.of("Retry-After", "120")));
        String key = People.open("Search throttled", "2", "search");
        Eventually.await(() -> attemptsOfFirstEvent(key), attempts -> attempts == 1, SENT);
        clock.advance(Duration.ofSeconds(119));
        stillOnly(key, List.of("trigger"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("trigger", "trigger"), actions(awaitEvents(key, 2)));
    }

    @Test
    void anEventPagerDutyRefusesIsNotedOnTheTimeline() {
        OnCallWorld.pagerDuty().respondNext(FakeHttp.Response.of(400,
                "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\"}"));
        String key = People.open("Search refused", "2", "search");
        String note = "PagerDuty did not take the trigger event: HTTP 400: {\"status\":\"invalid event\",\"message\":"
                + "\"Event object is invalid\"}";
        Eventually.await(() -> Api.authorized().get("/api/incidents/" + key + "/timeline").then().extract()
                .jsonPath().getList("findAll { it.kind == 'system' }.text", String.class),
                notes -> notes.contains(note), SENT);
    }

    @Test
    void anEventLeftQueuedByAStoppedInstanceGoesOutAfterTheRestart() {
        String key = People.open("Ledger replication lag", "2", "search");
        awaitEvents(key, 1);
        // As a previous run left it: written with its change, never announced to this instance's dispatcher.
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage left = new OutboxMessage();
            left.destination = "pagerduty";
            left.lane = "pagerduty:" + key;
            left.kind = "resolve";
            left.incidentNumber = People.number(key);
            left.payload = "{\"event\":{\"event_action\":\"resolve\",\"dedup_key\":\"" + key + "\"}}";
            left.status = OutboxMessage.Status.PENDING;
            left.createdAt = clock.instant().minus(Duration.ofMinutes(3));
            left.nextAttemptAt = left.createdAt;
            em.persist(left);
        });
        JsonNode resolve = awaitEvents(key, 2).get(1);
        assertEquals("resolve", resolve.path("event_action").asText());
        assertEquals(OnCallWorld.PAGERDUTY_KEY, resolve.path("routing_key").asText());
    }

    @Test
    void aPagerDutyOutageForOneIncidentHoldsUpNeitherItsChatNorAnotherIncidentsEvents() {
        OnCallWorld.pagerDuty().respondNext(FakeHttp.Response.of(503, "{\"status\":\"unavailable\"}"));
        String stuck = People.open("Payments gateway timeouts", "1", "search");
        Eventually.until("the first trigger refused", SENT, () -> attemptsOfFirstEvent(stuck) == 1);

        People.run(stuck, "update failing over to the second gateway", People.ANA).statusCode(200);
        String other = People.open("Search index stale", "3", "search");
        awaitEvents(other, 1);
        Eventually.until("the update posted in chat", SENT, () -> slack.delivered().stream()
                .anyMatch(d -> d.delivery() instanceof Delivery.PostToRoom post
                        && post.message().text().contains("failing over to the second gateway")));
        assertEquals(List.of("trigger"), actions(events(stuck)), "only the refused try: the trigger waits");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("trigger", "trigger"), actions(awaitEvents(stuck, 2)));
    }

    /** Nothing more is sent while the outbox looks at least once more (it polls every second). */
    private void stillOnly(String key, List<String> sent) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> actions(events(key)).equals(sent));
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.destination = 'pagerduty' and m.status = :s", Long.class)
                .setParameter("s", OutboxMessage.Status.PENDING).getSingleResult());
    }

    private int attemptsOfFirstEvent(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select m.attempts from OutboxMessage m where m.lane = :lane order by m.id", Integer.class)
                .setParameter("lane", "pagerduty:" + key).setMaxResults(1).getResultStream().findFirst().orElse(-1));
    }
}
