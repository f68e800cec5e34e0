package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.Delivery;
import io.warroom.reply.Reply;
import io.warroom.incident.Platform;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How Discord renders what other modules queue (embeds, buttons that run their command, mentions that ping nobody).
 * Deliveries on every platform are in the chat contract ({@code io.warroom.chat.contract}).
 */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordDeliveriesTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    ChatOutbox outbox;

    FakeUser ana;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana");
    }

    @Test
    void anAlertAboutNoIncidentGoesToTheAlertChannelWithButtonsThatRunTheirCommand() {
        ChatMessage warning = new ChatMessage("⚠️ disk 85% on db-1 (no incident opened)",
                List.of(new Reply.Field("Source", "alertmanager"), new Reply.Field("Host", "db-1")),
                List.of(new Reply.Button("Open incident", "open Disk filling on db-1 sev:3 service:db",
                        Reply.ButtonStyle.PRIMARY)));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.DISCORD, "alerts",
                new Delivery.PostToChannel(ChannelPurpose.ALERT, warning)));

        JsonObject posted = discord.awaitMessage(discord.alertsChannelId(), "the warning",
                m -> m.getString("content").startsWith("⚠️ disk 85%"));
        assertEquals("db-1", posted.getJsonArray("embeds").getJsonObject(0).getJsonArray("fields").getJsonObject(1)
                .getString("value"));
        assertEquals(List.of("Open incident"), DiscordRoom.buttons(posted));

        FakeInteraction click = discord.clickLabelled(ana, discord.alertsChannelId(), posted.getString("id"),
                "Open incident");
        assertTrue(click.awaitAnswerText().startsWith("Opened INC-"), click.awaitAnswerText());
        discord.awaitChannelNamed("inc-" + click.awaitAnswerText().replaceAll("(?s)Opened INC-(\\d+):.*", "$1")
                + "-disk-filling-on-db-1");
    }

    @Test
    void aDirectMessagesButtonWorksOutsideTheServer() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Paging test");
        FakeUser oncall = discord.addMember("On Call");
        long number = DiscordIncidentFlowTest.number(room.key());
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Platform.DISCORD, number, new Delivery.DirectMessage(oncall.id(), new ChatMessage(
                    "You are paged for " + room.key(), List.of(), List.of(new Reply.Button("Acknowledge", "ack",
                            Reply.ButtonStyle.PRIMARY)))));
        });

        JsonObject dm = FakeDiscord.await(Duration.ofSeconds(10), "a direct message", () -> discord.channels().stream()
                .filter(c -> c.getInteger("type") == 1).flatMap(c -> discord.messages(c.getString("id")).stream())
                .filter(m -> m.getString("content").equals("You are paged for " + room.key())).findFirst()
                .orElse(null));
        assertEquals(List.of("wr:" + room.key() + ":ack"), DiscordRoom.customIds(dm));

        FakeInteraction ack = discord.clickLabelled(oncall, dm.getString("channel_id"), dm.getString("id"),
                "Acknowledge");
        assertEquals("Acknowledged by On Call; phase Detect → Triage", ack.awaitAnswerText());
        room.awaitCard("Triage", r -> r.cardEmbed().getString("description").contains("▶️ Triage"));
    }

    @Test
    void openingARoomAgainKeepsTheOneItHas() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Opened twice");
        room.awaitPost("you opened " + room.key());
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.DISCORD,
                DiscordIncidentFlowTest.number(room.key()), new Delivery.OpenRoom(null, List.of())));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.DISCORD,
                DiscordIncidentFlowTest.number(room.key()), new Delivery.PostToRoom(ChatMessage.text("after"))));
        room.awaitPost("after");
        assertEquals(1, discord.channels().stream().filter(c -> c.getString("name", "").startsWith(
                "inc-" + room.key().substring(4) + "-")).count());
        assertEquals(List.of(room.cardId()), discord.pinned(room.channelId()));
    }

    @Test
    void textFromPeopleCannotPingEveryone() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Mentions");
        discord.slashCommand(ana, room.channelId(), "update", "text", "@everyone we are back").awaitAnswer();
        room.awaitPost("Ana: @everyone we are back");
        JsonObject sent = discord.requests("POST", "channels/" + room.channelId() + "/messages").stream()
                .map(r -> r.json()).filter(b -> b.getString("content", "").contains("@everyone")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), sent.getJsonObject("allowed_mentions").getJsonArray("parse").getList(),
                "nothing in the text notifies anyone");
        assertEquals(List.of(), sent.getJsonObject("allowed_mentions").getJsonArray("users", new JsonArray()).getList());
    }
}
