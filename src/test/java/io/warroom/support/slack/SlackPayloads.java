package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request payloads shaped as Slack's documentation shows them (block_actions, view_submission, event_callback
 * with reaction_added, url_verification), with Acme's ids from {@link FakeSlack}.
 */
public final class SlackPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong(1);

    private SlackPayloads() {
    }

    public static String urlVerification(String challenge) {
        return object().put("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    /** {@code /incident <text>} as Socket Mode carries it: the slash command's fields as a JSON object. */
    public static String slashCommand(String text, String userId, String userName, String channelId,
            String responseUrl) {
        return object().put("token", "gIkuvaNzQIHg97ATvDxqgjtO").put("team_id", FakeSlack.TEAM_ID)
                .put("team_domain", "acme").put("channel_id", channelId)
                .put("channel_name", channelId.equals(FakeSlack.GENERAL) ? "general" : "incident-room")
                .put("user_id", userId).put("user_name", userName).put("command", "/incident").put("text", text)
                .put("api_app_id", "A0WARROOM1").put("is_enterprise_install", "false")
                .put("response_url", responseUrl).put("trigger_id", trigger()).toString();
    }

    /** A click on a button of a message in a channel. */
    public static String blockAction(String userId, String userName, String channelId, String messageTs,
            String actionId, String label, String value, String responseUrl) {
        ObjectNode payload = object().put("type", "block_actions");
        payload.set("user", user(userId, userName));
        payload.put("api_app_id", "A0WARROOM1").put("token", "9s8d9as89d8as9d8as989");
        payload.set("container", object().put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", false));
        payload.put("trigger_id", trigger());
        payload.set("team", object().put("id", FakeSlack.TEAM_ID).put("domain", "acme"));
        payload.putNull("enterprise");
        payload.put("is_enterprise_install", false);
        payload.set("channel", object().put("id", channelId).put("name", "incident-room"));
        payload.set("message", object().put("type", "message").put("user", FakeSlack.BOT_USER_ID)
                .put("ts", messageTs).put("bot_id", FakeSlack.BOT_ID).put("text", "card"));
        payload.set("state", object().set("values", object()));
        payload.put("response_url", responseUrl);
        ObjectNode action = object().put("action_id", actionId).put("block_id", "warroom-actions-0");
        action.set("text", object().put("type", "plain_text").put("text", label).put("emoji", true));
        if (value != null) {
            action.put("value", value);
        }
        action.put("type", "button").put("action_ts", ts());
        ArrayNode actions = JSON.createArrayNode().add(action);
        payload.set("actions", actions);
        return payload.toString();
    }

    /**
     * Submitting a modal Warroom opened: the view as Warroom sent it to views.open (callback_id, private_metadata,
     * blocks), with the state of its inputs as Slack reports them (block_id → action_id → value).
     */
    public static String viewSubmission(String userId, String userName, JsonNode openedView,
            Map<String, JsonNode> values) {
        ObjectNode payload = object().put("type", "view_submission");
        payload.set("team", object().put("id", FakeSlack.TEAM_ID).put("domain", "acme"));
        payload.set("user", user(userId, userName));
        payload.put("api_app_id", "A0WARROOM1").put("token", "9s8d9as89d8as9d8as989").put("trigger_id", trigger());
        ObjectNode view = ((ObjectNode) openedView.deepCopy()).put("id", "V0" + SEQUENCE.incrementAndGet())
                .put("team_id", FakeSlack.TEAM_ID).put("hash", "1712345678.abcdef12")
                .put("app_id", "A0WARROOM1").put("bot_id", FakeSlack.BOT_ID);
        ObjectNode state = object();
        values.forEach((block, value) -> state.set(block, object().set(block, value)));
        view.set("state", object().set("values", state));
        payload.set("view", view);
        payload.set("response_urls", JSON.createArrayNode());
        payload.put("is_enterprise_install", false);
        payload.putNull("enterprise");
        return payload.toString();
    }

    public static JsonNode textInput(String value) {
        ObjectNode input = object().put("type", "plain_text_input");
        return value == null ? input.putNull("value") : input.put("value", value);
    }

    public static JsonNode selected(String value, String label) {
        ObjectNode select = object().put("type", "static_select");
        select.set("selected_option", object().put("value", value).set("text",
                object().put("type", "plain_text").put("text", label).put("emoji", true)));
        return select;
    }

    /** reaction_added in an event_callback envelope with this event_id. */
    public static String reactionAdded(String eventId, String userId, String reaction, String channelId,
            String messageTs, String messageAuthor) {
        ObjectNode event = object().put("type", "reaction_added").put("user", userId).put("reaction", reaction)
                .put("item_user", messageAuthor);
        event.set("item", object().put("type", "message").put("channel", channelId).put("ts", messageTs));
        event.put("event_ts", ts());
        ObjectNode envelope = object().put("token", "XXYYZZ").put("team_id", FakeSlack.TEAM_ID)
                .put("api_app_id", "A0WARROOM1");
        envelope.set("event", event);
        envelope.put("type", "event_callback").put("event_id", eventId)
                .put("event_time", Instant.now().getEpochSecond());
        envelope.set("authorizations", JSON.createArrayNode().add(object().putNull("enterprise_id")
                .put("team_id", FakeSlack.TEAM_ID).put("user_id", FakeSlack.BOT_USER_ID).put("is_bot", true)
                .put("is_enterprise_install", false)));
        envelope.put("is_ext_shared_channel", false).put("event_context", "4-eyJldCI6InJlYWN0aW9uX2FkZGVkIn0");
        return envelope.toString();
    }

    private static ObjectNode user(String id, String name) {
        return object().put("id", id).put("username", name).put("name", name).put("team_id", FakeSlack.TEAM_ID);
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static String trigger() {
        return SEQUENCE.incrementAndGet() + ".1000000001.d2f1ac0a3bb4c7ce1d0d96b9b4a54b4f";
    }

    private static String ts() {
        Instant now = Instant.now();
        return now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000);
    }
}
