package io.warroom.slack;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.TestClock;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.FakeSlackSocket;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack redelivers a Socket Mode envelope nobody acknowledged, to whichever connection it picks (at once, then after
 * about a minute and five). A replica killed after claiming an envelope but before running it leaves its claim
 * unfinished: a copy arriving while the claim is fresh waits for Slack's next try, one arriving once the claim is
 * abandoned runs, and one arriving after that is acknowledged without running again.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "socket", value = "on"),
    @ResourceArg(name = "slack.signing-secret", value = ""),
    @ResourceArg(name = "slack.team-id", value = FakeSlack.TEAM_ID)})
class SlackSocketRedeliveryTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    AgroalDataSource database;

    @Inject
    TestClock clock;

    private FakeSlackSocket socket;
    private FakeHttp hooks;

    @BeforeEach
    void connect() {
        socket = slack.socket();
        socket.awaitOpened(1);
        hooks = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    }

    @AfterEach
    void reset() {
        hooks.close();
        clock.reset();
    }

    @Test
    void aCommandWhoseReplicaDiedAfterClaimingItRunsOnceWhenSlackDeliversItAgain() throws SQLException {
        SlackRoom room = openRoom("Replica lost sev:3 service:jobs");
        String envelope = UUID.randomUUID().toString();
        claimAsAReplicaKilledBeforeRunning(envelope);
        String text = "queue drained on the surviving replica";
        String payload = SlackPayloads.slashCommand("update " + text, FakeSlack.ANA, "ana", room.channelId(),
                hooks.url("/command"));

        socket.send("slash_commands", envelope, payload, 1);
        String line = slack.log().awaitLine("Slack delivered slash_commands envelope " + envelope + " again",
                Duration.ofSeconds(10));
        assertThat(line, containsString("while it runs: left unacknowledged"));
        assertTrue(socket.acks(envelope).isEmpty(), "left unacknowledged while the claim is fresh");
        assertTrue(entries(room.key(), text).isEmpty(), "not run while its first runner may still be running it");

        clock.advance(Duration.ofMinutes(1));
        socket.send("slash_commands", envelope, payload, 2);
        JsonNode answer = socket.awaitAck(envelope).payload();
        assertEquals("ephemeral", answer.path("response_type").asText(), answer.toString());
        Eventually.until("the update is on the timeline", () -> entries(room.key(), text).size() == 1);

        clock.advance(Duration.ofMinutes(4));
        socket.send("slash_commands", envelope, payload, 3);
        Eventually.until("the last redelivery is acknowledged", () -> socket.acks(envelope).size() == 2);
        assertTrue(socket.acks(envelope).get(1).payload().isMissingNode(), "acknowledged, with no answer of its own");
        assertEquals(1, entries(room.key(), text).size(), "run exactly once");
    }

    @Test
    void twoCopiesOfOneEnvelopeArrivingTogetherRunOnce() {
        SlackRoom room = openRoom("Two connections sev:3 service:jobs");
        String envelope = UUID.randomUUID().toString();
        String text = "delivered on two connections at once";
        String payload = SlackPayloads.slashCommand("update " + text, FakeSlack.ANA, "ana", room.channelId(),
                hooks.url("/command"));

        socket.send("slash_commands", envelope, payload, 0);
        socket.send("slash_commands", envelope, payload, 1);
        socket.awaitAck(envelope);
        Eventually.until("the update is on the timeline", () -> entries(room.key(), text).size() == 1);
        slack.log().awaitLine("Slack delivered slash_commands envelope " + envelope + " again",
                Duration.ofSeconds(10));
        assertEquals(1, entries(room.key(), text).size(), "run exactly once");
    }

    /** What a replica killed between recording an envelope and running it leaves in the shared database. */
    private void claimAsAReplicaKilledBeforeRunning(String envelope) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO slack_envelope_seen"
                        + " (envelope_id, seen_at, claimed_by, finished) VALUES (?, ?, 'killed-replica', FALSE)")) {
            insert.setString(1, envelope);
            insert.setLong(2, clock.instant().getEpochSecond());
            insert.executeUpdate();
        }
    }

    private SlackRoom openRoom(String titleAndOptions) {
        String opened = socket.send("slash_commands", SlackPayloads.slashCommand("open " + titleAndOptions,
                FakeSlack.ANA, "ana", FakeSlack.GENERAL, hooks.url("/command")));
        JsonNode answer = socket.awaitAck(opened).payload();
        return SlackRoom.awaitOpened(slack, SlackCommandsTest.key(answer.path("text").asText()));
    }

    private static List<JsonNode> entries(String key, String containing) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("text").asText().contains(containing)).toList();
    }
}
