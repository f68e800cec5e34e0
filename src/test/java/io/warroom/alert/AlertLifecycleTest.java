package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One alert over its life, sent byte for byte the same each time as monitoring systems do: a copy within the
 * redelivery window is a redelivery; the same alert after its incident was resolved or closed opens a new incident
 * that links the earlier one.
 */
@QuarkusTest
@TestProfile(AlertProfile.class)
class AlertLifecycleTest {

    @Inject
    TestClock clock;

    @Inject
    RawDeliveries raw;

    @Inject
    FakeChatPlatform.Slack slack;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String report(String title) {
        return """
                {"title": "%s", "severity": "critical", "service": "checkout", "environment": "production",
                 "source": "CheckoutController.java:88"}
                """.formatted(title);
    }

    @Test
    void sameAlertFiredResolvedClosedAndFiredAgainOpensANewIncidentLinkingTheEarlier() {
        String title = "NullPointerException in checkout " + UUID.randomUUID();
        String first = Alerts.post("generic", report(title)).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
        Api.run(first, "resolve rolled back").statusCode(200);
        Api.run(first, "close").statusCode(200);

        // A week later the same error is reported again, with the very same body.
        clock.advance(Duration.ofDays(7));
        String second = Alerts.post("generic", report(title)).statusCode(200).body("duplicate", equalTo(false))
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");

        assertNotEquals(first, second);
        assertEquals(2, Alerts.incidentsTitled(title));
        assertEquals("OPEN", Alerts.incident(second).get("status"));
        assertEquals("CLOSED", Alerts.incident(first).get("status"));
        assertTrue(Alerts.timeline(second).contains("↩️ This alert fired before: " + first + " (closed)"),
                () -> Alerts.timeline(second).toString());
        Map<String, String> card = Eventually.await(() -> Alerts.cardOf(slack, Alerts.number(second)),
                c -> c.containsKey("Fired before"), Duration.ofSeconds(15));
        assertEquals(first, card.get("Fired before"));
    }

    @Test
    void anAlertFiringAfterItsIncidentResolvedOpensANewOneAndTellsTheResolvedOne() {
        String title = "Payment provider timeouts " + UUID.randomUUID();
        String first = Alerts.post("generic", report(title)).statusCode(200).extract().path("alerts[0].incident");
        Api.run(first, "resolve provider recovered").statusCode(200);

        clock.advance(Duration.ofHours(2));
        String second = Alerts.post("generic", report(title)).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).body("alerts[0].incident", not(equalTo(first)))
                .extract().path("alerts[0].incident");

        assertTrue(Alerts.timeline(second).contains("↩️ This alert fired before: " + first + " (resolved)"),
                () -> Alerts.timeline(second).toString());
        assertTrue(Alerts.timeline(first).contains("↪️ Alert fired again after " + first + " was resolved: opened "
                + second), () -> Alerts.timeline(first).toString());
        assertEquals("RESOLVED", Alerts.incident(first).get("status"));
    }

    @Test
    void aCopyWithinTheRedeliveryWindowIsARedeliveryAndAfterItTheAlertFiringAgain() {
        String title = "Queue consumer stuck " + UUID.randomUUID();
        long stored = raw.count("generic");
        String key = Alerts.post("generic", report(title)).statusCode(200).extract().path("alerts[0].incident");

        clock.advance(Duration.ofMinutes(4));
        Alerts.post("generic", report(title)).statusCode(200).body("duplicate", equalTo(true))
                .body("alerts.size()", equalTo(0));
        assertEquals(stored + 1, raw.count("generic"));

        clock.advance(Duration.ofMinutes(2));
        Alerts.post("generic", report(title)).statusCode(200).body("duplicate", equalTo(false))
                .body("alerts[0].outcome", equalTo("joined")).body("alerts[0].incident", equalTo(key));
        assertEquals(stored + 2, raw.count("generic"));
        assertEquals(1, Alerts.incidentsTitled(title));
    }
}
