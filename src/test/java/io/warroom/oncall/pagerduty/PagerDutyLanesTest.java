package io.warroom.oncall.pagerduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxMessage;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.FakeHttp;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PagerDuty events as lanes of the outbox: they survive a restart, and one incident's outage holds up nothing else. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class PagerDutyLanesTest {

    static final Duration SENT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    FakeChatPlatform.Slack slack;

    @BeforeEach
    void quiet() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        Eventually.until("PagerDuty lanes idle", SENT, () -> pending() == 0);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void anEventLeftQueuedByAStoppedInstanceGoesOutAfterTheRestart() {
        String key = People.open("Ledger replication lag", "2", "search");
        awaitSent(key, "trigger");
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
        FakeHttp.Request resolve = awaitSent(key, "resolve");
        assertTrue(resolve.body().contains("\"routing_key\":\"" + OnCallWorld.PAGERDUTY_KEY + "\""), resolve.body());
    }

    @Test
    void aPagerDutyOutageForOneIncidentHoldsUpNeitherItsChatNorAnotherIncidentsEvents() {
        OnCallWorld.pagerDuty().respondNext(FakeHttp.Response.of(503, "{\"status\":\"unavailable\"}"));
        String stuck = People.open("Payments gateway timeouts", "1", "search");
        Eventually.until("the first trigger refused", SENT, () -> attempts(stuck) == 1);

        People.run(stuck, "update failing over to the second gateway", People.ANA).statusCode(200);
        String other = People.open("Search index stale", "3", "search");
        awaitSent(other, "trigger");
        Eventually.until("the update posted in chat", SENT, () -> slack.delivered().stream()
                .anyMatch(d -> d.delivery() instanceof Delivery.PostToRoom post
                        && post.message().text().contains("failing over to the second gateway")));
        assertEquals(1, sent(stuck).size(), "the refused trigger waits for its retry");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, OnCallWorld.pagerDuty().await(r -> r.body().contains("\"dedup_key\":\"" + stuck + "\""), 2,
                SENT).size());
    }

    private FakeHttp.Request awaitSent(String key, String action) {
        return OnCallWorld.pagerDuty().await(r -> r.body().contains("\"dedup_key\":\"" + key + "\"")
                && r.body().contains("\"event_action\":\"" + action + "\""), 1, SENT).get(0);
    }

    private List<FakeHttp.Request> sent(String key) {
        return OnCallWorld.pagerDuty().requests(r -> r.body().contains("\"dedup_key\":\"" + key + "\""));
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.destination = 'pagerduty' and m.status = :s", Long.class)
                .setParameter("s", OutboxMessage.Status.PENDING).getSingleResult());
    }

    private int attempts(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select m.attempts from OutboxMessage m where m.lane = :lane order by m.id", Integer.class)
                .setParameter("lane", "pagerduty:" + key).setMaxResults(1).getResultStream().findFirst().orElse(-1));
    }
}
