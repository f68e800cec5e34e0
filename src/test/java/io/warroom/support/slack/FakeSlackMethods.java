package io.warroom.support.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.warroom.support.slack.FakeSlackState.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Web API methods the fake answers (conversations.* here), with the shapes and error codes Slack documents. */
final class FakeSlackMethods {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Slack's channel name rule: lowercase letters, digits, hyphens and underscores, up to 80 characters. */
    private static final String CHANNEL_NAME = "[a-z0-9_-]{1,80}";

    private final FakeSlackState state;
    private final FakeSlackMessages messages;

    FakeSlackMethods(FakeSlackState state) {
        this.state = state;
        this.messages = new FakeSlackMessages(state);
    }

    String answer(String method, Map<String, String> p) {
        synchronized (state) {
            return switch (method) {
                case "auth.test" -> authTest();
                case "conversations.create" -> create(p);
                case "conversations.setTopic" -> setTopic(p);
                case "conversations.invite" -> invite(p);
                case "conversations.archive" -> archive(p);
                case "conversations.open" -> openIm(p);
                case "conversations.history" -> history(p);
                case "conversations.replies" -> replies(p);
                case "conversations.list" -> list(p);
                default -> messages.answer(method, p);
            };
        }
    }

    private String authTest() {
        return ok().put("url", "https://acme.slack.com/").put("team", "Acme").put("user", "warroom")
                .put("team_id", FakeSlack.TEAM_ID).put("user_id", FakeSlack.BOT_USER_ID)
                .put("bot_id", FakeSlack.BOT_ID).put("is_enterprise_install", false).toString();
    }

    private String create(Map<String, String> p) {
        String name = p.get("name");
        if (name == null || name.isBlank()) {
            return error("invalid_name_required");
        }
        if (!name.matches(CHANNEL_NAME)) {
            return error(name.length() > 80 ? "invalid_name_maxlength" : "invalid_name_specials");
        }
        if (state.channels.values().stream().anyMatch(c -> name.equals(c.name))) {
            return error("name_taken");
        }
        Channel channel = state.addChannel(name, FakeSlack.BOT_USER_ID);
        return ok().set("channel", channel(channel)).toString();
    }

    /** Every channel in one page (no cursor), archived ones only when not excluded. */
    private String list(Map<String, String> p) {
        boolean excludeArchived = "true".equals(p.get("exclude_archived"));
        ArrayNode channels = JSON.createArrayNode();
        state.channels.values().stream().filter(c -> !c.im && !(excludeArchived && c.archived))
                .forEach(c -> channels.add(channel(c)));
        ObjectNode answer = ok().set("channels", channels);
        answer.set("response_metadata", JSON.createObjectNode().put("next_cursor", ""));
        return answer.toString();
    }

    private String setTopic(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (channel.archived) {
            return error("is_archived");
        }
        String topic = p.getOrDefault("topic", "");
        if (topic.length() > 250) {
            return error("too_long");
        }
        channel.topic = topic;
        state.post(channel.id, FakeSlack.BOT_USER_ID, "set the channel topic: " + topic, null, null);
        return ok().set("channel", channel(channel)).toString();
    }

    private String invite(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (channel.archived) {
            return error("is_archived");
        }
        List<String> users = Arrays.stream(p.getOrDefault("users", "").split(",")).map(String::strip)
                .filter(u -> !u.isEmpty()).toList();
        if (users.isEmpty()) {
            return error("no_user");
        }
        for (String user : users) {
            if (user.equals(FakeSlack.BOT_USER_ID)) {
                return error("cant_invite_self");
            }
            if (!state.users.containsKey(user)) {
                return error("user_not_found");
            }
            if (channel.members.contains(user)) {
                return error("already_in_channel");
            }
        }
        synchronized (channel) {
            channel.members.addAll(users);
        }
        return ok().set("channel", channel(channel)).toString();
    }

    private String archive(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (channel.archived) {
            return error("already_archived");
        }
        channel.archived = true;
        return ok().toString();
    }

    private String openIm(Map<String, String> p) {
        String users = p.get("users");
        if (users == null || !state.users.containsKey(users)) {
            return error("user_not_found");
        }
        return ok().set("channel", JSON.createObjectNode().put("id", state.im(users).id)).toString();
    }

    private String history(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        String latest = p.get("latest");
        String oldest = p.get("oldest");
        boolean inclusive = "true".equals(p.get("inclusive")) || "1".equals(p.get("inclusive"));
        boolean metadata = "true".equals(p.get("include_all_metadata")) || "1".equals(p.get("include_all_metadata"));
        int limit = p.containsKey("limit") ? Math.min(999, Integer.parseInt(p.get("limit"))) : 100;
        // The cursor is the number of messages already given, newest first.
        int skip = p.get("cursor") == null || p.get("cursor").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
        List<SlackMessage> all = new ArrayList<>(state.messages(channel.id));
        java.util.Collections.reverse(all);
        List<SlackMessage> inRange = all.stream().filter(m -> within(m.ts, latest, oldest, inclusive)).toList();
        ArrayNode messages = JSON.createArrayNode();
        inRange.stream().skip(skip).limit(limit).forEach(m -> {
            ObjectNode json = withFiles(message(m), m);
            if (metadata && m.metadata != null) {
                try {
                    json.set("metadata", JSON.readTree(m.metadata));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            messages.add(json);
        });
        boolean more = skip + limit < inRange.size();
        ObjectNode answer = ok().put("has_more", more).set("messages", messages);
        answer.set("response_metadata", JSON.createObjectNode().put("next_cursor", more ? "" + (skip + limit) : ""));
        return answer.toString();
    }

    /** Whether a ts is within latest and oldest; Slack compares them as numbers. */
    private static boolean within(String ts, String latest, String oldest, boolean inclusive) {
        BigDecimal at = new BigDecimal(ts);
        if (latest != null) {
            int cmp = at.compareTo(new BigDecimal(latest));
            if (cmp > 0 || (cmp == 0 && !inclusive)) {
                return false;
            }
        }
        if (oldest != null) {
            int cmp = at.compareTo(new BigDecimal(oldest));
            return cmp > 0 || (cmp == 0 && inclusive);
        }
        return true;
    }

    private String replies(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        SlackMessage parent = channel == null ? null : state.find(channel.id, p.get("ts"));
        if (parent == null) {
            return error(channel == null ? "channel_not_found" : "thread_not_found");
        }
        ArrayNode messages = JSON.createArrayNode().add(withFiles(message(parent), parent));
        state.messages(channel.id).stream().filter(m -> parent.ts.equals(m.threadTs))
                .forEach(m -> messages.add(withFiles(message(m), m)));
        return ok().put("has_more", false).set("messages", messages).toString();
    }

    static ObjectNode channel(Channel channel) {
        ObjectNode json = JSON.createObjectNode().put("id", channel.id).put("name", channel.name)
                .put("is_channel", !channel.im).put("is_im", channel.im).put("is_archived", channel.archived)
                .put("creator", channel.creator).put("is_private", false);
        json.set("topic", JSON.createObjectNode().put("value", channel.topic));
        return json;
    }

    /** A message sharing files lists them, as Slack's history does for a file share ("files", with "upload"). */
    private ObjectNode withFiles(ObjectNode json, SlackMessage m) {
        if (m.fileIds.isEmpty()) {
            return json;
        }
        ArrayNode files = json.putArray("files");
        for (String id : m.fileIds) {
            FakeSlackState.UploadedFile file = state.files.get(id);
            files.add(JSON.createObjectNode().put("id", id).put("name", file == null ? null : file.filename)
                    .put("title", file == null ? null : file.title));
        }
        return json.put("upload", true);
    }

    static ObjectNode message(SlackMessage m) {
        ObjectNode json = JSON.createObjectNode().put("type", "message").put("user", m.user).put("ts", m.ts)
                .put("text", m.text == null ? "" : m.text);
        if (m.threadTs != null) {
            json.put("thread_ts", m.threadTs);
        }
        if (m.blocks != null) {
            json.set("blocks", m.blocks());
        }
        return json;
    }

    static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    static String error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error).toString();
    }

    /** A JSON body's top-level members as parameters: strings as they are, the rest as JSON text. */
    static Map<String, String> jsonParams(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            JSON.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        } catch (Exception e) {
            params.put("_unparsable_body", body);
        }
        return params;
    }
}
