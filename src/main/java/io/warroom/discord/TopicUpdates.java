package io.warroom.discord;

import io.warroom.chat.NetworkFailures;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.jboss.logging.Logger;

/**
 * Keeps incident channel topics current without holding up the outbox: Discord allows two topic changes per channel
 * every ten minutes, so changes are sent in the background, and while one waits only the latest topic is kept.
 */
final class TopicUpdates {

    private static final Logger LOG = Logger.getLogger(TopicUpdates.class);

    /** Per channel: the topic wanted next; a key is present while an update is in flight. */
    private final Map<Long, String> wanted = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> inFlight = new ConcurrentHashMap<>();

    void set(TextChannel channel, String topic) {
        String clipped = DiscordText.clip(topic, DiscordText.TOPIC);
        if (clipped.equals(channel.getTopic()) && !inFlight.containsKey(channel.getIdLong())) {
            return;
        }
        wanted.put(channel.getIdLong(), clipped);
        if (inFlight.putIfAbsent(channel.getIdLong(), Boolean.TRUE) == null) {
            send(channel);
        }
    }

    private void send(TextChannel channel) {
        long id = channel.getIdLong();
        String topic = wanted.remove(id);
        if (topic == null || topic.equals(channel.getTopic())) {
            inFlight.remove(id);
            if (wanted.containsKey(id) && inFlight.putIfAbsent(id, Boolean.TRUE) == null) {
                send(channel);
            }
            return;
        }
        try {
            channel.getManager().setTopic(topic).queue(done -> send(channel), error -> {
                LOG.warnf("Topic of #%s not updated: %s", channel.getName(), NetworkFailures.describe(error));
                send(channel);
            });
        } catch (RuntimeException e) {
            inFlight.remove(id);
            LOG.warnf("Topic of #%s not updated: %s", channel.getName(), NetworkFailures.describe(e));
        }
    }
}
