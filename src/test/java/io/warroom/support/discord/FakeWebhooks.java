package io.warroom.support.discord;

import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.FakeRest.Answer;
import io.warroom.support.discord.Recorded.Upload;
import java.util.Map;

/**
 * The interaction side of the fake's REST API: the bot's first answer to an interaction (callback) and the edits and
 * follow-ups it sends with the interaction's token afterwards.
 */
final class FakeWebhooks {

    private final FakeDiscord discord;
    private final FakeRest rest;

    FakeWebhooks(FakeDiscord discord, FakeRest rest) {
        this.discord = discord;
        this.rest = rest;
    }

    Answer callback(String token, JsonObject body, Map<String, Upload> files) {
        FakeInteraction interaction;
        synchronized (discord.lock) {
            interaction = discord.interactions.get(token);
        }
        if (interaction == null) {
            return FakeRest.error(404, 10062, "Unknown interaction");
        }
        if (!interaction.callbacks.isEmpty()) {
            return FakeRest.error(400, 40060, "Interaction has already been acknowledged.");
        }
        int type = body.getInteger("type");
        JsonObject data = body.getJsonObject("data", new JsonObject());
        JsonObject resource = new JsonObject().put("type", type);
        synchronized (discord.lock) {
            if (type == 4 || type == FakeInteraction.DEFERRED_REPLY) {
                JsonObject original = discord.payloads.message(interaction.channelId, discord.payloads.botUser(),
                        type == 4 ? data : new JsonObject().put("flags", data.getInteger("flags", 0) | 128),
                        rest.attachments(files));
                original.put("flags", data.getInteger("flags", 0) | (type == 4 ? 0 : 128));
                original.put("application_id", discord.applicationId()).put("webhook_id", discord.applicationId());
                interaction.originalMessageId = original.getString("id");
                discord.responseMessages.put(original.getString("id"), original);
                resource.put("message", original.copy());
            } else if (type == FakeInteraction.UPDATE_MESSAGE) {
                JsonObject source = rest.find(interaction.sourceMessageId);
                if (source != null) {
                    rest.apply(source, data, files);
                    interaction.edits.add(source.copy());
                }
            }
        }
        interaction.callbackNanos.add(System.nanoTime());
        interaction.callbacks.add(body.copy());
        return FakeRest.ok(new JsonObject()
                .put("interaction", new JsonObject().put("id", interaction.id).put("type", 2))
                .put("resource", resource));
    }

    Answer editResponse(String token, String messageId, JsonObject body, Map<String, Upload> files) {
        FakeInteraction interaction;
        synchronized (discord.lock) {
            interaction = discord.interactions.get(token);
        }
        if (interaction == null) {
            return FakeRest.error(404, 10015, "Unknown Webhook");
        }
        boolean original = messageId.equals("@original") || messageId.equals("%40original");
        String target = !original ? messageId : interaction.originalMessageId != null ? interaction.originalMessageId
                : interaction.sourceMessageId;
        synchronized (discord.lock) {
            JsonObject message = rest.find(target);
            if (message == null) {
                return FakeRest.error(404, 10008, "Unknown Message");
            }
            rest.apply(message, body, files);
            message.put("flags", message.getInteger("flags", 0) & ~128);
            interaction.edits.add(message.copy());
            return FakeRest.ok(message.copy());
        }
    }

    Answer followUp(String token, JsonObject body, Map<String, Upload> files) {
        FakeInteraction interaction;
        synchronized (discord.lock) {
            interaction = discord.interactions.get(token);
        }
        if (interaction == null) {
            return FakeRest.error(404, 10015, "Unknown Webhook");
        }
        JsonObject message = discord.payloads.message(interaction.channelId, discord.payloads.botUser(), body,
                rest.attachments(files));
        message.put("webhook_id", discord.applicationId()).put("application_id", discord.applicationId());
        synchronized (discord.lock) {
            discord.responseMessages.put(message.getString("id"), message);
        }
        interaction.followUps.add(message.copy());
        return FakeRest.ok(message.copy());
    }
}
