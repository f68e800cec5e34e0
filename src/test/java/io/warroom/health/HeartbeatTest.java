package io.warroom.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Eventually;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /heartbeat, what an external dead man's switch polls: no credentials, 200 only while the heartbeat ticks,
 * the database answers and the outbox moves (here it may not wait more than 3 s), else 503 naming why.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.health.outbox-stuck-after", value = "3s")})
class HeartbeatTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    TestClock clock;

    @Inject
    Heartbeat heartbeat;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aWorkingReplicaAnswers200WithoutCredentials() {
        awaitEmptyOutbox();
        given().get("/heartbeat").then().statusCode(200).header("Cache-Control", "no-store")
                .body("status", equalTo("ok")).body("reason", nullValue())
                .body("checks.scheduler", equalTo("ok")).body("checks.database", equalTo("ok"))
                .body("checks.outbox", equalTo("ok"));
    }

    @Test
    void theLastSuccessfulTickIsAMetricForTheNoHeartbeatRule() {
        clock.fix(Instant.parse("2026-03-02T08:15:30Z"));
        heartbeat.tick();
        assertEquals(Instant.parse("2026-03-02T08:15:30Z").getEpochSecond(),
                Scrape.now().value("warroom_heartbeat_timestamp_seconds"));
    }

    @Test
    void aHeartbeatThatStoppedTickingAnswers503() {
        clock.fix(Instant.now());
        heartbeat.tick();
        clock.advance(Duration.ofMinutes(2));
        given().get("/heartbeat").then().statusCode(503).body("status", equalTo("failing"))
                .body("reason", equalTo("the heartbeat last ticked 2m ago (more than 1m): the scheduler or the "
                        + "database is stuck"))
                .body("checks.database", equalTo("ok"));
    }

    @Test
    void aDeliveryWaitingBeyondTheBoundAnswers503UntilItGoesOut() {
        awaitEmptyOutbox();
        // Retried after 1, 2, 4 and 8 s: the room goes out about 15 s after it was queued.
        slack.failFor(Duration.ofSeconds(10), 503, null);
        String key = People.open("Heartbeat during a Slack outage", "3", "search");
        Eventually.until("the outbox counts as stuck", () -> {
            heartbeat.tick();
            return given().get("/heartbeat").statusCode() == 503;
        });
        given().get("/heartbeat").then().statusCode(503).body("status", equalTo("failing"))
                .body("reason", matchesPattern("the oldest pending slack delivery has waited \\d+s \\(more than 3s\\)"))
                .body("checks.scheduler", equalTo("ok")).body("checks.database", equalTo("ok"));

        Eventually.until("the heartbeat recovers once Slack is back", Duration.ofSeconds(60), () -> {
            heartbeat.tick();
            return given().get("/heartbeat").statusCode() == 200;
        });
        SlackRoom.awaitOpened(slack, key);
    }

    /** Deliveries queued by other tests of this application (retried with backoff) are out first. */
    private void awaitEmptyOutbox() {
        Eventually.until("nothing waits in the outbox", Duration.ofSeconds(60), () -> {
            heartbeat.tick();
            return Scrape.now().sum("warroom_outbox_pending") == 0;
        });
    }
}
