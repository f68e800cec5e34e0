package io.warroom.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.Eventually;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Warroom's own metrics as Prometheus reads them from /q/metrics, after real activity: alerts through intake,
 * commands, a Slack outage against the fake Slack, an escalation and a runbook run driven with the test clock.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.health.outbox-stuck-after", value = "3s")})
class SelfMetricsTest {

    /** A Tuesday: Ana is primary on call for checkout, Bo secondary. */
    static final Instant TUESDAY = Instant.parse("2025-01-07T10:00:00Z");
    static final String ALERTS_TOKEN = "test-alerts-token";

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    TestClock clock;

    @Inject
    EscalationJob escalations;

    @Inject
    Heartbeat heartbeat;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    static ValidatableResponse alert(String token, String body) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/api/alerts/generic").then();
    }

    /** An error report; each has its own request id, so two reports of one error are two deliveries. */
    static String report(String title, String severity) {
        return """
                {"title": "%s", "severity": "%s", "service": "search", "status": "firing", "requestId": "%s"}
                """.formatted(title, severity, UUID.randomUUID());
    }

    @Test
    void alertsAreCountedBySourceAndWhatBecameOfThem() {
        Scrape before = Scrape.now();
        String title = "Search index lagging " + UUID.randomUUID();
        alert(ALERTS_TOKEN, report(title, "critical")).statusCode(200).body("alerts[0].outcome", equalTo("opened"));
        alert(ALERTS_TOKEN, report(title, "critical")).statusCode(200).body("alerts[0].outcome", equalTo("joined"));
        alert(ALERTS_TOKEN, report("Disk 81% " + UUID.randomUUID(), "warning")).statusCode(200)
                .body("alerts[0].outcome", equalTo("posted"));
        alert("wrong-token", report(title, "critical")).statusCode(401);
        alert(ALERTS_TOKEN, report(title, "loud")).statusCode(422);
        given().header("Authorization", "Bearer " + ALERTS_TOKEN).contentType("application/json").body("{}")
                .post("/api/alerts/no-such-source").then().statusCode(404);

        Scrape after = Scrape.now();
        for (String outcome : new String[] {"opened", "joined", "posted", "unauthorized", "invalid"}) {
            assertEquals(1, increase(before, after, "warroom_alerts_received_total", "source", "generic", "outcome",
                    outcome), outcome);
        }
        assertEquals(0, increase(before, after, "warroom_alerts_received_total", "source", "generic", "outcome",
                "refused"));
        assertTrue(after.samples().stream().noneMatch(s -> "no-such-source".equals(s.labels().get("source"))),
                "a caller cannot add label values");
        assertEquals(0, after.value("warroom_alerts_received_total", "source", "alertmanager", "outcome", "refused"),
                "every known source and outcome is there from the start");
    }

    @Test
    void commandsAreTimedFromArrivalToDurableAnswer() {
        String key = People.open("Search slow", "3", "search");
        Scrape before = Scrape.now();
        People.run(key, "note looked at the dashboards", People.ANA).statusCode(200);
        People.run(key, "note restarted one node", People.ANA).statusCode(200);
        Scrape after = Scrape.now();
        assertEquals(2, increase(before, after, "warroom_commands_duration_seconds_count"));
        assertEquals(2, increase(before, after, "warroom_commands_total", "verb", "note", "outcome", "ok"));
        assertTrue(increase(before, after, "warroom_commands_duration_seconds_bucket", "le", "10.0") == 2,
                "both answered within 10 s");
    }

    @Test
    void aSlackOutageIsCountedAsFailedDeliveriesAndShowsInTheOutboxGauges() {
        Scrape before = Scrape.now();
        slack.failFor(Duration.ofSeconds(10), 503, null);
        String key = People.open("Search down during a Slack outage", "2", "search");
        Eventually.until("a failed Slack delivery is counted while the room waits", () -> {
            heartbeat.tick();
            Scrape during = Scrape.now();
            return increase(before, during, "warroom_deliveries_failed_total", "platform", "slack", "reason",
                    "server_error", "outcome", "retrying") >= 1
                    && during.value("warroom_outbox_pending", "platform", "slack") >= 1
                    && during.value("warroom_outbox_oldest_pending_age_seconds", "platform", "slack") >= 1;
        });

        Eventually.until("the outbox drained", Duration.ofSeconds(60), () -> {
            heartbeat.tick();
            return Scrape.now().value("warroom_outbox_pending", "platform", "slack") == 0;
        });
        SlackRoom.awaitOpened(slack, key);
        assertEquals(0, Scrape.now().value("warroom_outbox_oldest_pending_age_seconds", "platform", "slack"),
                "a drained platform reads 0 rather than vanishing");
    }

    @Test
    void openIncidentsAreGaugedBySeverityAndPhaseAfterATick() {
        heartbeat.tick();
        Scrape before = Scrape.now();
        People.open("Search results empty", "2", "search");
        String moved = People.open("Search results stale", "2", "search");
        People.run(moved, "phase triage", People.ANA).statusCode(200);
        assertEquals(before.value("warroom_incidents_open", "severity", "sev2", "phase", "detect"),
                Scrape.now().value("warroom_incidents_open", "severity", "sev2", "phase", "detect"),
                "a scrape reads the last tick, not the database");

        heartbeat.tick();
        Scrape after = Scrape.now();
        assertEquals(1, increase(before, after, "warroom_incidents_open", "severity", "sev2", "phase", "detect"));
        assertEquals(1, increase(before, after, "warroom_incidents_open", "severity", "sev2", "phase", "triage"));
        assertEquals(24, after.samples().stream().filter(s -> s.name().equals("warroom_incidents_open")).count(),
                "every severity and phase, 0 when none");
    }

    @Test
    void escalationLevelsAndRunbookRunsAreCounted() {
        // Incidents other tests opened on the same Tuesday escalate too: let them run out first (20 minutes).
        for (int minutes = 0; minutes <= 60; minutes += 5) {
            clock.fix(TUESDAY.plus(Duration.ofMinutes(minutes)));
            escalations.run();
        }
        Scrape before = Scrape.now();
        String key = People.open("Checkout failing", "1", "checkout");
        clock.advance(Duration.ofMinutes(5));
        escalations.run();
        String confirm = People.run(key, "run say message=hello", People.ANA).statusCode(200).extract()
                .path("confirmation.command");
        People.run(key, confirm, People.ANA).statusCode(200);
        Eventually.until("the run's result is counted", () -> increase(before, Scrape.now(),
                "warroom_runbook_runs_total", "outcome", "succeeded") == 1);

        Scrape after = Scrape.now();
        assertEquals(1, increase(before, after, "warroom_escalations_total", "level", "1"), "paged on open");
        assertEquals(1, increase(before, after, "warroom_escalations_total", "level", "2"), "escalated after 5m");
        assertEquals(0, increase(before, after, "warroom_escalations_total", "level", "3"));
        assertEquals(0, increase(before, after, "warroom_runbook_runs_total", "outcome", "failed"));
    }

    static double increase(Scrape before, Scrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
