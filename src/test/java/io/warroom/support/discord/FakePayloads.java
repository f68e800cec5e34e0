package io.warroom.support.discord;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The JSON Discord sends for users, members, the server and messages, shaped as JDA reads them. */
final class FakePayloads {

    private final FakeDiscord discord;
    private final String guildId;
    private final String botRoleId;
    private final FakeUser owner;

    FakePayloads(FakeDiscord discord, String guildId, String botRoleId, FakeUser owner) {
        this.discord = discord;
        this.guildId = guildId;
        this.botRoleId = botRoleId;
        this.owner = owner;
    }

    JsonObject botUser() {
        return user(discord.bot).put("bot", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    JsonObject user(FakeUser user) {
        return new JsonObject().put("id", user.id()).put("username", user.username()).put("global_name",
                user.displayName()).put("discriminator", "0").putNull("avatar").put("bot", user.equals(discord.bot))
                .put("public_flags", 0);
    }

    JsonObject member(FakeUser user, boolean withUser) {
        JsonObject member = new JsonObject().put("roles", user.equals(discord.bot) ? new JsonArray().add(botRoleId)
                : new JsonArray()).putNull("nick").put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).putNull("avatar")
                .put("permissions", Long.toString(user.equals(discord.bot) ? FakeDiscord.BOT_PERMISSIONS
                        : 0x7FFFFFFFFFFFL));
        if (withUser) {
            member.put("user", user.equals(discord.bot) ? botUser() : user(user));
        }
        return member;
    }

    JsonObject guildCreate() {
        JsonObject everyone = role(guildId, "@everyone", 0, 0);
        JsonObject botRole = role(botRoleId, "Warroom", 1, FakeDiscord.BOT_PERMISSIONS).put("managed", true)
                .put("tags", new JsonObject().put("bot_id", discord.bot.id()));
        JsonArray channelList = new JsonArray();
        discord.channels().stream().filter(c -> guildId.equals(c.getString("guild_id"))).forEach(channelList::add);
        return new JsonObject()
                .put("id", guildId).put("name", "Acme").putNull("icon").put("owner_id", owner.id())
                .put("unavailable", false).put("large", false).put("member_count", discord.memberCount())
                .put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("preferred_locale", "en-US")
                .put("features", new JsonArray()).put("verification_level", 0).put("mfa_level", 0)
                .put("premium_tier", 0).put("nsfw_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("afk_timeout", 300).putNull("system_channel_id")
                .put("roles", new JsonArray().add(everyone).add(botRole))
                .put("channels", channelList)
                .put("threads", new JsonArray()).put("emojis", new JsonArray()).put("stickers", new JsonArray())
                .put("voice_states", new JsonArray()).put("presences", new JsonArray())
                .put("stage_instances", new JsonArray()).put("guild_scheduled_events", new JsonArray())
                .put("members", new JsonArray().add(member(discord.bot, true)));
    }

    private static JsonObject role(String id, String name, int position, long permissions) {
        return new JsonObject().put("id", id).put("name", name).put("color", 0).put("hoist", false)
                .put("position", position).put("permissions", Long.toString(permissions)).put("managed", false)
                .put("mentionable", false).put("flags", 0);
    }

    JsonObject message(String channelId, JsonObject author, JsonObject body, List<JsonObject> attachments) {
        JsonObject message = new JsonObject()
                .put("id", Snowflakes.next()).put("channel_id", channelId).put("guild_id", guildId)
                .put("author", author).put("content", body.getString("content", ""))
                .put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("mentions", new JsonArray())
                .put("mention_roles", new JsonArray()).put("pinned", false).put("type", 0)
                .put("flags", body.getInteger("flags", 0))
                .put("embeds", embeds(body.getJsonArray("embeds", new JsonArray())))
                .put("components", FakeCommands.withComponentIds(body.getJsonArray("components", new JsonArray())))
                .put("attachments", new JsonArray(new ArrayList<>(attachments)));
        if (body.containsKey("allowed_mentions")) {
            message.put("allowed_mentions", body.getJsonObject("allowed_mentions"));
        }
        return message;
    }

    static JsonArray embeds(JsonArray embeds) {
        JsonArray typed = new JsonArray();
        for (Object e : embeds) {
            typed.add(((JsonObject) e).copy().put("type", "rich"));
        }
        return typed;
    }
}
