package io.warroom.support.slack;

import static io.warroom.support.slack.FakeSlackMethods.JSON;
import static io.warroom.support.slack.FakeSlackMethods.error;
import static io.warroom.support.slack.FakeSlackMethods.message;
import static io.warroom.support.slack.FakeSlackMethods.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.warroom.support.slack.FakeSlackState.Channel;
import io.warroom.support.slack.FakeSlackState.UploadedFile;
import io.warroom.support.slack.FakeSlackState.User;
import java.util.List;
import java.util.Map;

/** chat.*, pins.add, users.info, views.* and the files upload methods of the fake, as Slack documents them. */
final class FakeSlackMessages {

    private final FakeSlackState state;

    FakeSlackMessages(FakeSlackState state) {
        this.state = state;
    }

    String answer(String method, Map<String, String> p) {
        return switch (method) {
            case "chat.postMessage" -> postMessage(p);
            case "chat.postEphemeral" -> postEphemeral(p);
            case "chat.update" -> update(p);
            case "chat.getPermalink" -> permalink(p);
            case "pins.add" -> pin(p);
            case "users.info" -> userInfo(p);
            case "views.open", "views.update", "views.push" -> view(p);
            case "files.getUploadURLExternal" -> uploadUrl(p);
            case "files.completeUploadExternal" -> completeUpload(p);
            default -> error("unknown_method");
        };
    }

    private String postMessage(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null && state.users.containsKey(p.get("channel"))) {
            channel = state.im(p.get("channel"));
        }
        if (channel == null) {
            return error("channel_not_found");
        }
        if (channel.archived) {
            return error("is_archived");
        }
        String text = p.get("text");
        String blocks = p.get("blocks");
        if ((text == null || text.isBlank()) && (blocks == null || blocks.isBlank())) {
            return error("no_text");
        }
        if (blocks != null && !validBlocks(blocks)) {
            return error("invalid_blocks");
        }
        String metadata = p.get("metadata");
        if (metadata != null && !validMetadata(metadata)) {
            return error("invalid_metadata_format");
        }
        SlackMessage message = state.post(channel.id, FakeSlack.BOT_USER_ID, text, blocks, p.get("thread_ts"));
        message.metadata = metadata;
        return ok().put("channel", channel.id).put("ts", message.ts).set("message", message(message)).toString();
    }

    /** An object with a string event_type and an object event_payload, as chat.postMessage documents it. */
    private static boolean validMetadata(String metadata) {
        try {
            JsonNode json = JSON.readTree(metadata);
            return json.path("event_type").isTextual() && json.path("event_payload").isObject();
        } catch (Exception e) {
            return false;
        }
    }

    private String postEphemeral(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        if (!state.users.containsKey(p.get("user"))) {
            return error("user_not_found");
        }
        return ok().put("message_ts", state.nextId("") + ".000100").toString();
    }

    private String update(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        SlackMessage message = state.find(channel.id, p.get("ts"));
        if (message == null) {
            return error("message_not_found");
        }
        if (!FakeSlack.BOT_USER_ID.equals(message.user)) {
            return error("cant_update_message");
        }
        if (channel.archived) {
            return error("is_archived");
        }
        if (p.get("blocks") != null && !validBlocks(p.get("blocks"))) {
            return error("invalid_blocks");
        }
        message.text = p.getOrDefault("text", message.text);
        message.blocks = p.getOrDefault("blocks", message.blocks);
        message.edits++;
        return ok().put("channel", channel.id).put("ts", message.ts).put("text", message.text).toString();
    }

    private String permalink(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null || state.find(channel.id, p.get("message_ts")) == null) {
            return error(channel == null ? "channel_not_found" : "message_not_found");
        }
        return ok().put("channel", channel.id).put("permalink", state.permalink(channel.id, p.get("message_ts")))
                .toString();
    }

    private String pin(Map<String, String> p) {
        Channel channel = state.resolve(p.get("channel"));
        if (channel == null) {
            return error("channel_not_found");
        }
        String ts = p.get("timestamp");
        if (state.find(channel.id, ts) == null) {
            return error("message_not_found");
        }
        List<String> pinned = state.pins.computeIfAbsent(channel.id, c -> new java.util.concurrent
                .CopyOnWriteArrayList<>());
        if (pinned.contains(ts)) {
            return error("already_pinned");
        }
        pinned.add(ts);
        return ok().toString();
    }

    private String userInfo(Map<String, String> p) {
        User user = state.users.get(p.get("user"));
        if (user == null) {
            return error("user_not_found");
        }
        ObjectNode profile = JSON.createObjectNode().put("real_name", user.realName())
                .put("display_name", user.name()).put("real_name_normalized", user.realName());
        ObjectNode json = JSON.createObjectNode().put("id", user.id()).put("team_id", FakeSlack.TEAM_ID)
                .put("name", user.name()).put("real_name", user.realName()).put("tz", "Europe/Lisbon")
                .put("is_bot", user.id().equals(FakeSlack.BOT_USER_ID));
        json.set("profile", profile);
        return ok().set("user", json).toString();
    }

    private String view(Map<String, String> p) {
        String view = p.get("view");
        if (view == null) {
            return error("invalid_arguments");
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(view);
        } catch (Exception e) {
            return error("invalid_arguments");
        }
        ObjectNode answer = parsed.deepCopy();
        answer.put("id", p.getOrDefault("view_id", state.nextId("V"))).put("team_id", FakeSlack.TEAM_ID)
                .put("hash", state.nextId("h"));
        return ok().set("view", answer).toString();
    }

    private String uploadUrl(Map<String, String> p) {
        String filename = p.get("filename");
        String length = p.get("length");
        if (filename == null || length == null) {
            return error("invalid_arguments");
        }
        UploadedFile file = new UploadedFile(state.nextId("F"), filename, Long.parseLong(length));
        state.files.put(file.id, file);
        return ok().put("upload_url", state.slack().uploadUrl(file.id)).put("file_id", file.id).toString();
    }

    private String completeUpload(Map<String, String> p) {
        JsonNode files;
        try {
            files = JSON.readTree(p.getOrDefault("files", "[]"));
        } catch (Exception e) {
            return error("invalid_arguments");
        }
        ArrayNode answered = JSON.createArrayNode();
        String channelId = p.get("channel_id");
        Channel channel = channelId == null ? null : state.resolve(channelId);
        if (channelId != null && channel == null) {
            return error("channel_not_found");
        }
        SlackMessage share = null;
        for (JsonNode f : files) {
            UploadedFile file = state.files.get(f.path("id").asText());
            if (file == null || file.content == null) {
                return error("file_not_found");
            }
            if (file.content.length != file.declaredLength) {
                return error("file_upload_size_mismatch");
            }
            file.title = f.path("title").asText(file.filename);
            file.completed = true;
            if (channel != null) {
                file.channel = channel.id;
                file.initialComment = p.get("initial_comment");
                if (share == null) {
                    share = state.post(channel.id, FakeSlack.BOT_USER_ID, p.getOrDefault("initial_comment", ""),
                            null, p.get("thread_ts"));
                }
                share.fileIds.add(file.id);
            }
            answered.add(JSON.createObjectNode().put("id", file.id).put("name", file.filename)
                    .put("title", file.title));
        }
        return ok().set("files", answered).toString();
    }

    private static boolean validBlocks(String blocks) {
        try {
            JsonNode parsed = JSON.readTree(blocks);
            if (!parsed.isArray() || parsed.size() > 50) {
                return false;
            }
            for (JsonNode block : parsed) {
                if (!block.hasNonNull("type")) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
