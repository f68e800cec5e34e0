package io.warroom.chat.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import io.warroom.chat.contract.ChatPlatformDriver.Attempt;
import io.warroom.chat.contract.ChatPlatformDriver.Message;
import io.warroom.chat.contract.ChatPlatformDriver.Person;
import io.warroom.chat.contract.ChatPlatformDriver.Room;
import io.warroom.chat.contract.ChatPlatformDriver.RoomStep;
import io.warroom.chat.contract.ChatPlatformDriver.Upload;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every chat platform does for an incident, written once and run against each platform's fake through the
 * platform's wire and Warroom's REST API. A new platform implements the chat port and a {@link ChatPlatformDriver},
 * and passes this suite. The subclasses run with both platforms configured, as production may, so they share one
 * application start.
 */
public abstract class ChatPlatformContract {

    private static final Duration WAIT = Duration.ofSeconds(45);

    protected ChatPlatformDriver chat;

    /** The platform under test, over its fake. */
    protected abstract ChatPlatformDriver driver();

    @BeforeEach
    void ready() {
        chat = driver();
        chat.awaitReady();
    }

    @Test
    void openingAnIncidentFromChatOpensARoomWithTopicPinnedCardTheOpenerAndALinkBack() {
        String key = chat.open("Checkout 5xx spike", 2, "checkout");
        Room room = chat.awaitRoom(key);

        assertEquals("inc-" + number(key) + "-checkout-5xx-spike", chat.channel(room.channelId()).name());
        assertEquals("SEV2 · Detect · IC: — · Checkout 5xx spike", chat.channel(room.channelId()).topic());
        Message card = card(room);
        assertEquals(key + " · SEV2 · Checkout 5xx spike", card.cardTitle());
        assertThat(card.shown(), containsString(
                "▶️ Detect → Triage → Mitigate → RCA → Recover → Postmortem"));
        assertEquals("checkout", card.fields().get("Service"));
        assertEquals(List.of("Acknowledge", "Next phase", "Rollback", "Resolve", "Export postmortem"), card.buttons());
        assertEquals(List.of(card.id()), chat.pinned(room.channelId()), "the card, and only the card, is pinned");
        awaitTrue("the opener called in", () -> chat.callIns(room, chat.opener()) == 1);

        awaitText(chat.generalChannel(), "🚨 " + key + " · SEV2 · Checkout 5xx spike: follow it in "
                + chat.linkTo(room.channelId()));
        awaitText(chat.announceChannel(), "🚨 " + key + " opened: Checkout 5xx spike (SEV2 · checkout)");
        JsonPath incident = incident(key);
        assertEquals(room.channelId(), roomField(incident, "channelId"), "the REST API names the room");
        assertEquals(chat.channel(room.channelId()).name(), roomField(incident, "channelName"));
        assertThat(chat.log().text(), containsString(chat.connectedLine()));
        assertThat(chat.log().text(), not(containsString(chat.token())));
    }

    @Test
    void theCardIsEditedInPlaceOnEveryChangeAndTheTopicFollows() {
        String key = Api.open("Payments 502s", "1", "payments");
        Room room = chat.awaitRoom(key);
        String cardId = card(room).id();

        Api.run(key, "ack").statusCode(200);
        awaitCard(room, "Triage", c -> c.shown().contains("▶️ Triage"));
        Api.run(key, "role commander me").statusCode(200);
        awaitCard(room, "ana as commander", c -> "ana".equals(c.fields().get("Incident commander")));
        Api.run(key, "sev 2").statusCode(200);
        awaitCard(room, "SEV2", c -> c.cardTitle().equals(key + " · SEV2 · Payments 502s"));
        Api.run(key, "next").statusCode(200);
        awaitCard(room, "Mitigate", c -> c.shown().contains("▶️ Mitigate"));

        awaitTrue("the topic to follow", () -> "SEV2 · Mitigate · IC: ana · Payments 502s".equals(
                chat.channel(room.channelId()).topic()));
        assertEquals(List.of(cardId), chat.pinned(room.channelId()), "still the one card");
        assertEquals(cardId, card(room).id());
        assertThat("one edit per change at least", chat.edits(room.channelId(), cardId), greaterThanOrEqualTo(4));
        assertEquals(0, chat.messages(room.channelId()).stream().filter(m -> !m.id().equals(cardId))
                .mapToInt(m -> chat.edits(room.channelId(), m.id())).sum(), "only the card was edited");
        assertEquals(1, cards(room).size(), "no second card was posted");
        awaitText(room.channelId(), "ana: Phase Triage → Mitigate");
    }

    @Test
    void aDeletedCardIsPostedAgainAndPinned() {
        String key = Api.open("Card deleted", "3", "web");
        Room room = chat.awaitRoom(key);
        String deleted = card(room).id();
        chat.delete(room.channelId(), deleted);

        Api.run(key, "sev 1").statusCode(200);
        Message again = await("a new card", () -> cards(room).stream().filter(c -> !c.id().equals(deleted))
                .filter(c -> c.cardTitle().equals(key + " · SEV1 · Card deleted")).findFirst().orElse(null));
        awaitTrue("the new card pinned", () -> chat.pinned(room.channelId()).equals(List.of(again.id())));
    }

    @Test
    void updatesAndTheRecoveryReachTheRoomAndTheAnnounceChannel() {
        String key = Api.open("Login errors", "2", "auth");
        Room room = chat.awaitRoom(key);

        Api.run(key, "update Logins work again for 90% of users").statusCode(200);
        awaitText(room.channelId(), "ana: Logins work again for 90% of users");
        awaitText(chat.announceChannel(), "📣 " + key + " update: Logins work again for 90% of users");
        awaitCard(room, "the update", c -> c.fields().getOrDefault("Last update", "").startsWith("Logins work again"));

        Api.run(key, "resolve Bad config rolled back").statusCode(200);
        awaitText(chat.announceChannel(), "✅ " + key + " recovered: Login errors. Bad config rolled back");
        awaitCard(room, "resolved", c -> "resolved".equals(c.fields().get("Status")));
        assertFalse(card(room).buttons().contains("Resolve"), "a resolved incident offers no Resolve");
    }

    @Test
    void thePostmortemIsUploadedToTheRoomAndClosingArchivesIt() {
        String key = Api.open("Queue backlog", "3", "billing");
        Room room = chat.awaitRoom(key);
        Api.run(key, "resolve drained the queue").statusCode(200);

        Api.run(key, "postmortem").statusCode(200);
        Upload file = await("the postmortem file", () -> chat.uploads(room).stream().findFirst().orElse(null));
        assertEquals(key + "-postmortem.md", file.filename());
        assertEquals("📝 Postmortem of " + key + ", exported by ana", file.comment());
        assertThat(file.text(), startsWith("# " + key + ": Queue backlog\n"));
        assertThat(file.text(), containsString("## Summary\n\ndrained the queue"));

        Api.run(key, "close").statusCode(200);
        awaitText(room.channelId(), chat.closedNotice(key));
        awaitTrue("the room archived", () -> chat.archived(room));
        // Slack refuses edits in an archived channel, so there the card must show the end before the archive.
        awaitCard(room, "closed", c -> "closed".equals(c.fields().get("Status")));
        awaitTrue("the REST API to show the room archived", () -> "true".equals(roomField(incident(key),
                "archived")));
    }

    @Test
    void thePersonOnCallIsInvitedCalledInAndSentADirectMessage() {
        Person cy = chat.onCall();
        String key = Api.open("Paging test", "2", ContractOnCall.SERVICE);
        Room room = chat.awaitRoom(key);

        awaitText(room.channelId(), cy.mention() + " you are needed on " + key + ": Paging test");
        Message page = await("the page in the room", () -> chat.messages(room.channelId()).stream()
                .filter(m -> m.text().startsWith("📟 Paging " + cy.mention() + " (" + cy.name() + "): on call for "
                        + "paging")).findFirst().orElse(null));
        assertEquals(List.of("Acknowledge"), page.buttons());
        assertThat(chat.callIns(room, cy), greaterThanOrEqualTo(1));
        String dm = await("a direct message to " + cy.name(), () -> chat.directMessages(cy).stream()
                .filter(t -> t.contains(key)).findFirst().orElse(null));
        assertThat(dm, startsWith("📟 You are paged for " + key + " · SEV2 · Paging test (service paging), as on call"
                + " for paging"));
        assertThat(dm, containsString("`/incident ack " + key + "`"));
    }

    @Test
    void aMessagePinnedWithAReactionIsOnTheTimelineOnceWithAuthorTextLinkAndTime() {
        String key = chat.open("DB cpu", 3, "db");
        Room room = chat.awaitRoom(key);
        Person ana = chat.opener();
        Person bo = chat.colleague();
        String said = chat.say(ana, room.channelId(), "db cpu at 100% since the 14:02 deploy");
        String other = chat.say(bo, room.channelId(), "restarting the replica");
        // Pinned in a later second than written, so the time recorded shows which of the two it took.
        Instant written = chat.writtenAt(room.channelId(), said);
        awaitTrue("a second to pass", () -> Instant.now().getEpochSecond() > written.getEpochSecond());

        chat.react(bo, room.channelId(), said, "📌");
        chat.redeliverLastReaction();
        awaitPins(key, 1);
        chat.react(ana, room.channelId(), said, "📌");
        chat.react(bo, room.channelId(), other, "👍");
        chat.react(bo, room.channelId(), other, "📌");
        List<JsonPath> pins = awaitPins(key, 2);

        JsonPath pinned = pins.get(0);
        assertEquals("📌 " + ana.name() + ": db cpu at 100% since the 14:02 deploy", pinned.getString("text"));
        assertEquals(bo.name(), pinned.getString("actor.name"), "pinned by Bo");
        assertEquals(bo.id(), pinned.getString("actor.id"));
        assertEquals(chat.platform(), pinned.getString("actor.platform"));
        assertEquals(chat.link(room.channelId(), said), pinned.getString("link"));
        assertEquals(written.getEpochSecond(),
                Instant.parse(pinned.getString("time")).getEpochSecond(), "at the time it was written");
        assertEquals("📌 " + bo.name() + ": restarting the replica", pins.get(1).getString("text"));
        chat.redeliverLastReaction();
        // A last pin after the redelivery: once it is on the timeline, the redelivery before it was handled.
        String last = chat.say(ana, room.channelId(), "one more");
        chat.react(ana, room.channelId(), last, "📌");
        awaitPins(key, 3);
        assertEquals(3, pins(key).size(), "the redelivery, the second pin and the 👍 added nothing");
    }

    @Test
    void pinsOutsideIncidentRoomsAreIgnoredUnread() {
        String key = chat.open("Cache stampede", 3, "cache");
        Room room = chat.awaitRoom(key);
        String elsewhere = chat.say(chat.opener(), chat.generalChannel(), "lunch?");
        chat.react(chat.opener(), chat.generalChannel(), elsewhere, "📌");
        String inRoom = chat.say(chat.opener(), room.channelId(), "cache hit ratio 3%");
        chat.react(chat.opener(), room.channelId(), inRoom, "📌");

        awaitPins(key, 1);
        assertEquals(0, chat.reads(chat.generalChannel(), elsewhere), "the bot did not even read it");
    }

    @Test
    void deliveriesSurviveServerErrorsAndArriveInOrder() {
        String key = Api.open("Flaky platform", "3", "web");
        Room room = chat.awaitRoom(key);
        chat.failNextPosts(room.channelId(), 2, 503);

        for (String n : List.of("one", "two", "three")) {
            Api.run(key, "update step " + n).statusCode(200);
        }
        awaitText(room.channelId(), "ana: step three");
        List<String> updates = chat.messages(room.channelId()).stream().map(Message::text)
                .filter(t -> t.startsWith("ana: step ")).toList();
        assertEquals(List.of("ana: step one", "ana: step two", "ana: step three"), updates, "each once, in order");
        assertEquals(2, chat.postAttempts(room.channelId()).stream().filter(a -> a.status() == 503).count());
    }

    @Test
    void aRateLimitedDeliveryWaitsForRetryAfterAndArrives() {
        String key = Api.open("Rate limited", "3", "web");
        Room room = chat.awaitRoom(key);
        chat.rateLimitNextPost(room.channelId(), 2);

        Api.run(key, "update first").statusCode(200);
        Api.run(key, "update second").statusCode(200);
        awaitText(room.channelId(), "ana: second");
        List<Attempt> attempts = chat.postAttempts(room.channelId()).stream()
                .filter(a -> a.text() != null && a.text().startsWith("ana: ")).toList();
        assertEquals(429, attempts.get(0).status(), attempts.toString());
        Attempt delivered = attempts.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        assertEquals("ana: first", delivered.text(), "the limited post goes first: " + attempts);
        assertThat("Retry-After honoured", Duration.between(attempts.get(0).at(), delivered.at()).toMillis(),
                greaterThanOrEqualTo(1900L));
        assertEquals(List.of("ana: first", "ana: second"), chat.messages(room.channelId()).stream()
                .map(Message::text).filter(t -> t.startsWith("ana: ")).toList());
    }

    @ParameterizedTest(name = "{0} fails once")
    @EnumSource(RoomStep.class)
    void aRoomOpeningRetriedAfterAFailedStepRepeatsNothingAndKeepsTheInvite(RoomStep step) {
        String title = "Retry when " + step.name().toLowerCase().replace('_', ' ') + " fails";
        long failedBefore = chat.serverErrors();
        chat.failOnce(step, title);

        String key = chat.open(title, 2, "checkout");
        Room room = chat.awaitRoom(key);
        awaitText(chat.generalChannel(), "🚨 " + key + " · SEV2 · " + title + ": follow it in "
                + chat.linkTo(room.channelId()));
        awaitTrue("the opener called in", () -> chat.callIns(room, chat.opener()) >= 1);

        assertEquals(1, chat.serverErrors() - failedBefore, "the scripted failure happened");
        assertEquals("SEV2 · Detect · IC: — · " + title, chat.channel(room.channelId()).topic());
        assertEquals(1, chat.callIns(room, chat.opener()), "the opener called in once");
        assertEquals(1, chat.messages(chat.generalChannel()).stream().filter(m -> m.text().contains(
                chat.linkTo(room.channelId()))).count(), "one link back");
        List<Message> cards = cards(room);
        assertEquals(1, cards.size(), "one card: " + cards);
        assertEquals(List.of(cards.get(0).id()), chat.pinned(room.channelId()));
        assertEquals(chat.roomSteps(), chat.stepsDone(room, title), "every step once, in order");
    }

    // ---- Reading -----------------------------------------------------------------------------------------------

    private List<Message> cards(Room room) {
        return chat.messages(room.channelId()).stream().filter(m -> m.isCardOf(room.key())).toList();
    }

    private Message card(Room room) {
        List<String> pinned = chat.pinned(room.channelId());
        return chat.messages(room.channelId()).stream().filter(m -> pinned.contains(m.id()) && m.isCardOf(room.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no pinned card in " + room));
    }

    private void awaitCard(Room room, String what, Predicate<Message> shows) {
        awaitTrue("the card of " + room.key() + " to show " + what, () -> shows.test(card(room)));
    }

    private Message awaitText(String channelId, String text) {
        return await("\"" + text + "\" in " + channelId, () -> chat.messages(channelId).stream()
                .filter(m -> m.text().equals(text)).findFirst().orElse(null));
    }

    private static <T> T await(String what, java.util.function.Supplier<T> found) {
        Object[] seen = new Object[1];
        Eventually.until(what, WAIT, () -> (seen[0] = found.get()) != null);
        @SuppressWarnings("unchecked")
        T value = (T) seen[0];
        return value;
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
        Eventually.until(what, WAIT, condition);
    }

    private static long number(String key) {
        return Long.parseLong(key.substring("INC-".length()));
    }

    private static JsonPath incident(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
    }

    private String roomField(JsonPath incident, String field) {
        return incident.getString("rooms.find { it.platform == '" + chat.platform().toUpperCase() + "' }." + field);
    }

    private static List<JsonPath> pins(String key) {
        JsonPath timeline = Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> entries = timeline.getList("findAll { it.kind == 'pinned' }");
        return entries.stream().map(e -> JsonPath.from(new io.vertx.core.json.JsonObject(e).encode())).toList();
    }

    private static List<JsonPath> awaitPins(String key, int count) {
        awaitTrue(count + " pinned messages on the timeline of " + key, () -> pins(key).size() >= count);
        return pins(key);
    }
}
