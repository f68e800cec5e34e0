package io.warroom.support.slack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The fake workspace: channels, people, messages, pins and files. Methods lock on it. */
public final class FakeSlackState {

    public static final class Channel {
        public final String id;
        public volatile String name;
        public volatile String topic = "";
        public volatile boolean archived;
        public final boolean im;
        public final String creator;
        final Set<String> members = new LinkedHashSet<>();

        Channel(String id, String name, boolean im, String creator) {
            this.id = id;
            this.name = name;
            this.im = im;
            this.creator = creator;
        }

        public synchronized List<String> members() {
            return List.copyOf(members);
        }

        @Override
        public String toString() {
            return "#" + name + " (" + id + ")";
        }
    }

    public record User(String id, String name, String realName) {
    }

    /** A file uploaded with files.getUploadURLExternal, its bytes, and where files.completeUploadExternal shared it. */
    public static final class UploadedFile {
        public final String id;
        public final String filename;
        public final long declaredLength;
        public volatile byte[] content;
        public volatile String title;
        public volatile String channel;
        public volatile String initialComment;
        public volatile boolean completed;

        UploadedFile(String id, String filename, long declaredLength) {
            this.id = id;
            this.filename = filename;
            this.declaredLength = declaredLength;
        }

        public String text() {
            return content == null ? null : new String(content, StandardCharsets.UTF_8);
        }
    }

    private final FakeSlack slack;
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong tsCounter = new AtomicLong();
    final Map<String, Channel> channels = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, List<SlackMessage>> messages = new LinkedHashMap<>();
    final Map<String, List<String>> pins = new LinkedHashMap<>();
    final Map<String, UploadedFile> files = new LinkedHashMap<>();
    final Map<String, String> ims = new LinkedHashMap<>();

    FakeSlackState(FakeSlack slack) {
        this.slack = slack;
        users.put(FakeSlack.BOT_USER_ID, new User(FakeSlack.BOT_USER_ID, "warroom", "Warroom"));
        users.put(FakeSlack.ANA, new User(FakeSlack.ANA, "ana", "Ana Lima"));
        users.put(FakeSlack.BO, new User(FakeSlack.BO, "bo", "Bo Chen"));
        seedChannel(FakeSlack.GENERAL, "general");
        seedChannel(FakeSlack.ANNOUNCEMENTS, "announcements");
        seedChannel(FakeSlack.ALERTS, "alerts");
    }

    private void seedChannel(String id, String name) {
        Channel channel = new Channel(id, name, false, FakeSlack.ANA);
        channel.members.addAll(users.keySet());
        channels.put(id, channel);
    }

    String nextId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    synchronized Channel addChannel(String name, String creator) {
        Channel channel = new Channel(nextId("C"), name, false, creator);
        channel.members.add(creator);
        channels.put(channel.id, channel);
        return channel;
    }

    synchronized Channel im(String userId) {
        String id = ims.computeIfAbsent(userId, u -> {
            Channel channel = new Channel(nextId("D"), null, true, FakeSlack.BOT_USER_ID);
            channel.members.add(u);
            channel.members.add(FakeSlack.BOT_USER_ID);
            channels.put(channel.id, channel);
            return channel.id;
        });
        return channels.get(id);
    }

    /** A channel by id, or by name with or without '#'. */
    synchronized Channel resolve(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        Channel byId = channels.get(idOrName);
        if (byId != null) {
            return byId;
        }
        String name = idOrName.startsWith("#") ? idOrName.substring(1) : idOrName;
        return channels.values().stream().filter(c -> name.equals(c.name)).findFirst().orElse(null);
    }

    synchronized SlackMessage post(String channelId, String user, String text, String blocks, String threadTs) {
        String ts = nextTs();
        SlackMessage message = new SlackMessage(channelId, ts, user, text, blocks, threadTs);
        messages.computeIfAbsent(channelId, c -> new ArrayList<>()).add(message);
        return message;
    }

    synchronized List<SlackMessage> messages(String channelId) {
        return List.copyOf(messages.getOrDefault(channelId, List.of()));
    }

    synchronized void delete(String channelId, String ts) {
        messages.getOrDefault(channelId, new ArrayList<>()).removeIf(m -> m.ts.equals(ts));
        pins.getOrDefault(channelId, new ArrayList<>()).remove(ts);
    }

    synchronized SlackMessage find(String channelId, String ts) {
        return messages.getOrDefault(channelId, List.of()).stream().filter(m -> m.ts.equals(ts)).findFirst()
                .orElse(null);
    }

    synchronized boolean upload(String fileId, byte[] bytes) {
        UploadedFile file = files.get(fileId);
        if (file == null) {
            return false;
        }
        file.content = bytes;
        return true;
    }

    private String nextTs() {
        long seconds = Instant.now().getEpochSecond();
        return seconds + "." + String.format("%06d", tsCounter.incrementAndGet() % 1_000_000);
    }

    String permalink(String channelId, String ts) {
        return "https://acme.slack.com/archives/" + channelId + "/p" + ts.replace(".", "");
    }

    FakeSlack slack() {
        return slack;
    }
}
