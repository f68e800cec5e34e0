package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.Delivery;
import io.warroom.reply.Reply;
import io.warroom.incident.Platform;
import jakarta.inject.Inject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.Api;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeInteraction;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.discord.Recorded;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One incident run from start to finish by people on Discord (slash commands, buttons, forms), through the real JDA
 * client and a fake Discord. What every platform does for an incident is in the chat contract
 * ({@code io.warroom.chat.contract}).
 */
@QuarkusTest
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordIncidentFlowTest {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    ChatOutbox outbox;

    FakeUser ana;
    FakeUser bo;

    @BeforeEach
    void connected() {
        discord.awaitBotReady();
        ana = discord.addMember("Ana Lima");
        bo = discord.addMember("Bo");
    }

    @Test
    void openingFromASlashCommandAnswersWithinThreeSecondsAndFilesTheRoomInItsCategory() {
        FakeInteraction open = discord.slashCommand(ana, discord.generalChannelId(), "open",
                "title", "Checkout 5xx spike", "severity", "2", "service", "checkout");
        assertEquals(FakeInteraction.DEFERRED_REPLY, open.awaitCallback().getInteger("type"));
        assertThat(open.callbackDelay(), lessThan(Duration.ofSeconds(3)));
        assertTrue(open.ephemeral(), "the answer goes to the person who typed it");
        assertThat(open.awaitAnswerText(), containsString("Checkout 5xx spike (SEV2 · checkout)"));

        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Payments 502s", "severity", "1", "service", "payments");
        JsonObject channel = discord.channel(room.channelId()).orElseThrow();
        assertEquals(discord.channelNamed("Incidents").orElseThrow().getString("id"), channel.getString("parent_id"));
        assertEquals(4, discord.channelNamed("Incidents").orElseThrow().getInteger("type"), "a category");
        assertEquals(1, discord.channels().stream().filter(c -> "Incidents".equals(c.getString("name"))).count(),
                "the category is created once and reused");
        assertThat(DiscordRoom.customIds(room.card()), hasItem("wr:" + room.key() + ":ack"));
        room.awaitCard("the room checklist step ticked", r -> r.cardField("Detect checklist")
                .contains("☑ 2. Incident room opened"));
    }

    @Test
    void cardButtonsAndCommandsDriveTheIncidentAndTheCardFollows() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Search latency", "severity", "3", "service", "search");

        FakeInteraction ack = discord.clickLabelled(bo, room.channelId(), room.cardId(), "Acknowledge");
        assertTrue(ack.ephemeral());
        assertEquals("Acknowledged by Bo; phase Detect → Triage", ack.awaitAnswerText());
        room.awaitCard("Triage", r -> r.cardEmbed().getString("description").contains("▶️ Triage"));
        assertFalse(room.cardButtons().contains("Acknowledge"), "an acknowledged incident offers no Acknowledge");
        assertEquals(List.of(room.cardId()), discord.pinned(room.channelId()), "the same card, edited in place");
        room.awaitPost("Bo: Acknowledged by Bo; phase Detect → Triage");

        // A free role is anyone's; once Ana holds it, as commander she may hand it on.
        discord.slashCommand(ana, room.channelId(), "role", "role", "commander", "user", ana).awaitAnswer();
        FakeInteraction role = discord.slashCommand(ana, room.channelId(), "role", "role", "commander", "user", bo);
        assertThat(role.awaitAnswerText(), startsWith("Incident commander: Bo"));
        room.awaitCard("Bo as commander", r -> r.cardField("Incident commander").equals("Bo"));
        FakeDiscord.await(Duration.ofSeconds(10), "the topic to name the commander", () -> discord.channel(
                room.channelId()).orElseThrow().getString("topic").equals("SEV3 · Triage · IC: Bo · Search latency")
                ? true : null);

        assertEquals("Phase Triage → Mitigate", discord.slashCommand(bo, room.channelId(), "next").awaitAnswerText());
        FakeInteraction note = discord.slashCommand(bo, room.channelId(), "note", "text", "p99 back under 300ms",
                "at", "00:00");
        assertThat(note.awaitAnswerText(), not(containsString("Usage")));
        room.awaitCard("Mitigate", r -> r.cardEmbed().getString("description").contains("▶️ Mitigate"));

        JsonArray timeline = timeline(room.key());
        assertEquals("discord", actorOf(timeline, "role").getString("platform"));
        assertEquals(bo.id(), actorOf(timeline, "phase").getString("id"));
        assertTrue(timeline.stream().anyMatch(e -> ((JsonObject) e).getString("text").equals("p99 back under 300ms")
                && ((JsonObject) e).getBoolean("backfilled")), "the note is backfilled to 00:00: " + timeline);
    }

    @Test
    void rollbackAsksFirstAndRunsOnlyWhenConfirmed() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Bad deploy", "severity", "2", "service", "checkout");

        FakeInteraction ask = discord.clickLabelled(bo, room.channelId(), room.cardId(), "Rollback");
        JsonObject question = ask.awaitAnswer();
        assertTrue(ask.ephemeral());
        assertEquals("Roll back " + room.key() + "?", question.getJsonArray("embeds").getJsonObject(0)
                .getString("title"));
        assertEquals(List.of("Request rollback", "Cancel"), DiscordRoom.buttons(question));

        FakeInteraction cancel = discord.clickLabelled(bo, room.channelId(), ask.messageId(), "Cancel");
        assertEquals(FakeInteraction.UPDATE_MESSAGE, cancel.awaitCallback().getInteger("type"));
        assertEquals("Cancelled; nothing was changed.", cancel.awaitAnswerText());
        assertEquals(0, count(timeline(room.key()), "runbook"));

        FakeInteraction again = discord.clickLabelled(bo, room.channelId(), room.cardId(), "Rollback");
        FakeInteraction confirm = discord.clickLabelled(bo, room.channelId(), again.messageId(), "Request rollback");
        assertEquals(FakeInteraction.DEFERRED_UPDATE, confirm.awaitCallback().getInteger("type"));
        assertEquals("Rollback of the last change to checkout requested; no rollback runbook is configured, so "
                + "nothing ran. It is on the timeline.", confirm.awaitAnswerText());
        assertEquals(List.of(), DiscordRoom.buttons(confirm.awaitAnswer()), "the question's buttons are gone");
        assertEquals(1, count(timeline(room.key()), "runbook"));
        room.awaitPost("Bo: Rollback of the last change to checkout requested by Bo");
    }

    @Test
    void resolvingExportingAndClosingFromDiscordAnswerThePersonAndLockTheRoom() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Queue backlog", "severity", "3", "service", "billing");
        discord.clickLabelled(ana, room.channelId(), room.cardId(), "Acknowledge").awaitAnswer();

        FakeInteraction resolve = discord.slashCommand(ana, room.channelId(), "resolve",
                "summary", "drained the queue");
        assertThat(resolve.awaitAnswerText(), containsString("Resolved"));

        FakeInteraction export = discord.clickLabelled(ana, room.channelId(), room.cardId(), "Export postmortem");
        assertThat(export.awaitAnswerText(), containsString(room.key() + "-postmortem.md"));
        JsonObject upload = discord.awaitMessage(room.channelId(), "the postmortem upload",
                m -> !m.getJsonArray("attachments").isEmpty());
        assertEquals("📝 Postmortem of " + room.key() + ", exported by Ana Lima", upload.getString("content"));
        Recorded.Upload file = discord.requests("POST", "channels/" + room.channelId() + "/messages").stream()
                .filter(r -> !r.files().isEmpty()).findFirst().orElseThrow().files().values().iterator().next();
        assertThat(file.text(), containsString("| Ana Lima | Resolved by Ana Lima (phase Triage → Postmortem)"));

        assertEquals("Closed", discord.slashCommand(ana, room.channelId(), "close").awaitAnswerText());
        room.awaitPost("🗄️ " + room.key() + " is closed; this channel is archived and read-only.");
        JsonObject channel = discord.channel(room.channelId()).orElseThrow();
        JsonObject everyone = overwrite(channel, discord.guildId());
        assertEquals(1L << 11, Long.parseLong(everyone.getString("deny")), "nobody may post any more");
        assertTrue((Long.parseLong(overwrite(channel, discord.bot().id()).getString("allow")) & (1L << 11)) != 0,
                "but the bot still may");
        FakeDiscord.await(Duration.ofSeconds(10), "the topic to say closed", () -> discord.channel(room.channelId())
                .orElseThrow().getString("topic").startsWith("Closed · ") ? true : null);
    }

    @Test
    void aButtonThatAsksForTextOpensAFormAndRunsWithTheAnswer() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Login errors", "severity", "2", "service", "auth");
        ChatMessage nudgeMessage = new ChatMessage("Time for a stakeholder update?",
                List.of(new Reply.Field("Last update", "none yet")),
                List.of(new Reply.Button("Post update", "update", Reply.ButtonStyle.PRIMARY,
                        "What should stakeholders know?")));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Platform.DISCORD, number(room.key()),
                new Delivery.PostToRoom(nudgeMessage)));
        JsonObject nudge = room.awaitPost("Time for a stakeholder update?");
        assertEquals("none yet", nudge.getJsonArray("embeds").getJsonObject(0).getJsonArray("fields")
                .getJsonObject(0).getString("value"));

        FakeInteraction click = discord.clickLabelled(bo, room.channelId(), nudge.getString("id"), "Post update");
        JsonObject form = click.awaitCallback();
        assertEquals(FakeInteraction.MODAL, form.getInteger("type"));
        assertEquals("Post update", form.getJsonObject("data").getString("title"));
        assertEquals("What should stakeholders know?", form.getJsonObject("data").getJsonArray("components")
                .getJsonObject(0).getString("label"));

        FakeInteraction submitted = discord.submitForm(bo, room.channelId(), click,
                "Logins work again for 90% of users");
        assertThat(submitted.awaitAnswerText(), containsString("Logins work again for 90% of users"));
        discord.awaitMessage(discord.announcementsChannelId(), "the status update",
                m -> m.getString("content").equals("📣 " + room.key() + " update: Logins work again for 90% of users"));
        room.awaitCard("the update", r -> r.cardField("Last update").startsWith("Logins work again"));
    }

    @Test
    void mistakesAreAnsweredOnlyToTheirAuthorWithTheUsageLine() {
        FakeInteraction noIncident = discord.slashCommand(bo, discord.generalChannelId(), "ack");
        assertTrue(noIncident.ephemeral());
        assertEquals("Which incident? Name it (e.g. `/incident ack INC-42`) or run this in the incident's room.\n"
                + "Usage: /incident ack", noIncident.awaitAnswerText());

        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Disk full");
        long before = timeline(room.key()).size();
        FakeInteraction check = discord.slashCommand(bo, room.channelId(), "check", "item", 9);
        assertEquals("The Detect checklist has 2 items; there is no item 9.", check.awaitAnswerText());
        FakeInteraction link = discord.slashCommand(bo, room.channelId(), "link", "url", "ftp://files.example.com");
        assertEquals("`ftp://files.example.com` is not an http(s) URL.\nUsage: /incident link <url> [label]",
                link.awaitAnswerText());
        FakeInteraction learned = discord.slashCommand(bo, room.channelId(), "action", "due", "2030-01-31");
        assertEquals("`action` needs what needs doing.\nUsage: /incident review action <text> [owner:<user>] "
                + "[due:YYYY-MM-DD] [link:<url>] | action done <n> | action file <n>", learned.awaitAnswerText());
        FakeInteraction wrongKey = discord.slashCommand(bo, discord.generalChannelId(), "status", "incident", "nope");
        assertEquals("`nope` is not an incident; name it like INC-42.\nUsage: /incident status",
                wrongKey.awaitAnswerText());
        assertTrue(check.ephemeral() && link.ephemeral() && learned.ephemeral());
        assertEquals(before, timeline(room.key()).size(), "nothing was recorded");
    }

    @Test
    void titlesKeepWhatLooksLikeOptionsAndPeopleAreNamedAsTheServerShowsThem() {
        DiscordRoom room = DiscordRoom.open(discord, ana, discord.generalChannelId(),
                "title", "Why sev:1 pages fire service:all", "severity", "4");
        assertEquals(room.key() + " · SEV4 · Why sev:1 pages fire service:all", room.cardEmbed().getString("title"));
        FakeInteraction action = discord.slashCommand(ana, room.channelId(), "action", "text", "Alert on queue depth",
                "owner", bo, "due", "2030-01-31");
        assertEquals("Action item #1: Alert on queue depth, owner Bo, due 2030-01-31", action.awaitAnswerText());
        assertEquals("Action item #1 done: Alert on queue depth",
                discord.slashCommand(bo, room.channelId(), "action", "done", 1).awaitAnswerText());
        FakeInteraction status = discord.slashCommand(bo, discord.generalChannelId(), "status", "incident", room.key());
        assertEquals(room.key() + " · SEV4 · Why sev:1 pages fire service:all", status.awaitAnswerText());
        assertThat(DiscordRoom.buttons(status.awaitAnswer()), hasItem("Acknowledge"));
    }

    @Test
    void noPartOfTheBotsTokenReachesTheLog() {
        DiscordRoom.open(discord, ana, discord.generalChannelId(), "title", "Token check");
        assertThat(discord.log().text(), not(containsString("warroom-fake-bot-token")));
    }

    static long number(String key) {
        return Long.parseLong(key.substring("INC-".length()));
    }

    static JsonArray timeline(String key) {
        return new JsonArray(Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .extract().asString());
    }

    static long count(JsonArray timeline, String kind) {
        return timeline.stream().filter(e -> ((JsonObject) e).getString("kind").equals(kind)).count();
    }

    private static JsonObject actorOf(JsonArray timeline, String kind) {
        return timeline.stream().map(e -> (JsonObject) e).filter(e -> e.getString("kind").equals(kind)).findFirst()
                .orElseThrow().getJsonObject("actor");
    }

    private static JsonObject overwrite(JsonObject channel, String id) {
        return channel.getJsonArray("permission_overwrites").stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no permission overwrite for " + id + ": " + channel));
    }
}
