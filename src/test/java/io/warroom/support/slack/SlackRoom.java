package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.incident.IncidentKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An incident's channel in the fake Slack, found by its incident key once Warroom created it: the channel, the
 * pinned card and the messages Warroom posted there.
 */
public final class SlackRoom {

    private final FakeSlack slack;
    private final String key;
    private final FakeSlackState.Channel channel;

    private SlackRoom(FakeSlack slack, String key, FakeSlackState.Channel channel) {
        this.slack = slack;
        this.key = key;
        this.channel = channel;
    }

    /** Waits until Warroom created the incident's channel and pinned its card. */
    public static SlackRoom awaitOpened(FakeSlack slack, String key) {
        String prefix = "inc-" + IncidentKey.parse(key).orElseThrow() + "-";
        FakeSlackState.Channel channel = FakeSlack.await("the channel of " + key, () -> slack.channels().stream()
                .filter(c -> c.name != null && (c.name.startsWith(prefix) || c.name.equals(prefix
                        .substring(0, prefix.length() - 1)))).filter(c -> !slack.pinned(c.id).isEmpty())
                .findFirst().orElse(null));
        return new SlackRoom(slack, key, channel);
    }

    public String key() {
        return key;
    }

    public long number() {
        return IncidentKey.parse(key).orElseThrow();
    }

    public String channelId() {
        return channel.id;
    }

    public String name() {
        return channel.name;
    }

    public FakeSlackState.Channel channel() {
        return channel;
    }

    /** The pinned card's ts. */
    public String cardTs() {
        List<String> pinned = slack.pinned(channel.id);
        return pinned.get(0);
    }

    public SlackMessage card() {
        return slack.message(channel.id, cardTs());
    }

    /** The value shown under a field label on the card ("—" when empty). */
    public String cardField(String label) {
        return field(card(), label);
    }

    public SlackMessage awaitCard(String what, Predicate<SlackRoom> matching) {
        FakeSlack.await("the card of " + key + " to show " + what, () -> matching.test(this) ? this : null);
        return card();
    }

    public SlackMessage awaitPost(String text) {
        return slack.awaitText(channel.id, text);
    }

    public List<String> texts() {
        return slack.messages(channel.id).stream().map(SlackMessage::text).toList();
    }

    /** A field's value in a message's blocks: the rest of the section text or field that starts with its label. */
    public static String field(SlackMessage message, String label) {
        String marker = "*" + label + "*\n";
        for (JsonNode block : message.blocks()) {
            if (!"section".equals(block.path("type").asText())) {
                continue;
            }
            List<JsonNode> texts = new ArrayList<>();
            texts.add(block.path("text"));
            block.path("fields").forEach(texts::add);
            for (JsonNode text : texts) {
                String value = text.path("text").asText("");
                if (value.startsWith(marker)) {
                    return value.substring(marker.length()).strip();
                }
            }
        }
        return null;
    }
}
