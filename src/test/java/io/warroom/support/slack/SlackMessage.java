package io.warroom.support.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** A message in a fake Slack channel, as the bot or a person left it (edits replace text and blocks). */
public final class SlackMessage {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String channel;
    public final String ts;
    public final String user;
    public final String threadTs;
    volatile String text;
    volatile String blocks;
    volatile int edits;
    /** The message metadata posted with it ({@code event_type}, {@code event_payload}), JSON; null when none. */
    volatile String metadata;
    final List<String> fileIds = new ArrayList<>();

    SlackMessage(String channel, String ts, String user, String text, String blocks, String threadTs) {
        this.channel = channel;
        this.ts = ts;
        this.user = user;
        this.text = text;
        this.blocks = blocks;
        this.threadTs = threadTs;
    }

    public String text() {
        return text;
    }

    /** The Block Kit blocks as sent (an empty array when there are none). */
    public ArrayNode blocks() {
        try {
            return blocks == null ? JSON.createArrayNode() : (ArrayNode) JSON.readTree(blocks);
        } catch (Exception e) {
            throw new AssertionError("blocks are not JSON: " + blocks, e);
        }
    }

    /** The metadata's event_payload, or an empty object when it has none. */
    public JsonNode metadataPayload() {
        try {
            return metadata == null ? JSON.createObjectNode() : JSON.readTree(metadata).path("event_payload");
        } catch (Exception e) {
            throw new AssertionError("metadata is not JSON: " + metadata, e);
        }
    }

    /** How many times chat.update changed it. */
    public int edits() {
        return edits;
    }

    public List<String> fileIds() {
        return List.copyOf(fileIds);
    }

    /** Every text in the blocks (header, sections, fields, context), one per line, to look for what people see. */
    public String blockText() {
        StringBuilder all = new StringBuilder();
        collect(blocks(), all);
        return all.toString();
    }

    /** Buttons in the blocks: action_id by label. */
    public List<JsonNode> buttons() {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode block : blocks()) {
            if ("actions".equals(block.path("type").asText())) {
                block.path("elements").forEach(e -> {
                    if ("button".equals(e.path("type").asText())) {
                        buttons.add(e);
                    }
                });
            }
        }
        return buttons;
    }

    public List<String> buttonLabels() {
        return buttons().stream().map(b -> b.path("text").path("text").asText()).toList();
    }

    private static void collect(JsonNode node, StringBuilder all) {
        if (node.isObject()) {
            if (node.has("text") && node.get("text").isTextual()) {
                all.append(node.get("text").asText()).append('\n');
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("text") || !e.getValue().isTextual()) {
                    collect(e.getValue(), all);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, all));
        }
    }

    @Override
    public String toString() {
        return "[" + channel + " " + ts + " " + user + "] " + text;
    }
}
