package io.warroom.chat.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.chat.contract.ChatPlatformDriver.Attempt;
import io.warroom.chat.contract.ChatPlatformDriver.Message;
import io.warroom.chat.contract.ChatPlatformDriver.Room;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a platform that enforces its documented rate limits, a burst of room posts arrives complete, each once and
 * in order, though the platform held it back; an announce channel that refuses posts delays only the announcements.
 */
public abstract class DocumentedRateLimitsContract {

    private static final int UPDATES = 12;

    protected ChatPlatformDriver chat;

    protected abstract ChatPlatformDriver driver();

    /** Fails unless the platform's posting limit held the burst back, so the order above was kept under it. */
    protected abstract void assertTheLimitWasReached(List<Attempt> posts);

    @BeforeEach
    void ready() {
        chat = driver();
        chat.awaitReady();
    }

    @Test
    void aBurstOfUpdatesArrivesOnceInOrderWithinThePostingLimit() {
        String key = chat.open("Noisy incident", 2, "web");
        Room room = chat.awaitRoom(key);

        chat.failNextPosts(room.channelId(), 3, 503); // the lane holds while the updates queue up behind it
        List<String> sent = IntStream.rangeClosed(1, UPDATES).mapToObj(n -> "step " + n).toList();
        sent.forEach(text -> Api.run(key, "update " + text).statusCode(200));

        List<String> expected = sent.stream().map(text -> "ana: " + text).toList();
        Eventually.present("all " + UPDATES + " updates in " + room.channelId(), () -> updates(room).size()
                >= UPDATES ? true : null, Duration.ofSeconds(60));
        assertEquals(expected, updates(room), "each once, in order");

        assertTheLimitWasReached(chat.postAttempts(room.channelId()));
    }

    @Test
    void anAnnounceChannelRefusingPostsHoldsUpNeitherTheInvitationNorThePage() {
        chat.failNextPosts(chat.announceChannel(), 4, 503); // retried after 1, 2, 4 and 8 s
        String key = chat.open("Announce channel down", 2, ContractOnCall.SERVICE);
        Room room = chat.awaitRoom(key);

        Eventually.present("the on-call called into " + key + " and paged", () -> chat.callIns(room, chat.onCall())
                > 0 && chat.directMessages(chat.onCall()).stream().anyMatch(m -> m.contains(key)) ? true : null,
                Duration.ofSeconds(30));
        assertTrue(chat.postAttempts(chat.announceChannel()).stream().noneMatch(a -> a.status() == 200
                && a.text() != null && a.text().contains(key)), "the announcement is still being retried");
        Eventually.present("the announcement of " + key, () -> chat.postAttempts(chat.announceChannel()).stream()
                .anyMatch(a -> a.status() == 200 && a.text() != null && a.text().contains(key)) ? true : null,
                Duration.ofSeconds(90));
    }

    private List<String> updates(Room room) {
        return chat.messages(room.channelId()).stream().map(Message::text)
                .filter(t -> t != null && t.startsWith("ana: step ")).toList();
    }
}
