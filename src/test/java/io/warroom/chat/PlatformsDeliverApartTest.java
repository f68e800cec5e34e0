package io.warroom.chat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.contract.ContractOnCall;
import io.warroom.incident.IncidentKey;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.FakeSlackState;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each platform has its own outbox workers: Discord's client waits out its rate limits on the worker (here the
 * recording platform, standing for Discord, holds every delivery), and Slack's rooms and pages go on meanwhile.
 */
@QuarkusTest
@TestProfile(OutboxDeliveryTest.WithRecordingPlatform.class)
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PlatformsDeliverApartTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    RecordingPlatform discord;

    @AfterEach
    void release() {
        discord.reset();
    }

    @Test
    void discordWaitingOnEveryWorkerHoldsUpNoSlackRoomOrPage() {
        slack.addUser(ContractOnCall.SLACK_ID, "cy", ContractOnCall.NAME);
        discord.hold();
        int workers = OutboxDispatcher.WORKERS_PER_DESTINATION;
        for (int i = 1; i <= workers; i++) {
            Api.open("Checkout latency " + i, "1", ContractOnCall.SERVICE);
        }
        Eventually.until(workers + " Discord deliveries waiting", () -> discord.waiting() == workers);

        String key = Api.open("Payments 502s", "1", ContractOnCall.SERVICE);

        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertThat(room.card().blockText(), containsString("Payments 502s"));
        FakeSlackState.Channel im = FakeSlack.await("Cy's direct messages", () -> slack.channels().stream()
                .filter(c -> c.im && c.members().contains(ContractOnCall.SLACK_ID)).findFirst().orElse(null));
        slack.awaitMessage(im.id, "the page for " + key, m -> m.text().startsWith("📟 You are paged for " + key + " "));

        assertEquals(workers, discord.waiting(), "Discord still waiting all along");
        assertTrue(discord.delivered().isEmpty(), "nothing reached Discord while it waited");
        discord.release();
        long number = IncidentKey.parse(key).orElseThrow();
        Eventually.until("Discord's room for " + key + " after the wait", () -> discord.delivered().stream()
                .anyMatch(d -> d.kind().equals("OpenRoom") && Long.valueOf(number).equals(d.incident())));
    }
}
