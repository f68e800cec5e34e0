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
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What only Slack has in an incident's life: Block Kit cards, mrkdwn escaping, channel names Slack may refuse. The
 * life itself, on every platform, is in the chat contract ({@code io.warroom.chat.contract}).
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackIncidentFlowTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void theCardIsBlockKitWithAHeaderFieldsAndButtonsThatCarryTheirCommand() {
        String key = Api.open("Checkout 5xx spike", "2", "checkout");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        SlackMessage card = room.card();
        JsonNode header = card.blocks().get(0);
        assertEquals("header", header.path("type").asText());
        assertEquals(key + " · SEV2 · Checkout 5xx spike", header.path("text").path("text").asText());
        assertEquals("SEV2", room.cardField("Severity"));
        assertEquals("—", room.cardField("Incident commander"));
        assertThat(room.cardField("Detect checklist"), containsString("Incident room opened"));
        assertEquals(List.of("wr:" + key + ":ack", "wr:" + key + ":next", "wr:" + key + ":rollback",
                "wr:" + key + ":resolve", "wr:" + key + ":postmortem"),
                card.buttons().stream().map(b -> b.path("action_id").asText()).toList());
        assertEquals("danger", card.buttons().get(2).path("style").asText());
        assertThat(slack.log().text(), not(containsString(FakeSlack.SIGNING_SECRET)));
    }

    @Test
    void textFromPeopleIsEscapedSoItCannotMentionTheChannel() {
        String key = Api.open("Login errors", "2", "auth");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        Api.run(key, "update Logins work again for 90% of users <!channel>").statusCode(200);
        room.awaitPost("ana: Logins work again for 90% of users &lt;!channel&gt;");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: Logins work again for 90% of users "
                + "&lt;!channel&gt;");
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
