package io.warroom.chat.contract;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.LogFile;
import io.warroom.support.discord.DiscordRoom;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.Recorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Discord for the contract: the real JDA client against the fake gateway and REST, people acting on the gateway. */
final class DiscordDriver implements ChatPlatformDriver {


    private final FakeDiscord discord;
    private final Map<String, FakeUser> members = new LinkedHashMap<>();
    private final Person ana;
    private final Person bo;
    private final Person cy;
    private volatile String[] lastReaction;

    DiscordDriver(FakeDiscord discord) {
        this.discord = discord;
        ana = person(discord.addMember("Ana"));
        bo = person(discord.addMember("Bo"));
        cy = person(discord.addMember(ContractOnCall.DISCORD_ID, ContractOnCall.NAME));
    }

    private Person person(FakeUser user) {
        members.put(user.id(), user);
        return new Person(user.id(), user.displayName(), user.mention());
    }

    @Override
    public String platform() {
        return "discord";
    }

    @Override
    public Person opener() {
        return ana;
    }

    @Override
    public Person colleague() {
        return bo;
    }

    @Override
    public Person onCall() {
        return cy;
    }

    @Override
    public String generalChannel() {
        return discord.generalChannelId();
    }

    @Override
    public String announceChannel() {
        return discord.announcementsChannelId();
    }

    @Override
    public String linkTo(String channelId) {
        return "<#" + channelId + ">";
    }

    @Override
    public String open(String title, int severity, String service) {
        return ChatPlatformDriver.openedKey(discord.slashCommand(members.get(ana.id()), discord.generalChannelId(),
                "open", "title", title, "severity", String.valueOf(severity), "service", service).awaitAnswerText());
    }

    @Override
    public String say(Person who, String channelId, String text) {
        return discord.postAsUser(members.get(who.id()), channelId, text).getString("id");
    }

    @Override
    public void react(Person who, String channelId, String messageId, String emoji) {
        lastReaction = new String[] {who.id(), channelId, messageId, emoji};
        discord.react(members.get(who.id()), channelId, messageId, emoji);
    }

    @Override
    public void redeliverLastReaction() {
        String[] last = lastReaction;
        discord.react(members.get(last[0]), last[1], last[2], last[3]);
    }

    @Override
    public void delete(String channelId, String messageId) {
        discord.deleteMessage(channelId, messageId);
    }

    @Override
    public void failNextPosts(String channelId, int times, int status) {
        for (int i = 0; i < times; i++) {
            discord.failNext("POST", "channels/" + channelId + "/messages", b -> true, status);
        }
    }

    @Override
    public void rateLimitNextPost(String channelId, int retryAfterSeconds) {
        discord.rateLimit("POST", "channels/" + channelId + "/messages", 1, retryAfterSeconds);
    }

    /** The topic is sent with the channel, so creating it is also setting the topic. */
    @Override
    public List<RoomStep> roomSteps() {
        return List.of(RoomStep.CREATE, RoomStep.INVITE, RoomStep.LINK_BACK, RoomStep.CARD, RoomStep.PIN);
    }

    @Override
    public void failOnce(RoomStep step, String title) {
        String slug = ChatPlatformDriver.slug(title);
        switch (step) {
            case CREATE, TOPIC -> discord.failNext("POST", "guilds/\\d+/channels",
                    b -> b.getString("name", "").endsWith(slug), 500);
            case INVITE -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getString("content", "").contains("you opened"), 500);
            case LINK_BACK -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getString("content", "").contains(title + ": follow it in"), 500);
            case CARD -> discord.failNext("POST", "channels/\\d+/messages",
                    b -> b.getJsonArray("embeds", new JsonArray()).encode().contains(title), 500);
            case PIN -> discord.failNext("PUT", "channels/\\d+/(messages/)?pins/\\d+", b -> true, 500);
        }
    }

    @Override
    public long serverErrors() {
        return discord.requests().stream().filter(r -> r.status() >= 500).count();
    }

    @Override
    public Room awaitRoom(String key) {
        return new Room(key, DiscordRoom.of(discord, key).channelId());
    }

    @Override
    public Channel channel(String channelId) {
        JsonObject channel = discord.channel(channelId).orElseThrow();
        return new Channel(channel.getString("name"), channel.getString("topic"));
    }

    @Override
    public List<Message> messages(String channelId) {
        return discord.messages(channelId).stream().map(DiscordDriver::message).toList();
    }

    private static Message message(JsonObject m) {
        JsonArray embeds = m.getJsonArray("embeds", new JsonArray());
        JsonObject embed = embeds.isEmpty() ? new JsonObject() : embeds.getJsonObject(0);
        Map<String, String> fields = new LinkedHashMap<>();
        embed.getJsonArray("fields", new JsonArray()).forEach(f -> fields.put(((JsonObject) f).getString("name"),
                ((JsonObject) f).getString("value")));
        String shown = Stream.concat(Stream.of(m.getString("content", ""), embed.getString("title", ""),
                embed.getString("description", "")), fields.entrySet().stream().map(f -> f.getKey() + "\n"
                + f.getValue())).filter(s -> !s.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        List<String> buttons = m.getJsonArray("components", new JsonArray()).isEmpty() ? List.of()
                : DiscordRoom.buttons(m);
        return new Message(m.getString("id"), m.getString("content", ""), embed.getString("title", ""), shown, fields,
                buttons);
    }

    @Override
    public List<String> pinned(String channelId) {
        return discord.pinned(channelId);
    }

    @Override
    public int edits(String channelId, String messageId) {
        return (int) discord.requests("PATCH", "channels/" + channelId + "/messages/" + messageId).stream()
                .filter(r -> r.status() < 300).count();
    }

    @Override
    public int callIns(Room room, Person person) {
        return (int) discord.messages(room.channelId()).stream()
                .filter(m -> m.getString("content", "").startsWith(person.mention() + " you ")).count();
    }

    @Override
    public List<String> directMessages(Person to) {
        return discord.channels().stream().filter(c -> c.getInteger("type") == 1)
                .filter(c -> c.getJsonArray("recipients", new JsonArray()).stream()
                        .anyMatch(r -> to.id().equals(((JsonObject) r).getString("id"))))
                .flatMap(c -> discord.messages(c.getString("id")).stream()).map(m -> m.getString("content")).toList();
    }

    @Override
    public List<Upload> uploads(Room room) {
        List<Upload> uploads = new ArrayList<>();
        for (Recorded r : discord.requests("POST", "channels/" + room.channelId() + "/messages")) {
            if (r.status() < 300) {
                r.files().values().forEach(f -> uploads.add(new Upload(f.filename(), r.json().getString("content"),
                        f.text())));
            }
        }
        return uploads;
    }

    @Override
    public String closedNotice(String key) {
        return "🗄️ " + key + " is closed; this channel is archived and read-only.";
    }

    @Override
    public boolean archived(Room room) {
        Optional<JsonObject> archive = discord.channelNamed("Archived incidents");
        return archive.isPresent() && archive.get().getString("id").equals(discord.channel(room.channelId())
                .orElseThrow().getString("parent_id"));
    }

    @Override
    public List<Attempt> postAttempts(String channelId) {
        return discord.requests("POST", "channels/" + channelId + "/messages").stream()
                .map(r -> new Attempt(r.at(), r.status(), r.json().getString("content", ""))).toList();
    }

    @Override
    public List<RoomStep> stepsDone(Room room, String title) {
        String channel = room.channelId();
        String name = discord.channel(channel).orElseThrow().getString("name");
        List<RoomStep> steps = new ArrayList<>();
        for (Recorded r : discord.requests()) {
            if (r.status() >= 300) {
                continue;
            }
            String content = r.json().getString("content", "");
            if (r.is("POST", "guilds/\\d+/channels") && name.equals(r.json().getString("name"))) {
                steps.add(RoomStep.CREATE);
            } else if (r.is("POST", "channels/" + channel + "/messages") && content.contains("you opened")) {
                steps.add(RoomStep.INVITE);
            } else if (r.is("POST", "channels/" + channel + "/messages")
                    && r.json().getJsonArray("embeds", new JsonArray()).encode().contains(title)) {
                steps.add(RoomStep.CARD);
            } else if (r.is("POST", "channels/\\d+/messages") && content.contains("follow it in " + linkTo(channel))) {
                steps.add(RoomStep.LINK_BACK);
            } else if (r.is("PUT", "channels/" + channel + "/(messages/)?pins/\\d+")) {
                steps.add(RoomStep.PIN);
            }
        }
        return steps;
    }

    @Override
    public String link(String channelId, String messageId) {
        return "https://discord.com/channels/" + discord.guildId() + "/" + channelId + "/" + messageId;
    }

    @Override
    public Instant writtenAt(String channelId, String messageId) {
        return Instant.parse(discord.message(messageId).orElseThrow().getString("timestamp"));
    }

    @Override
    public int reads(String channelId, String messageId) {
        return discord.requests("GET", "channels/" + channelId + "/messages/" + messageId).size();
    }

    @Override
    public LogFile log() {
        return discord.log();
    }

    @Override
    public String token() {
        return FakeDiscord.TOKEN;
    }

    @Override
    public String connectedLine() {
        return "Discord bot connected as warroom";
    }

    @Override
    public void awaitReady() {
        discord.awaitBotReady();
    }

    @Override
    public List<String> calls() {
        List<String> calls = new ArrayList<>(discord.requests().stream().map(r -> r.method() + " " + r.path())
                .toList());
        discord.identifies().forEach(identify -> calls.add("gateway IDENTIFY"));
        return calls;
    }

    @Override
    public String identityCall() {
        return "GET users/@me";
    }

    @Override
    public List<String> rejectedTokenLine() {
        return List.of("Discord rejected DISCORD_BOT_TOKEN", "(401 Unauthorized): the Discord bot is off");
    }
}
