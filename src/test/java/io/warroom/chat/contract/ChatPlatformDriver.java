package io.warroom.chat.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.support.LogFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the contract suite needs from one chat platform, implemented over that platform's fake on loopback: act as
 * people do (type {@code /incident}, react, delete a message), make the platform fail, and read back what Warroom
 * did there. Everything goes through the platform's wire; nothing here may touch Warroom's own classes.
 */
public interface ChatPlatformDriver {

    /** How the REST API and the database name the platform ("slack", "discord"). */
    String platform();

    // ---- People and places --------------------------------------------------------------------------------------

    /** Someone in the workspace, as Warroom names them in the posts it writes. */
    record Person(String id, String name, String mention) {
    }

    /** Opens incidents from chat. */
    Person opener();

    /** A second person, who pins what the opener says. */
    Person colleague();

    /** On call for service {@code paging} in {@link ContractOnCall}'s file, with this platform's id. */
    Person onCall();

    String generalChannel();

    String announceChannel();

    /** How a message links to a channel. */
    String linkTo(String channelId);

    // ---- Acting as people ---------------------------------------------------------------------------------------

    /** The opener types {@code /incident open} with title, severity and service in the general channel; the key. */
    String open(String title, int severity, String service);

    /** A person writes in a channel; the message's id. */
    String say(Person who, String channelId, String text);

    /** A person reacts to a message. */
    void react(Person who, String channelId, String messageId, String emoji);

    /** The last reaction reaches Warroom again, as the platform redelivers an event it is not sure arrived. */
    void redeliverLastReaction();

    /** Someone deletes a message. */
    void delete(String channelId, String messageId);

    // ---- Making the platform fail -------------------------------------------------------------------------------

    /** The next posts to the channel are answered with this HTTP status. */
    void failNextPosts(String channelId, int times, int status);

    /** The next post to the channel is answered 429 with this Retry-After. */
    void rateLimitNextPost(String channelId, int retryAfterSeconds);

    /** The steps of opening a room, in the order this platform takes them. */
    List<RoomStep> roomSteps();

    /** The call that does this step of opening the room of an incident with this title fails once with a 500. */
    void failOnce(RoomStep step, String title);

    /** The calls the platform answered with a 5xx so far. */
    long serverErrors();

    // ---- What Warroom did ---------------------------------------------------------------------------------------

    /** An incident's room, once its card is posted and pinned. */
    record Room(String key, String channelId) {
    }

    record Channel(String name, String topic) {
    }

    /**
     * A message as it is now: id, text, card title (empty unless it is a card), everything it shows (text, card,
     * fields), its fields by label and its button labels.
     */
    record Message(String id, String text, String cardTitle, String shown, Map<String, String> fields,
            List<String> buttons) {

        public boolean isCardOf(String key) {
            return cardTitle.startsWith(key + " · ");
        }
    }

    record Upload(String filename, String comment, String text) {
    }

    /** A post to a channel as the platform received it, failed ones included. */
    record Attempt(Instant at, int status, String text) {
    }

    Room awaitRoom(String key);

    Channel channel(String channelId);

    /** Messages in a channel, oldest first, edits applied. */
    List<Message> messages(String channelId);

    List<String> pinned(String channelId);

    /** How often Warroom edited the message. */
    int edits(String channelId, String messageId);

    /** How often the person was brought into the room (invited, or called in by a mention). */
    int callIns(Room room, Person person);

    List<String> directMessages(Person to);

    List<Upload> uploads(Room room);

    /** What Warroom says in the room as it archives it. */
    String closedNotice(String key);

    /** Whatever archived means here: Slack archives the channel, Discord moves it to the archive and locks it. */
    boolean archived(Room room);

    List<Attempt> postAttempts(String channelId);

    /** The steps of opening the room with this title that the platform answered with success, in order. */
    List<RoomStep> stepsDone(Room room, String title);

    String link(String channelId, String messageId);

    Instant writtenAt(String channelId, String messageId);

    /** How often Warroom read this message from the platform. */
    int reads(String channelId, String messageId);

    // ---- Start-up -----------------------------------------------------------------------------------------------

    LogFile log();

    /** The bot's token, which must never reach the log. */
    String token();

    /** The start of the line Warroom logs once it is connected. */
    String connectedLine();

    /** Waits until the bot can take commands. */
    void awaitReady();

    /** Every call Warroom made to the platform, as "METHOD path" or the method's name; gateway sessions included. */
    List<String> calls();

    /** The one call that tells Warroom the token is rejected. */
    String identityCall();

    /** The start of the error line for a rejected token, and what it must say after it. */
    List<String> rejectedTokenLine();

    enum RoomStep {
        CREATE, TOPIC, INVITE, LINK_BACK, CARD, PIN
    }

    /** The incident key in Warroom's answer to {@code /incident open}. */
    static String openedKey(String answer) {
        Matcher opened = Pattern.compile("Opened (INC-\\d+):").matcher(answer);
        assertTrue(opened.find(), "answer to /incident open: " + answer);
        return opened.group(1);
    }

    /** How a title ends the room's channel name. */
    static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
