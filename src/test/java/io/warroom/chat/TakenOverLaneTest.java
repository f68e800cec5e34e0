package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Platform;
import io.warroom.slack.SlackPlatform;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.TestClock;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An instance that dies after Slack took its post but before it recorded it: the instance that takes the lane over
 * once the dead one's claim expires looks for the post (it may have been made) and does not post it again.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TakenOverLaneTest {

    private static final String TEXT = "posted by an instance that died";

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    LaneClaims here;

    @Inject
    ChatConfig config;

    @Inject
    AgroalDataSource database;

    @Inject
    ChatOutbox outbox;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    SlackPlatform platform;

    @Inject
    IncidentService incidents;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aLaneTakenFromADeadInstanceDoesNotDoubleTheMessageItWasPosting() throws Exception {
        String key = Api.open("Taken over lanes", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        String lane = "slack:" + key;
        Eventually.until("the opening is delivered and the lane let go",
                () -> pending(lane) == 0 && !here.held().contains(lane));

        LaneClaims dead = new LaneClaims();
        dead.database = database;
        dead.config = config;
        dead.clock = clock;
        Eventually.until("the other instance holds the lane", () -> dead.claim(lane));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.SLACK, room.number(),
                new Delivery.PostToRoom(ChatMessage.text(TEXT))));
        long id = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select m.id from OutboxMessage m"
                + " where m.lane = :lane and m.status = :s", Long.class).setParameter("lane", lane)
                .setParameter("s", OutboxMessage.Status.PENDING).getSingleResult());
        IncidentSnapshot incident = QuarkusTransaction.requiringNew().call(() -> IncidentSnapshot.of(
                incidents.find(room.number()).orElseThrow()));
        // Its first try, which Slack takes; the instance dies before recording it.
        platform.deliver(new OutboxEnvelope(id, Platform.SLACK, new Delivery.PostToRoom(ChatMessage.text(TEXT)),
                incident, null, 1));
        int before = slack.calls().size();

        clock.advance(config.leaseTtl().plusSeconds(1));
        Eventually.until("this instance takes the lane over and settles the message", () -> pending(lane) == 0);
        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        assertEquals(1, during.stream().filter(c -> c.method().equals("conversations.history")
                && room.channelId().equals(c.param("channel"))).count(), "looked once: the lane was taken over");
        assertEquals(List.of(), during.stream().filter(c -> c.method().equals("chat.postMessage")
                && c.param("text") != null && c.param("text").contains(TEXT)).toList(), "found it, so not posted");
        assertEquals(1, room.texts().stream().filter(TEXT::equals).count());
        assertEquals(OutboxMessage.Status.DELIVERED, QuarkusTransaction.requiringNew().call(() ->
                em.find(OutboxMessage.class, id).status));
    }

    private long pending(String lane) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.lane = :lane and m.status = :s", Long.class).setParameter("lane", lane)
                .setParameter("s", OutboxMessage.Status.PENDING).getSingleResult());
    }
}
