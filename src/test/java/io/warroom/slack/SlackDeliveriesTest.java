package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.chat.ChannelPurpose;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.Delivery;
import io.warroom.reply.Reply;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.FakeSlackState;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How Slack renders what other modules queue (fields, buttons and their action ids) and what it does with its own
 * errors. Deliveries on every platform are in the chat contract ({@code io.warroom.chat.contract}).
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackDeliveriesTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    ChatOutbox outbox;

    @Test
    void anAlertGoesToTheAlertChannelWithFieldsAndButtonsThatCarryTheirCommand() {
        ChatMessage warning = new ChatMessage("⚠️ disk 85% on db-1 (no incident opened)",
                List.of(new Reply.Field("Source", "alertmanager"), new Reply.Field("Host", "db-1")),
                List.of(new Reply.Button("Open incident", "open Disk filling on db-1 sev:3", Reply.ButtonStyle.PRIMARY)));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.SLACK, "alerts",
                new Delivery.PostToChannel(ChannelPurpose.ALERT, warning)));

        SlackMessage posted = slack.awaitMessage(FakeSlack.ALERTS, "the warning",
                m -> m.text().startsWith("⚠️ disk 85%"));
        assertEquals("db-1", SlackRoom.field(posted, "Host"));
        assertEquals("alertmanager", SlackRoom.field(posted, "Source"));
        assertEquals(List.of("Open incident"), posted.buttonLabels());
        String actionId = posted.buttons().get(0).path("action_id").asText();
        assertEquals("wr:run:open Disk filling on db-1 sev:3", actionId);
        assertEquals("open Disk filling on db-1 sev:3", SlackActionIds.commandLine(actionId).orElseThrow());
    }

    @Test
    void directMessagesCarryTheirButtons() {
        String key = Api.open("Paging test", "2", "pager");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.SLACK, room.number(),
                new Delivery.DirectMessage(FakeSlack.BO, new ChatMessage("You are paged for " + key, List.of(),
                        List.of(new Reply.Button("Acknowledge", "ack", Reply.ButtonStyle.PRIMARY))))));

        FakeSlackState.Channel im = FakeSlack.await("Bo's direct messages", () -> slack.channels().stream()
                .filter(c -> c.im && c.members().contains(FakeSlack.BO)).findFirst().orElse(null));
        SlackMessage dm = slack.awaitText(im.id, "You are paged for " + key);
        assertEquals(List.of("wr:" + key + ":ack"), dm.buttons().stream().map(b -> b.path("action_id").asText())
                .toList());
        assertEquals("primary", dm.buttons().get(0).path("style").asText());
    }

    @Test
    void openingARoomAgainKeepsTheOneItHasAndInvitingSomeoneTwiceIsFine() {
        String key = Api.open("Opened twice", "3", "web");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.OpenRoom(FakeSlack.GENERAL,
                    List.of(FakeSlack.ANA)));
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.InviteToRoom(List.of(FakeSlack.ANA)));
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.InviteToRoom(List.of(FakeSlack.ANA)));
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.PostToRoom(ChatMessage.text("after")));
        });
        room.awaitPost("after");
        assertEquals(1, slack.calls("conversations.create", c -> c.param("name").startsWith(
                "inc-" + room.number() + "-")).size());
        assertEquals(List.of(room.cardTs()), slack.pinned(room.channelId()));
        assertEquals(2, room.texts().stream().filter(t -> t.startsWith("<@" + FakeSlack.ANA + "> you are needed"))
                .count());
    }

    @Test
    void aPermanentSlackErrorIsGivenUpNamingTheErrorAndTheLaneMovesOn() {
        String key = Api.open("Refused post", "3", "web");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "🚨 " + key + " opened: Refused post (SEV3 · web)");
        slack.failNext("chat.postMessage", "msg_too_long");
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.PostToRoom(ChatMessage.text("refused")));
            outbox.enqueue(Platform.SLACK, room.number(), new Delivery.PostToRoom(ChatMessage.text("next one")));
        });
        room.awaitPost("next one");
        String line = slack.log().awaitLine("(PostToRoom) failed", java.time.Duration.ofSeconds(10));
        assertTrue(line.endsWith("failed: post in #" + room.name() + ": Slack answered msg_too_long"), line);
    }
}
