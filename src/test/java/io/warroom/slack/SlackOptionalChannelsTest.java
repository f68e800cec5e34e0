package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without SLACK_ANNOUNCE_CHANNEL no notices go anywhere; with SLACK_ARCHIVE_ON_CLOSE=false the room stays open. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, initArgs = {
    @ResourceArg(name = "announce", value = "none"),
    @ResourceArg(name = "archive-on-close", value = "false")})
class SlackOptionalChannelsTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void noticesAreSkippedWithoutAnAnnounceChannelAndClosedRoomsStayOpenWhenArchivingIsOff() {
        String key = Api.open("Quiet incident", "3", "web");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        Api.run(key, "update all good").statusCode(200);
        Api.run(key, "resolve").statusCode(200);
        Api.run(key, "close").statusCode(200);
        room.awaitCard("closed", r -> "closed".equals(r.cardField("Status")));
        room.awaitPost("ana: all good");

        slack.log().awaitLine("No Slack ANNOUNCE channel configured", java.time.Duration.ofSeconds(5));
        assertEquals(List.of(), slack.messages(FakeSlack.ANNOUNCEMENTS));
        assertFalse(room.channel().archived);
        assertEquals(List.of(), slack.calls("conversations.archive"));
        assertFalse(room.texts().stream().anyMatch(t -> t.contains("is closed; this channel is archived")));
    }
}
