package io.warroom.alert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.intake.DeliveriesJob;
import io.warroom.alert.intake.GenericSource;
import io.warroom.alert.intake.Intake;
import io.warroom.alert.intake.IntakeRequest;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 2xx is a promise that the delivery is stored: when the database refuses the write the sender gets 503 with
 * Retry-After and nothing is kept; a delivery stored but not routed (what kill -9 leaves) is routed exactly once
 * afterwards; stored deliveries are pruned after warroom.alerts.keep-deliveries.
 */
@QuarkusTest
@TestProfile(AlertProfile.class)
class AlertDeliveryDurabilityTest {

    @Inject
    RawDeliveries raw;

    @Inject
    DeliveriesJob job;

    @Inject
    GenericSource generic;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource database;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String report(String title) {
        return "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"service\": \"ledger\"}";
    }

    @Test
    void whenTheDatabaseRefusesToStoreTheDeliveryTheSenderGets503WithRetryAfterAndNothingIsKept() throws Exception {
        // From here on the database refuses every new delivery row, as a full disk or a read-only failover would.
        refusedThenRetried("Ledger write failed " + UUID.randomUUID(), "alert_delivery", "refuse_new_deliveries",
                "id <= " + single("select coalesce(max(id), 0) from alert_delivery"),
                containsString("could not be stored (the database refused it)"));
    }

    @Test
    void whenRoutingFailsBeforeAnythingIsRoutedTheDeliveryIsNotKeptAndTheRetryIsRouted() throws Exception {
        refusedThenRetried("refuse-me ledger " + UUID.randomUUID(), "incident", "refuse_incident",
                "title not like 'refuse-me%'",
                equalTo("The delivery could not be routed and was not kept. Send it again."));
    }

    /**
     * While a check constraint makes the database refuse the write, the alert is answered 503 with Retry-After and
     * nothing is kept; once the database takes writes again, the sender's retry is taken like a first delivery.
     */
    private void refusedThenRetried(String title, String table, String constraint, String check,
            org.hamcrest.Matcher<String> error) throws Exception {
        long stored = raw.count("generic");
        sql("alter table " + table + " add constraint " + constraint + " check (" + check + ")");
        try {
            Alerts.post("generic", report(title)).statusCode(503).header("Retry-After", "30").body("error", error);
        } finally {
            sql("alter table " + table + " drop constraint " + constraint);
        }
        assertEquals(stored, raw.count("generic"));
        assertEquals(0, Alerts.incidentsTitled(title));
        Alerts.post("generic", report(title)).statusCode(200).body("duplicate", equalTo(false))
                .body("alerts[0].outcome", equalTo("opened"));
        assertEquals(1, Alerts.incidentsTitled(title));
    }

    @Test
    void aDeliveryStoredButNotRoutedIsRoutedExactlyOnceLater() throws Exception {
        String title = "Interrupted routing " + UUID.randomUUID();
        long id = storeUnrouted(title);

        // The sender's retry within the window is a redelivery: the stored copy is the one that will be routed.
        Alerts.post("generic", report(title)).statusCode(200).body("duplicate", equalTo(true));

        // A delivery younger than a minute may still be in another instance's hands: left alone.
        job.run();
        assertEquals(0, Alerts.incidentsTitled(title));

        clock.advance(Duration.ofMinutes(2));
        job.run();
        assertEquals(1, Alerts.incidentsTitled(title));
        assertEquals("1", single("select routed_alerts from alert_delivery where id = " + id));
        assertEquals("1", single("select count(*) from alert_delivery where id = " + id
                + " and routed_at is not null"));

        job.run();
        assertEquals(1, Alerts.incidentsTitled(title));
    }

    @Test
    void aDeliveryAKilledWarroomLeftUnroutedIsRoutedAtStartOnce() throws Exception {
        String title = "Killed mid-routing " + UUID.randomUUID();
        long id = storeUnrouted(title);
        // On a shared PostgreSQL a delivery younger than a minute may belong to another instance; H2 has no other.
        clock.advance(Duration.ofMinutes(2));
        job.startup();
        assertEquals(1, Alerts.incidentsTitled(title));
        assertEquals("1", single("select count(*) from alert_delivery where id = " + id
                + " and routed_at is not null"));
        job.startup();
        job.run();
        assertEquals(1, Alerts.incidentsTitled(title));
    }

    /** Stores a delivery the way the intake does before routing it: what a kill -9 right then leaves behind. */
    private long storeUnrouted(String title) throws Exception {
        byte[] body = report(title).getBytes(StandardCharsets.UTF_8);
        Intake intake = generic.read(new IntakeRequest("generic", Map.of(), body, mapper));
        long id = raw.store("generic", intake.deliveryKey(), 1, body, mapper.writeValueAsString(intake))
                .orElseThrow();
        assertEquals(0, Alerts.incidentsTitled(title));
        return id;
    }

    @Test
    void deliveriesOlderThanTheKeepTimeArePruned() throws Exception {
        String old = "Old delivery " + UUID.randomUUID();
        Alerts.post("generic", report(old).replace("critical", "info")).statusCode(200);
        long oldId = Long.parseLong(single("select max(id) from alert_delivery"));

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        String recent = "Recent delivery " + UUID.randomUUID();
        Alerts.post("generic", report(recent).replace("critical", "info")).statusCode(200);
        long recentId = Long.parseLong(single("select max(id) from alert_delivery"));

        job.run();
        assertEquals("0", single("select count(*) from alert_delivery where id <= " + oldId));
        assertEquals("1", single("select count(*) from alert_delivery where id = " + recentId));
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private String single(String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
