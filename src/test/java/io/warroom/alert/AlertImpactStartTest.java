package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An alert's own start time is when the impact began: it fills the start of the incident it opens, and a later alert
 * of the same group that started earlier moves it back. Starts after detection or in the future are not taken.
 */
@QuarkusTest
@TestProfile(AlertProfile.class)
class AlertImpactStartTest {

    private static final Instant DETECTED = Instant.parse("2026-11-22T19:10:00Z");

    @Inject
    TestClock clock;

    @Inject
    FakeChatPlatform.Slack slack;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAlertThatJoinsWithAnEarlierStartMovesTheImpactStartBack() {
        String group = "Orders-" + UUID.randomUUID();
        clock.fix(DETECTED);
        String key = Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert(group + "-a",
                "Orders failing " + group, "2026-11-22T19:05:00.000Z"))).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
        assertEquals("2026-11-22T19:05:00Z", started(key));
        Map<String, String> card = Eventually.await(() -> Alerts.cardOf(slack, Alerts.number(key)),
                c -> c.containsKey("Impact since"), Duration.ofSeconds(15));
        assertEquals("19:05 UTC (5m before detection)", card.get("Impact since"));

        clock.fix(DETECTED.plusSeconds(600));
        Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert(group + "-b",
                "Payments failing " + group, "2026-11-22T18:40:00.000Z"))).statusCode(200)
                .body("alerts[0].outcome", equalTo("joined")).body("alerts[0].incident", equalTo(key));
        Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert(group + "-c",
                "Refunds failing " + group, "2026-11-22T19:15:00.000Z"))).statusCode(200)
                .body("alerts[0].incident", equalTo(key));

        assertEquals("2026-11-22T18:40:00Z", started(key));
        assertEquals(List.of("Impact began 18:40 UTC, 30m before detection (was 19:05 UTC), as Payments failing "
                + group + " says"), Alerts.timeline(key).stream().filter(t -> t.startsWith("Impact began")).toList());
        Eventually.until("the card shows the earlier start", () -> "18:40 UTC (30m before detection)".equals(
                Alerts.cardOf(slack, Alerts.number(key)).get("Impact since")));
        assertTrue(postmortem(key).contains("| Time to detect (impact start → detection) | 30m |"));
    }

    @Test
    void anAlertStartingInTheFutureOrWithoutAStartBeginsAtDetection() {
        clock.fix(DETECTED);
        String future = "Clock skew-" + UUID.randomUUID();
        String skewed = Alerts.post("alertmanager", Alerts.alertmanager(future, "firing", alert(future,
                "Skewed " + future, "2026-11-22T21:00:00.000Z"))).statusCode(200).extract().path("alerts[0].incident");
        String untimed = Alerts.post("generic", """
                {"title": "No start %s", "severity": "critical", "service": "orders"}
                """.formatted(UUID.randomUUID())).statusCode(200).extract().path("alerts[0].incident");

        for (String key : List.of(skewed, untimed)) {
            assertEquals(DETECTED.toString(), started(key));
            assertTrue(postmortem(key).contains("| Time to detect (impact start → detection) | — |"), key);
            Map<String, String> card = Eventually.await(() -> Alerts.cardOf(slack, Alerts.number(key)),
                    c -> c.containsKey("Alert"), Duration.ofSeconds(15));
            assertFalse(card.containsKey("Impact since"), card::toString);
        }
    }

    private static String alert(String fingerprint, String summary, String startsAt) {
        return Alerts.amAlert(fingerprint, "firing", "critical", summary, "orders-1")
                .replace("\"startsAt\": \"2026-11-22T19:00:00.000Z\"", "\"startsAt\": \"" + startsAt + "\"");
    }

    private static String started(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .path("milestones.started");
    }

    private static String postmortem(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200).extract()
                .asString();
    }
}
