package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * chat.postMessage has no idempotency key, so every post the outbox makes carries metadata naming its outbox row,
 * and a post an earlier try may have made (its answer lost, or its instance dead) is looked for before it is sent
 * again: found, it counts as delivered; a first try never looks; a lookup that fails is retried, never taken for
 * "not posted".
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackRepeatedPostsTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void aPostWhoseAnswerWasLostIsFoundByItsMetadataAndNotPostedAgain() {
        String key = Api.open("Lost Slack answers", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        int before = slack.calls().size();

        slack.loseAnswerNext("chat.postMessage", p -> room.channelId().equals(p.get("channel"))
                && p.getOrDefault("text", "").contains("taken but not acknowledged"));
        Api.run(key, "update taken but not acknowledged").statusCode(200);
        Api.run(key, "update the next one").statusCode(200);

        room.awaitPost("ana: the next one");
        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        List<SlackCall> posted = posts(during, room.channelId(), "taken but not acknowledged");
        assertEquals(1, posted.size(), "posted once: found, not posted again");
        assertEquals(500, posted.get(0).status(), "its answer was lost");
        assertEquals(List.of("ana: taken but not acknowledged", "ana: the next one"), room.texts().stream()
                .filter(t -> t.equals("ana: taken but not acknowledged") || t.equals("ana: the next one")).toList(),
                "each once, in order");
        SlackCall lookup = lookups(during, room.channelId()).get(0);
        assertTrue(List.of("1", "true").contains(lookup.param("include_all_metadata")),
                "asked for metadata: " + lookup.params());
        assertEquals(String.valueOf(SlackPosts.PAGE), lookup.param("limit"));
        SlackMessage kept = slack.messages(room.channelId()).stream()
                .filter(m -> "ana: taken but not acknowledged".equals(m.text())).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(lookup.param("oldest")) < Double.parseDouble(kept.ts),
                "looked from before the first try");
        assertEquals("message", kept.metadataPayload().path("part").asText());
        assertTrue(kept.metadataPayload().path("outbox_id").asText().matches("\\d+"), "tagged with its outbox row");
    }

    @Test
    void aFirstTryNeverLooksAtHistory() {
        int before = slack.calls().size();
        String key = Api.open("First tries only", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        Api.run(key, "update one").statusCode(200);
        Api.run(key, "update two").statusCode(200);
        room.awaitPost("ana: two");
        slack.awaitText(FakeSlack.ANNOUNCEMENTS, "📣 " + key + " update: two");

        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        assertEquals(List.of(), during.stream().filter(c -> c.method().equals("conversations.history")
                && (room.channelId().equals(c.param("channel")) || FakeSlack.ANNOUNCEMENTS.equals(c.param("channel"))))
                .toList());
        List<SlackCall> posted = during.stream().filter(c -> c.method().equals("chat.postMessage")).toList();
        assertTrue(posted.size() >= 4, "the card, two updates and the announcements: " + posted.size());
        posted.forEach(post -> assertEquals(SlackPosts.EVENT_TYPE, post.json("metadata").path("event_type").asText(),
                "every post is tagged: " + post.params()));
    }

    @Test
    void aLookupThatFailsIsTriedAgainAndNeverTakenForNotPosted() {
        String key = Api.open("Failing lookups", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        int before = slack.calls().size();

        slack.loseAnswerNext("chat.postMessage", p -> room.channelId().equals(p.get("channel"))
                && p.getOrDefault("text", "").contains("lookup fails"));
        slack.failNext("conversations.history", p -> room.channelId().equals(p.get("channel")), 503);
        Api.run(key, "update lookup fails at first").statusCode(200);
        Api.run(key, "update after it").statusCode(200);

        room.awaitPost("ana: after it");
        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        assertEquals(List.of(503, 200), lookups(during, room.channelId()).stream().map(SlackCall::status).toList(),
                "the failed lookup was tried again");
        assertEquals(1, posts(during, room.channelId(), "lookup fails").size(), "and the post was not made twice");
        assertEquals(1, room.texts().stream().filter("ana: lookup fails at first"::equals).count());
    }

    @Test
    void aCardWhoseAnswerWasLostIsFoundAndLaterEditsGoToIt() {
        slack.loseAnswerNext("chat.postMessage", p -> p.getOrDefault("text", "").contains("Cards found again")
                && p.getOrDefault("metadata", "").contains("\"card\""));
        String key = Api.open("Cards found again", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        Api.run(key, "update edits the found card").statusCode(200);
        room.awaitCard("the update", r -> r.cardField("Last update").startsWith("edits the found card"));
        List<SlackMessage> cards = slack.messages(room.channelId()).stream()
                .filter(m -> "card".equals(m.metadataPayload().path("part").asText())).toList();
        assertEquals(1, cards.size(), "one card");
        assertEquals(List.of(cards.get(0).ts), slack.pinned(room.channelId()), "the found card is the pinned one");
    }

    @Test
    void aPostmortemWhoseUploadAnswerWasLostIsFoundByItsFileAndNotSharedTwice() {
        String key = Api.open("Lost upload answers", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        int before = slack.calls().size();

        slack.loseAnswerNext("files.completeUploadExternal", p -> room.channelId().equals(p.get("channel_id")));
        Api.run(key, "postmortem").statusCode(200);
        Api.run(key, "update after the upload").statusCode(200);

        room.awaitPost("ana: after the upload");
        List<SlackCall> during = slack.calls().subList(before, slack.calls().size());
        List<SlackCall> shared = during.stream().filter(c -> c.method().equals("files.completeUploadExternal"))
                .toList();
        assertEquals(List.of(500), shared.stream().map(SlackCall::status).toList(),
                "shared once, its answer lost, and not shared again");
        assertEquals(1, lookups(during, room.channelId()).size(), "looked for it before trying again");
        List<SlackMessage> shares = slack.messages(room.channelId()).stream().filter(m -> !m.fileIds().isEmpty())
                .toList();
        assertEquals(1, shares.size(), "one postmortem in the room");
        assertEquals(key + "-postmortem.md", slack.file(shares.get(0).fileIds().get(0)).filename);
        assertEquals(List.of("ana: after the upload"), room.texts().stream()
                .filter(t -> t.equals("ana: after the upload")).toList(), "the room went on after it");
    }

    @Test
    void aSecondExportIsSharedAgainWhenNoAnswerWasLost() {
        String key = Api.open("Two exports", "3", "edge");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);

        Api.run(key, "postmortem").statusCode(200);
        Api.run(key, "postmortem").statusCode(200);

        FakeSlack.await("two postmortems in the room", () -> slack.messages(room.channelId()).stream()
                .filter(m -> !m.fileIds().isEmpty()).count() == 2 ? true : null);
    }

    private static List<SlackCall> posts(List<SlackCall> calls, String channel, String text) {
        return calls.stream().filter(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(text)).toList();
    }

    private static List<SlackCall> lookups(List<SlackCall> calls, String channel) {
        return calls.stream().filter(c -> c.method().equals("conversations.history")
                && channel.equals(c.param("channel"))).toList();
    }
}
