package io.warroom;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.warroom.chat.contract.ContractOnCall;
import io.warroom.support.Api;
import io.warroom.support.FakeHttp;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One incident on both platforms: an alert opens a room on Slack and on Discord, a command typed on either side
 * changes the same incident, and both pinned cards follow.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CrossPlatformIncidentTest {

    @InjectFakeSlack
    FakeSlack slack;

    @InjectFakeDiscord
    FakeDiscord discord;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    private FakeHttp responseUrls;
    private FakeUser cy;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        cy = discord.addMember("Cy Diaz");
        responseUrls = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    }

    @AfterEach
    void stop() {
        responseUrls.close();
    }

    @Test
    void anAlertOpensOneIncidentWithARoomOnEachPlatformAndBothCardsFollowEitherSide() {
        String key = RestAssured.given().header("Authorization", "Bearer test-alerts-token")
                .contentType("application/json")
                .body("{\"title\":\"Payments 502s\",\"severity\":\"critical\",\"service\":\"payments\","
                        + "\"source\":\"ChargeService.java:142\"}")
                .post("/api/alerts/generic").then().statusCode(200).extract().jsonPath().getString("alerts[0].incident");

        SlackRoom slackRoom = SlackRoom.awaitOpened(slack, key);
        DiscordRoom discordRoom = DiscordRoom.of(discord, key);
        assertThat(slackRoom.card().blockText(), containsString("Payments 502s"));
        assertThat(discordRoom.cardEmbed().getString("title"), containsString("Payments 502s"));

        // Acknowledged on Discord: the Slack card shows Triage and who acknowledged.
        assertEquals("Acknowledged by Cy Diaz; phase Detect → Triage",
                discord.slashCommand(cy, discordRoom.channelId(), "ack").awaitAnswerText());
        slackRoom.awaitCard("Triage after the Discord ack", r -> r.card().blockText().contains("▶️ Triage"));
        slackRoom.awaitPost("Cy Diaz: Acknowledged by Cy Diaz; phase Detect → Triage");

        // Next phase clicked on the Slack card: the Discord card moves to Mitigate.
        JsonNode next = slackRoom.card().buttons().stream()
                .filter(b -> b.path("text").path("text").asText().equals("Next phase")).findFirst().orElseThrow();
        assertEquals(200, signed.interaction(SlackPayloads.blockAction(FakeSlack.ANA, "ana", slackRoom.channelId(),
                slackRoom.cardTs(), next.path("action_id").asText(), "Next phase", null,
                responseUrls.url("/next"))).status());
        discordRoom.awaitCard("Mitigate after the Slack click",
                r -> r.cardEmbed().getString("description").contains("▶️ Mitigate"));

        // A status update typed in the Slack room reaches both rooms and both announcement channels.
        assertEquals(200, signed.command("update failover to the second processor done", FakeSlack.ANA, "ana",
                slackRoom.channelId(), responseUrls.url("/update")).status());
        discordRoom.awaitPost("failover to the second processor done");
        discord.awaitMessage(discord.announcementsChannelId(), "the update on Discord", m -> m.getString("content")
                .equals("📣 " + key + " update: failover to the second processor done"));
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: failover to the second processor done");

        assertEquals("MITIGATE", Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .jsonPath().getString("phase"), "one incident, changed from both sides");
        assertEquals(1, Api.authorized().get("/api/incidents?status=open").then().statusCode(200).extract()
                .jsonPath().getList("key").stream().filter(key::equals).count());
    }
}
