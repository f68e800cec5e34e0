package io.warroom;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.warroom.support.Api;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackPayloads;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database does not answer (here: every pooled connection is taken, so a request waits out the pool's acquisition
 * timeout exactly as when PostgreSQL is down): every entry point answers within seconds that nothing was done, in its
 * own protocol, and everything works again once the database is back, without a restart. DatabaseRestartIT restarts
 * a real PostgreSQL under load.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.OneReplica.class)
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseUnavailableTest {

    /**
     * One replica, whose gateway stays connected through the outage. With the lease (PostgreSQL's default) a holder
     * that cannot renew lets the gateway go after 7.5 s, so that two replicas never both hold it: DiscordGatewayLeaseTest.
     */
    public static class OneReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("discord.gateway-lease", "false");
        }
    }

    /** The pool's acquisition timeout (5 s) and some slack for a loaded machine. */
    private static final long FAST_MS = 8_000;

    @Inject
    AgroalDataSource database;

    @InjectFakeDiscord
    FakeDiscord discord;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void databaseBack() throws SQLException {
        release();
    }

    @Test
    void everyEntryPointAnswersFastThatNothingWasDoneAndWorksAgainOnceTheDatabaseIsBack() throws SQLException {
        discord.awaitBotReady();
        FakeUser cy = discord.addMember("Cy Outage");
        String key = Api.open("Database outage drill", "2", "db");
        String alert = "{\"title\":\"Disk full " + UUID.randomUUID() + "\",\"severity\":\"warning\",\"service\":\"db\"}";

        takeEveryConnection();

        FakeInteraction typed = discord.slashCommand(cy, discord.generalChannelId(), "status");
        assertThat(typed.awaitAnswerText(), containsString("database is unavailable"));
        assertTrue(typed.ephemeral(), "only the person who typed it sees it");

        Response intake = timed(() -> alert(alert));
        assertEquals(503, intake.statusCode(), intake.asString());
        assertEquals("5", intake.header("Retry-After"));
        assertThat(intake.jsonPath().getString("error"), containsString("database is unavailable"));
        assertThat(intake.asString(), not(containsString("jdbc:")));

        Response command = timed(() -> Api.run(key, "update still broken").extract().response());
        assertEquals(503, command.statusCode(), command.asString());
        assertEquals("5", command.header("Retry-After"));
        assertThat(command.jsonPath().getString("error"), containsString("nothing was stored or changed"));

        Response page = timed(() -> RestAssured.given().accept("text/html").get("/status"));
        assertEquals(503, page.statusCode());
        assertThat(page.contentType(), containsString("text/html"));
        assertThat(page.asString(), containsString("database is unavailable"));

        SignedSlackRequests.Answer slash = signed.command("note still broken", FakeSlack.ANA, "ana",
                FakeSlack.GENERAL, "http://127.0.0.1:9/unused");
        assertEquals(200, slash.status(), "Slack shows a slash command's words only with a 200");
        assertEquals("ephemeral", slash.json().path("response_type").asText());
        assertThat(slash.json().path("text").asText(), containsString("was not run and nothing was changed"));
        assertThat(slash.took().toMillis(), lessThan(FAST_MS));

        SignedSlackRequests.Answer pin = signed.event(SlackPayloads.reactionAdded("Ev0DBDOWN01", FakeSlack.ANA,
                "pushpin", FakeSlack.GENERAL, "1700000000.000100", FakeSlack.ANA), null);
        assertEquals(503, pin.status(), "not acknowledged, so Slack delivers the event again");


        Response ready = timed(() -> RestAssured.get("/q/health/ready"));
        assertEquals(503, ready.statusCode(), "readiness says the database is down: " + ready.asString());

        release();

        RestAssured.get("/q/health/ready").then().statusCode(200);
        assertEquals(200, alert(alert).statusCode(), "the alert refused earlier is taken now");
        Api.run(key, "update database back").statusCode(200);
        RestAssured.given().accept("text/html").get("/status").then().statusCode(200);
        assertEquals(200, signed.command("status", FakeSlack.ANA, "ana", FakeSlack.GENERAL,
                "http://127.0.0.1:9/unused").status());
        assertThat(discord.slashCommand(cy, discord.generalChannelId(), "status").awaitAnswerText(),
                not(containsString("database is unavailable")));
    }

    private static Response alert(String body) {
        return RestAssured.given().header("Authorization", "Bearer test-alerts-token")
                .contentType("application/json").body(body).post("/api/alerts/generic");
    }

    private static Response timed(java.util.function.Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat("answered within seconds", tookMs, lessThan(FAST_MS));
        return response;
    }

    /** Holds every pooled connection until released, as a database that accepts no connection does. */
    private void takeEveryConnection() throws SQLException {
        while (true) {
            try {
                held.add(database.getConnection());
            } catch (SQLException poolEmpty) {
                return;
            }
        }
    }

    private void release() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
    }
}
