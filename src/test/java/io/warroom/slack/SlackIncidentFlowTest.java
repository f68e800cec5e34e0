package io.warroom.slack;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.FakeSlackState;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident's life as Slack sees it: its channel, the card kept current, notices, the postmortem, the archive. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackIncidentFlowTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    CommandExecutor executor;

    @Test
    void openedFromSlackItGetsAChannelWithTopicOpenerCardPinAndLinks() {
        Person ana = new Person(Platform.SLACK, FakeSlack.ANA, "Ana Lima");
        Reply opened = executor.execute("open Checkout 5xx spike sev:2 service:checkout",
                CommandContext.inRoom(ana, Platform.SLACK, FakeSlack.GENERAL));
        String key = opened.text().replaceAll("(?s)^Opened (INC-\\d+):.*", "$1");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        assertEquals("inc-" + room.number() + "-checkout-5xx-spike", room.name());
        assertEquals("SEV2 · Detect · IC: — · Checkout 5xx spike", room.channel().topic);
        assertTrue(room.channel().members().contains(FakeSlack.ANA), "the opener is invited");
        SlackMessage card = room.card();
        JsonNode header = card.blocks().get(0);
        assertEquals("header", header.path("type").asText());
        assertEquals(key + " · SEV2 · Checkout 5xx spike", header.path("text").path("text").asText());
        assertThat(card.blockText(), containsString("▶️ Detect → Triage → Mitigate → RCA → Recover → Postmortem"));
        assertEquals("SEV2", room.cardField("Severity"));
        assertEquals("checkout", room.cardField("Service"));
        assertEquals("—", room.cardField("Incident commander"));
        assertThat(room.cardField("Detect checklist"), containsString("Incident room opened"));
        assertEquals(List.of("Acknowledge", "Next phase", "Rollback", "Resolve", "Export postmortem"),
                card.buttonLabels());
        assertEquals(List.of("wr:" + key + ":ack", "wr:" + key + ":next", "wr:" + key + ":rollback",
                "wr:" + key + ":resolve", "wr:" + key + ":postmortem"),
                card.buttons().stream().map(b -> b.path("action_id").asText()).toList());
        assertEquals("danger", card.buttons().get(2).path("style").asText());
        assertEquals(List.of(card.ts), slack.pinned(room.channelId()));

        slack.awaitText(FakeSlack.GENERAL, "🚨 " + key + " · SEV2 · Checkout 5xx spike: follow it in <#"
                + room.channelId() + ">");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "🚨 " + key + " opened: Checkout 5xx spike (SEV2 · checkout)");
        assertThat(slack.log().text(), containsString("Slack bot is on as warroom (user " + FakeSlack.BOT_USER_ID));
        assertThat(slack.log().text(), not(containsString(FakeSlack.TOKEN)));
        assertThat(slack.log().text(), not(containsString(FakeSlack.SIGNING_SECRET)));
    }

    @Test
    void theCardIsEditedInPlaceOnEveryChangeAndTheTopicFollows() {
        String key = Api.open("Payments 502s", "1", "payments");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        String cardTs = room.cardTs();

        Api.run(key, "ack").statusCode(200);
        room.awaitCard("Triage", r -> r.card().blockText().contains("▶️ Triage"));
        Api.run(key, "role commander me").statusCode(200);
        room.awaitCard("ana as commander", r -> "ana".equals(r.cardField("Incident commander")));
        Api.run(key, "sev 2").statusCode(200);
        room.awaitCard("SEV2", r -> "SEV2".equals(r.cardField("Severity")));
        Api.run(key, "next").statusCode(200);
        room.awaitCard("Mitigate", r -> r.card().blockText().contains("▶️ Mitigate"));

        FakeSlack.await("the topic", () -> room.channel().topic.equals("SEV2 · Mitigate · IC: ana · Payments 502s")
                ? room : null);
        assertEquals(List.of(cardTs), slack.pinned(room.channelId()), "still the one card");
        List<SlackCall> updates = slack.calls("chat.update", c -> c.param("channel").equals(room.channelId()));
        assertTrue(updates.size() >= 4, "one update per change at least: " + updates.size());
        assertTrue(updates.stream().allMatch(c -> c.param("ts").equals(cardTs)));
        assertEquals(1, slack.messages(room.channelId()).stream().filter(m -> !m.blocks().isEmpty()).count(),
                "no second card was posted");
        room.awaitPost("ana: Phase Triage → Mitigate");
    }

    @Test
    void updatesResolutionPostmortemAndCloseReachTheRoomTheAnnounceChannelAndTheArchive() {
        String key = Api.open("Login errors", "2", "auth");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        Api.run(key, "update Logins work again for 90% of users <!channel>").statusCode(200);
        room.awaitPost("ana: Logins work again for 90% of users &lt;!channel&gt;");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: Logins work again for 90% of users "
                + "&lt;!channel&gt;");
        room.awaitCard("the update", r -> r.cardField("Last update").startsWith("Logins work again"));

        Api.run(key, "resolve Bad config rolled back").statusCode(200);
        slack.awaitMessage(FakeSlack.ANNOUNCEMENTS, "the recovery notice",
                m -> m.text().equals("✅ " + key + " recovered: Login errors. Bad config rolled back"));

        Api.run(key, "postmortem").statusCode(200);
        SlackMessage shared = slack.awaitMessage(room.channelId(), "the postmortem file", m -> !m.fileIds().isEmpty());
        assertEquals("📝 Postmortem of " + key + ", exported by ana", shared.text());
        FakeSlackState.UploadedFile file = slack.file(shared.fileIds().get(0));
        assertEquals(key + "-postmortem.md", file.filename);
        assertThat(file.text(), startsWith("# " + key));
        assertThat(file.text(), containsString("Login errors"));
        assertThat(file.text(), containsString("Bad config rolled back"));

        Api.run(key, "close").statusCode(200);
        room.awaitPost("🗄️ " + key + " is closed; this channel is archived.");
        FakeSlack.await("the archive", () -> room.channel().archived ? room : null);
        assertEquals("closed", room.cardField("Status"), "the card shows the end before the archive");
    }

    @Test
    void aTakenChannelNameGetsASuffix() {
        slack.failNext("conversations.create", "name_taken");
        String key = Api.open("Queue backlog", "3", "jobs");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertEquals("inc-" + room.number() + "-queue-backlog-2", room.name());
        List<String> tried = slack.calls("conversations.create").stream().map(c -> c.param("name"))
                .filter(n -> n.startsWith("inc-" + room.number() + "-")).toList();
        assertEquals(List.of("inc-" + room.number() + "-queue-backlog", room.name()), tried);
    }

    @Test
    void aNameAlreadyUsedInTheWorkspaceIsNotReusedAndLongTitlesFitSlacksLimit() {
        String title = "Very long title about the Ünïcode checkout outage in every region of the world at once now";
        slack.failNext("conversations.create", "name_taken");
        String key = Api.open(title, "3", "checkout");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertTrue(room.name().length() <= 80, room.name());
        assertTrue(room.name().matches("[a-z0-9_-]+"), room.name());
        assertThat(room.name(), startsWith("inc-" + room.number() + "-very-long-title-about-the-unicode"));
        assertThat(room.name(), org.hamcrest.Matchers.endsWith("-2"));
    }
}
