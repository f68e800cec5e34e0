package io.warroom.chat.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.support.FakeHttp;
import io.warroom.support.LogFile;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackState;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackMessage;
import io.warroom.support.slack.SlackPayloads;
import io.warroom.support.slack.SlackRoom;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Slack for the contract: signed requests to /slack/events as people, the fake Web API for what Warroom did. */
final class SlackDriver implements ChatPlatformDriver {

    private static final Map<String, String> EMOJI_NAMES = Map.of("📌", "pushpin", "👍", "thumbsup");
    private static final AtomicLong EVENTS = new AtomicLong();

    private final FakeSlack slack;
    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    private final Person ana = new Person(FakeSlack.ANA, "ana", "<@" + FakeSlack.ANA + ">");
    private final Person bo = new Person(FakeSlack.BO, "bo", "<@" + FakeSlack.BO + ">");
    private final Person cy = new Person(ContractOnCall.SLACK_ID, ContractOnCall.NAME,
            "<@" + ContractOnCall.SLACK_ID + ">");
    private volatile String lastReaction;

    SlackDriver(FakeSlack slack) {
        this.slack = slack;
        slack.addUser(cy.id(), "cy", cy.name());
    }

    @Override
    public String platform() {
        return "slack";
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
        return FakeSlack.GENERAL;
    }

    @Override
    public String announceChannel() {
        return FakeSlack.ANNOUNCEMENTS;
    }

    @Override
    public String linkTo(String channelId) {
        return "<#" + channelId + ">";
    }

    @Override
    public String open(String title, int severity, String service) {
        try (FakeHttp responseUrl = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"))) {
            SignedSlackRequests.Answer answer = signed.command("open " + title + " sev:" + severity + " service:"
                    + service, ana.id(), ana.name(), FakeSlack.GENERAL, responseUrl.url("/hook"));
            assertEquals(200, answer.status(), answer.body());
            return ChatPlatformDriver.openedKey(answer.json().path("text").asText());
        }
    }

    @Override
    public String say(Person who, String channelId, String text) {
        return slack.addMessage(channelId, who.id(), text);
    }

    @Override
    public void react(Person who, String channelId, String messageId, String emoji) {
        String author = slack.message(channelId, messageId).user;
        lastReaction = SlackPayloads.reactionAdded("Ev0CONTRACT" + EVENTS.incrementAndGet(), who.id(),
                EMOJI_NAMES.get(emoji), channelId, messageId, author);
        assertEquals(200, signed.event(lastReaction, null).status());
    }

    @Override
    public void redeliverLastReaction() {
        assertEquals(200, signed.event(lastReaction, 1).status());
    }

    @Override
    public void delete(String channelId, String messageId) {
        slack.deleteMessage(channelId, messageId);
    }

    @Override
    public void failNextPosts(String channelId, int times, int status) {
        for (int i = 0; i < times; i++) {
            slack.failNext("chat.postMessage", p -> channelId.equals(p.get("channel")), status);
        }
    }

    @Override
    public void rateLimitNextPost(String channelId, int retryAfterSeconds) {
        slack.rateLimitNext("chat.postMessage", p -> channelId.equals(p.get("channel")), retryAfterSeconds);
    }

    @Override
    public List<RoomStep> roomSteps() {
        return List.of(RoomStep.CREATE, RoomStep.TOPIC, RoomStep.INVITE, RoomStep.LINK_BACK, RoomStep.CARD,
                RoomStep.PIN);
    }

    @Override
    public void failOnce(RoomStep step, String title) {
        String slug = ChatPlatformDriver.slug(title);
        switch (step) {
            case CREATE -> slack.failNext("conversations.create", p -> p.getOrDefault("name", "").endsWith(slug), 500);
            case TOPIC -> slack.failNext("conversations.setTopic", p -> p.getOrDefault("topic", "").contains(title),
                    500);
            case INVITE -> slack.failNext("conversations.invite", p -> true, 500);
            case LINK_BACK -> slack.failNext("chat.postMessage", p -> p.getOrDefault("text", "")
                    .contains(title + ": follow it in"), 500);
            case CARD -> slack.failNext("chat.postMessage", p -> p.containsKey("blocks")
                    && p.getOrDefault("text", "").contains(title), 500);
            case PIN -> slack.failNext("pins.add", p -> true, 500);
        }
    }

    @Override
    public long serverErrors() {
        return slack.calls().stream().filter(c -> c.status() >= 500).count();
    }

    @Override
    public Room awaitRoom(String key) {
        return new Room(key, SlackRoom.awaitOpened(slack, key).channelId());
    }

    @Override
    public Channel channel(String channelId) {
        FakeSlackState.Channel channel = slack.channel(channelId);
        return new Channel(channel.name, channel.topic);
    }

    @Override
    public List<Message> messages(String channelId) {
        return slack.messages(channelId).stream().map(SlackDriver::message).toList();
    }

    private static Message message(SlackMessage m) {
        JsonNode first = m.blocks().path(0);
        String title = "header".equals(first.path("type").asText()) ? first.path("text").path("text").asText() : "";
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode block : m.blocks()) {
            List<JsonNode> texts = new ArrayList<>();
            texts.add(block.path("text"));
            block.path("fields").forEach(texts::add);
            for (JsonNode text : texts) {
                String value = text.path("text").asText("");
                if ("section".equals(block.path("type").asText()) && value.matches("(?s)\\*[^*\n]+\\*\n.*")) {
                    int end = value.indexOf("*\n", 1);
                    fields.put(value.substring(1, end), value.substring(end + 2).strip());
                }
            }
        }
        return new Message(m.ts, m.text(), title, m.text() + "\n" + m.blockText(), fields, m.buttonLabels());
    }

    @Override
    public List<String> pinned(String channelId) {
        return slack.pinned(channelId);
    }

    @Override
    public int edits(String channelId, String messageId) {
        return Optional.ofNullable(slack.message(channelId, messageId)).map(SlackMessage::edits).orElse(0);
    }

    @Override
    public int callIns(Room room, Person person) {
        if (!slack.channel(room.channelId()).members().contains(person.id())) {
            return 0;
        }
        return slack.calls("conversations.invite", c -> room.channelId().equals(c.param("channel"))
                && List.of(c.param("users").split(",")).contains(person.id())).size();
    }

    @Override
    public List<String> directMessages(Person to) {
        return slack.channels().stream().filter(c -> c.im && c.members().contains(to.id()))
                .flatMap(c -> slack.messages(c.id).stream()).map(SlackMessage::text).toList();
    }

    @Override
    public List<Upload> uploads(Room room) {
        return slack.messages(room.channelId()).stream().filter(m -> !m.fileIds().isEmpty())
                .flatMap(m -> m.fileIds().stream().map(slack::file)
                        .map(f -> new Upload(f.filename, m.text(), f.text()))).toList();
    }

    @Override
    public String closedNotice(String key) {
        return "🗄️ " + key + " is closed; this channel is archived.";
    }

    @Override
    public boolean archived(Room room) {
        return slack.channel(room.channelId()).archived;
    }

    @Override
    public List<Attempt> postAttempts(String channelId) {
        return slack.calls("chat.postMessage").stream().filter(c -> channelId.equals(c.param("channel")))
                .map(c -> new Attempt(c.at(), c.status(), c.param("text"))).toList();
    }

    @Override
    public List<RoomStep> stepsDone(Room room, String title) {
        String channel = room.channelId();
        String name = slack.channel(channel).name;
        List<RoomStep> steps = new ArrayList<>();
        for (SlackCall c : slack.calls()) {
            if (!c.answered()) {
                continue;
            }
            boolean here = channel.equals(c.param("channel"));
            switch (c.method()) {
                case "conversations.create" -> {
                    if (name.equals(c.param("name"))) {
                        steps.add(RoomStep.CREATE);
                    }
                }
                case "conversations.setTopic" -> {
                    if (here) {
                        steps.add(RoomStep.TOPIC);
                    }
                }
                case "conversations.invite" -> {
                    if (here) {
                        steps.add(RoomStep.INVITE);
                    }
                }
                case "chat.postMessage" -> {
                    if (here && c.param("blocks") != null && c.param("text").contains(title)) {
                        steps.add(RoomStep.CARD);
                    } else if (c.param("text") != null && c.param("text").contains("follow it in " + linkTo(channel))) {
                        steps.add(RoomStep.LINK_BACK);
                    }
                }
                case "pins.add" -> {
                    if (here) {
                        steps.add(RoomStep.PIN);
                    }
                }
                default -> {
                }
            }
        }
        return steps;
    }

    @Override
    public String link(String channelId, String messageId) {
        return "https://acme.slack.com/archives/" + channelId + "/p" + messageId.replace(".", "");
    }

    @Override
    public Instant writtenAt(String channelId, String messageId) {
        BigDecimal seconds = new BigDecimal(messageId);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                .longValue());
    }

    @Override
    public int reads(String channelId, String messageId) {
        return slack.calls("conversations.history", c -> channelId.equals(c.param("channel"))).size();
    }

    @Override
    public LogFile log() {
        return slack.log();
    }

    @Override
    public String token() {
        return FakeSlack.TOKEN;
    }

    @Override
    public String connectedLine() {
        return "Slack bot is on as warroom (user " + FakeSlack.BOT_USER_ID;
    }

    @Override
    public void awaitReady() {
        slack.log().awaitLine(connectedLine(), Duration.ofSeconds(20));
    }

    @Override
    public List<String> calls() {
        return slack.calls().stream().map(SlackCall::method).toList();
    }

    @Override
    public String identityCall() {
        return "auth.test";
    }

    @Override
    public List<String> rejectedTokenLine() {
        return List.of("Slack rejected SLACK_BOT_TOKEN", "(invalid_auth): the Slack bot is off.");
    }
}
