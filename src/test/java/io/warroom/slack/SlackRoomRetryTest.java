package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackRoom;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opening a room is retried when a step fails: the retry continues at the failed step, and every step (topic,
 * invite, link back, card, pin) is done exactly once, in that order.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackRoomRetryTest {

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    CommandExecutor executor;

    @ParameterizedTest(name = "{0} fails once")
    @CsvSource({
        "topic, conversations.setTopic",
        "invite, conversations.invite",
        "link back, chat.postMessage",
        "card, chat.postMessage",
        "pin, pins.add"})
    void aFailedStepIsRetriedAndEveryStepHappensOnce(String step, String method) {
        String title = "Retry when " + step + " fails";
        Predicate<Map<String, String>> call = switch (step) {
            case "topic" -> p -> p.getOrDefault("topic", "").contains(title);
            case "link back" -> p -> p.getOrDefault("text", "").contains(title + ": follow it in");
            case "card" -> p -> p.containsKey("blocks") && p.getOrDefault("text", "").contains(title);
            default -> p -> true;
        };
        long failedBefore = failures(method);
        slack.failNext(method, call, 500);
        Person ana = new Person(Platform.SLACK, FakeSlack.ANA, "Ana Lima");
        Reply opened = executor.execute("open " + title + " sev:2 service:checkout",
                CommandContext.inRoom(ana, Platform.SLACK, FakeSlack.GENERAL));
        String key = opened.text().replaceAll("(?s)^Opened (INC-\\d+):.*", "$1");
        SlackRoom room = SlackRoom.awaitOpened(slack, key);
        String channel = room.channelId();

        assertEquals(1, failures(method) - failedBefore, "the scripted failure happened");
        assertEquals("SEV2 · Detect · IC: — · " + title, room.channel().topic);
        assertEquals(1, answered("conversations.setTopic", c -> channel.equals(c.param("channel"))).size());
        assertTrue(room.channel().members().contains(FakeSlack.ANA), "Ana is invited");
        List<SlackMessage> links = slack.messages(FakeSlack.GENERAL).stream()
                .filter(m -> m.text().contains("follow it in <#" + channel + ">")).toList();
        assertEquals(1, links.size(), "one link back: " + links);
        List<SlackMessage> cards = slack.messages(channel).stream().filter(m -> !m.blocks().isEmpty()).toList();
        assertEquals(1, cards.size(), "one card: " + cards);
        assertEquals(List.of(cards.get(0).ts), slack.pinned(channel));
        assertEquals(1, answered("pins.add", c -> channel.equals(c.param("channel"))).size());

        List<String> order = slack.calls().stream().filter(SlackCall::answered)
                .filter(c -> channel.equals(c.param("channel")) || c.param("text") != null
                        && c.param("text").contains("follow it in <#" + channel + ">"))
                .map(c -> c.method().equals("chat.postMessage")
                        ? (FakeSlack.GENERAL.equals(c.param("channel")) ? "link back" : "card") : c.method())
                .filter(m -> !m.equals("chat.update")).toList();
        assertEquals(List.of("conversations.setTopic", "conversations.invite", "link back", "card", "pins.add"),
                order.subList(0, 5));
    }

    private long failures(String method) {
        return slack.calls(method).stream().filter(c -> c.status() == 500).count();
    }

    private List<SlackCall> answered(String method, Predicate<SlackCall> matching) {
        return slack.calls(method, matching);
    }
}
