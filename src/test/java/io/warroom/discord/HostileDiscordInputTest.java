package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.Delivery;
import io.warroom.incident.Platform;
import io.warroom.chat.contract.ContractOnCall;
import io.warroom.support.Api;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Discord input Warroom must not act on, and text that must not ping: commands from another server are ignored and
 * logged once per server; an alert or a title saying @everyone, a role or someone's mention notifies nobody on
 * Discord (allowed_mentions) or on Slack (escaped), while the people Warroom calls in are still notified.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileDiscordInputTest {

    private static final String OTHER_SERVER = "990000000000000001";
    private static final String THIRD_SERVER = "990000000000000002";

    @InjectFakeDiscord
    FakeDiscord discord;

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    ChatOutbox outbox;

    private FakeUser ana;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana");
    }

    @Test
    void commandsAreRegisteredOnTheConfiguredServerOnly() {
        assertEquals("applications/" + discord.applicationId() + "/guilds/" + discord.guildId() + "/commands",
                discord.registeredCommandsPath());
        assertTrue(discord.requests("PUT", "applications/\\d+/commands").isEmpty(), "no global commands");
    }

    @Test
    void commandsFromAnotherServerAreIgnoredAndLoggedOncePerServer() {
        int incidents = incidentCount();

        List<FakeInteraction> foreign = List.of(
                discord.slashCommandInAnotherServer(OTHER_SERVER, ana, "open", "title", "Foreign incident one"),
                discord.slashCommandInAnotherServer(OTHER_SERVER, ana, "open", "title", "Foreign incident two"),
                discord.slashCommandInAnotherServer(THIRD_SERVER, ana, "open", "title", "Foreign incident three"));
        discord.log().awaitLine("from server " + THIRD_SERVER, Duration.ofSeconds(10));
        // An interaction from the configured server, sent after them, is answered: the gateway delivered all four.
        FakeInteraction home = discord.slashCommand(ana, discord.generalChannelId(), "help");
        home.awaitAnswer();

        for (FakeInteraction interaction : foreign) {
            assertFalse(interaction.answered(), "no reply to an interaction from another server");
        }
        assertEquals(incidents, incidentCount(), "nothing opened");
        assertEquals(1, discord.log().count("Ignoring Discord slash commands from server " + OTHER_SERVER));
        assertEquals(1, discord.log().count("Ignoring Discord slash commands from server " + THIRD_SERVER));
        assertTrue(discord.channels().stream().noneMatch(c -> c.getString("name", "").contains("foreign-incident")));
    }

    @Test
    void anAlertSayingEveryoneAndNamingPeoplePingsNobodyOnEitherPlatform() {
        String title = "@everyone @here <!channel> <!everyone> <!subteam^S0ONCALL1> <@" + FakeSlack.BO + "> <@&"
                + "880000000000000001> <@" + ana.id() + "> DB down";
        String key = RestAssured.given().header("Authorization", "Bearer test-alerts-token")
                .contentType("application/json").body(new JsonObject().put("title", title)
                        .put("severity", "critical").put("service", "db").encode())
                .post("/api/alerts/generic").then().statusCode(200).extract().jsonPath().getString("alerts[0].incident");

        DiscordRoom room = DiscordRoom.of(discord, key);
        discord.awaitMessage(discord.announcementsChannelId(), "the announcement of " + key,
                m -> m.getString("content").contains(key));
        List<JsonObject> sent = new ArrayList<>(discord.messages(room.channelId()));
        sent.addAll(discord.messages(discord.announcementsChannelId()));
        assertTrue(sent.stream().anyMatch(m -> (m.getString("content") + m.getJsonArray("embeds")).contains("DB down")),
                "the title was posted: " + sent);
        for (JsonObject message : sent) {
            assertPingsOnly(message, List.of());
        }

        SlackRoom slackRoom = SlackRoom.awaitOpened(slack, key);
        slack.awaitMessage(FakeSlack.ANNOUNCEMENTS, "the announcement of " + key, m -> m.text().contains(key));
        List<SlackMessage> posted = new ArrayList<>(slack.messages(slackRoom.channelId()));
        posted.addAll(slack.messages(FakeSlack.ANNOUNCEMENTS));
        for (SlackMessage message : posted) {
            // Slack's note of a topic change quotes the topic, which Slack shows without formatting or mentions.
            if (!message.text().startsWith("set the channel topic: ")) {
                assertNoSlackControlSequences(message.text() + "\n" + mrkdwn(message));
            }
        }
        assertTrue(posted.stream().anyMatch(m -> m.text().contains("&lt;!channel&gt;")), "shown as text");
    }

    @Test
    void thePeopleWarroomCallsInAreNotifiedAndNobodyElse() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title",
                "Checkout down @everyone <@" + ana.id() + ">");
        FakeUser oncall = discord.addMember("On Call");
        long number = DiscordIncidentFlowTest.number(room.key());
        String slackText = "📟 Paging <@" + FakeSlack.BO + "> (Bo): alert said <@" + FakeSlack.ANA + "> <!here>";
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Platform.DISCORD, number, new Delivery.InviteToRoom(List.of(oncall.id())));
            outbox.enqueue(Platform.DISCORD, number, new Delivery.PostToRoom(new ChatMessage("📟 Paging <@"
                    + oncall.id() + "> (On Call): alert said <@" + ana.id() + "> @everyone", List.of(), List.of(),
                    List.of(oncall.id()))));
            outbox.enqueue(Platform.SLACK, number, new Delivery.PostToRoom(new ChatMessage(slackText, List.of(),
                    List.of(), List.of(FakeSlack.BO))));
        });

        assertPingsOnly(room.awaitPost("you opened " + room.key()), List.of(ana.id()));
        assertPingsOnly(room.awaitPost("you are needed on " + room.key()), List.of(oncall.id()));
        assertPingsOnly(room.awaitPost("📟 Paging"), List.of(oncall.id()));
        for (JsonObject message : discord.messages(room.channelId())) {
            String content = message.getString("content");
            if (!content.contains(oncall.id()) && !content.contains("you opened")) {
                assertPingsOnly(message, List.of());
            }
        }
        SlackRoom slackRoom = SlackRoom.awaitOpened(slack, room.key());
        SlackMessage paged = slack.awaitMessage(slackRoom.channelId(), "the page", m -> m.text().startsWith("📟"));
        assertEquals("📟 Paging <@" + FakeSlack.BO + "> (Bo): alert said &lt;@" + FakeSlack.ANA + "&gt; &lt;!here&gt;",
                paged.text(), "Bo is mentioned; what the alert said is text");
    }

    /** The message may notify these users and nobody else: no @everyone/@here, no roles, no users from the text. */
    private static void assertPingsOnly(JsonObject message, List<String> userIds) {
        JsonObject allowed = message.getJsonObject("allowed_mentions");
        assertTrue(allowed != null, "every message says whom it may notify: " + message);
        assertEquals(new JsonArray(), allowed.getJsonArray("parse", new JsonArray()), "nothing parsed: " + allowed);
        assertEquals(new JsonArray(userIds), allowed.getJsonArray("users", new JsonArray()), "users: " + allowed);
        assertEquals(new JsonArray(), allowed.getJsonArray("roles", new JsonArray()), "roles: " + allowed);
    }

    private static void assertNoSlackControlSequences(String text) {
        for (String control : List.of("<!channel>", "<!everyone>", "<!here>", "<!subteam^", "<@" + FakeSlack.BO)) {
            assertFalse(text.contains(control), control + " would ping: " + text);
        }
    }

    /** The mrkdwn texts of a message's blocks: what Slack reads mentions from (plain_text is shown as is). */
    private static String mrkdwn(SlackMessage message) {
        StringBuilder all = new StringBuilder();
        collectMrkdwn(message.blocks(), all);
        return all.toString();
    }

    private static void collectMrkdwn(JsonNode node, StringBuilder all) {
        if (node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
            all.append(node.path("text").asText()).append('\n');
        }
        node.forEach(child -> collectMrkdwn(child, all));
    }

    private static int incidentCount() {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }
}
