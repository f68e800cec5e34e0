package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, as two claimers with different owners: one lane is delivered by one of them at a
 * time, a dead one's lanes move once its claims expire, and a lane held elsewhere is delivered once it is let go.
 */
@QuarkusTest
@TestProfile(OutboxDeliveryTest.WithRecordingPlatform.class)
class LaneClaimsTest {

    @Inject
    LaneClaims here;

    @Inject
    ChatConfig config;

    @Inject
    io.agroal.api.AgroalDataSource database;

    @Inject
    RecordingPlatform platform;

    @Inject
    ChatOutbox outbox;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    private LaneClaims other;

    @BeforeEach
    void secondInstance() {
        platform.reset();
        other = new LaneClaims();
        other.database = database;
        other.config = config;
        other.clock = clock;
    }

    @AfterEach
    void reset() {
        platform.reset();
        clock.reset();
    }

    @Test
    void aLaneClaimedByOneInstanceIsRefusedToTheOtherUntilLetGo() {
        String lane = "pagerduty:lane-" + UUID.randomUUID();
        assertTrue(here.claim(lane));
        assertFalse(other.claim(lane), "the second instance must not deliver a lane the first holds");
        assertFalse(other.takeable().contains(lane));
        assertTrue(here.releaseIfDone(lane), "nothing is pending, so the lane is let go");
        assertTrue(other.claim(lane));
        assertFalse(here.claim(lane));
    }

    @Test
    void aDeadInstancesClaimExpiresAndAnotherTakesItsLane() {
        String lane = "pagerduty:lane-" + UUID.randomUUID();
        assertTrue(other.claim(lane));
        clock.advance(config.leaseTtl().minusSeconds(1));
        assertFalse(here.claim(lane), "a claim holds for its whole life");
        clock.advance(Duration.ofSeconds(2));
        assertTrue(here.claim(lane), "once the silent owner's claim expired, the lane moves");
        assertFalse(other.claim(lane), "the owner that came back finds its lane taken");
    }

    @Test
    void renewingKeepsEveryClaimOfTheLiveInstance() {
        String first = "pagerduty:lane-" + UUID.randomUUID();
        String second = "pagerduty:lane-" + UUID.randomUUID();
        assertTrue(other.claim(first));
        assertTrue(other.claim(second));
        clock.advance(config.leaseTtl().minusSeconds(2));
        other.renew();
        clock.advance(Duration.ofSeconds(5));
        assertFalse(here.claim(first));
        assertFalse(here.claim(second));
    }

    @Test
    void aLaneWithAPendingMessageIsNotLetGo() {
        String incident = Api.open("Claims keep pending lanes", "3", "search");
        long number = Long.parseLong(incident.substring(incident.indexOf('-') + 1));
        String lane = "discord:" + incident;
        Eventually.until("the opening is delivered and the lane let go",
                () -> pending(lane) == 0 && !here.held().contains(lane));
        platform.deliverHere(false);
        // A card refresh may have followed the opening: this instance lets the lane go at its next poll.
        Eventually.until("the other instance takes the lane", () -> other.claim(lane));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.DISCORD, number,
                new Delivery.PostToRoom(ChatMessage.text("queued while another instance held the lane"))));
        assertFalse(other.releaseIfDone(lane), "the holder must deliver what was queued before it lets go");
        other.letGo(lane);
        assertTrue(here.takeable().contains(lane));
    }

    @Test
    void aLaneHeldByAnotherInstanceIsDeliveredHereOnceItLetsGo() {
        String incident = Api.open("Claims across instances", "3", "search");
        String lane = "discord:" + incident;
        Eventually.until("the opening is delivered and the lane let go",
                () -> pending(lane) == 0 && !here.held().contains(lane));
        assertTrue(other.claim(lane), "the other instance holds the lane");
        Api.run(incident, "sev 2").statusCode(200);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .until(() -> pending(lane) >= 1 && !delivered("Severity SEV3 → SEV2"));
        other.letGo(lane);
        Eventually.until("the room post is delivered here once the lane is free",
                () -> delivered("Severity SEV3 → SEV2"));
    }

    @Test
    void lanesOfAPlatformThatDoesNotDeliverHereWaitWithoutFailing() {
        platform.deliverHere(false);
        String incident = Api.open("Gateway held elsewhere", "3", "search");
        String lane = "discord:" + incident;
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .until(() -> pending(lane) >= 1 && pending(ANNOUNCE_LANE) >= 1 && attempts(lane) == 0
                        && attempts(ANNOUNCE_LANE) == 0 && !here.held().contains(lane));
        platform.deliverHere(true);
        Eventually.until("the lanes are delivered once the platform delivers here",
                () -> pending(lane) == 0 && pending(ANNOUNCE_LANE) == 0);
        List<String> kinds = platform.delivered().stream().filter(d -> incident.equals("INC-" + d.incident()))
                .map(RecordingPlatform.Delivered::kind).toList();
        assertEquals("OpenRoom", kinds.stream().filter(kind -> !kind.equals("PostToChannel")).findFirst()
                .orElseThrow(), "the room comes first in the incident's own lane");
        assertTrue(kinds.contains("PostToChannel"), "the announcement is delivered too");
    }

    private static final String ANNOUNCE_LANE = "discord:" + ChatFanout.ANNOUNCE_LANE;

    private boolean delivered(String text) {
        return platform.delivered().stream().anyMatch(d -> d.text() != null && d.text().contains(text));
    }

    private long pending(String lane) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.lane = :lane and m.status = :s", Long.class).setParameter("lane", lane)
                .setParameter("s", OutboxMessage.Status.PENDING).getSingleResult());
    }

    private long attempts(String lane) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select coalesce(sum(m.attempts), 0)"
                + " from OutboxMessage m where m.lane = :lane", Long.class).setParameter("lane", lane)
                .getSingleResult());
    }
}
