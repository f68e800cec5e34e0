package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackRoom;
import org.junit.jupiter.api.Test;

/**
 * An instance that died between Slack creating the room's channel and recording it leaves the channel behind; the
 * instance that delivers the opening again uses it, so the incident still has one room. A channel of that name
 * someone else made is left alone.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackLeftoverRoomTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void theChannelAnInterruptedOpeningCreatedIsTheRoom() {
        long next = nextNumber();
        String leftover = slack.addBotChannel("inc-" + next + "-checkout-fails");
        String key = Api.open("Checkout fails", "3", "checkout");
        assertEquals("INC-" + next, key);
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertEquals(leftover, room.channelId(), "the leftover channel is the room");
        assertEquals(1, slack.channels().stream()
                .filter(c -> c.name != null && c.name.startsWith("inc-" + next + "-")).count(), "no second channel");
    }

    @Test
    void aChannelOfTheSameNameSomeoneElseMadeIsNotTaken() {
        long next = nextNumber();
        String theirs = slack.addChannel("inc-" + next + "-search-is-slow");
        String key = Api.open("Search is slow", "3", "search");
        assertEquals("INC-" + next, key);
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        assertNotEquals(theirs, room.channelId());
        assertEquals("inc-" + next + "-search-is-slow-2", room.name());
    }

    /** The number the next incident gets: one more than a warm-up incident's. */
    private static long nextNumber() {
        String key = Api.open("Warm-up", "4", "search");
        return Long.parseLong(key.substring(key.indexOf('-') + 1)) + 1;
    }
}
