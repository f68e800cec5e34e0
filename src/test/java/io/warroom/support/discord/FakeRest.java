package io.warroom.support.discord;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.support.discord.Recorded.Upload;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST side of the fake Discord: the routes JDA calls, answered with the JSON Discord answers. */
final class FakeRest {

    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(?:/guilds/(\\d+))?/commands");
    private static final Pattern GUILD_CHANNELS = Pattern.compile("guilds/(\\d+)/channels");
    private static final Pattern CHANNEL = Pattern.compile("channels/(\\d+)");
    private static final Pattern PERMISSION = Pattern.compile("channels/(\\d+)/permissions/(\\d+)");
    private static final Pattern MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern PIN = Pattern.compile("channels/(\\d+)/(?:messages/)?pins/(\\d+)");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE =
            Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/(%40original|@original|\\d+)");

    private final FakeDiscord discord;
    private final FakeWebhooks webhooks;

    FakeRest(FakeDiscord discord) {
        this.discord = discord;
        this.webhooks = new FakeWebhooks(discord, this);
    }

    void handle(HttpServerRequest request) {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            request.setExpectMultipart(true);
            Map<String, Upload> files = new LinkedHashMap<>();
            request.uploadHandler(upload -> {
                Buffer content = Buffer.buffer();
                upload.handler(content::appendBuffer);
                upload.endHandler(v -> files.put(upload.name(), new Upload(upload.filename(), upload.contentType(),
                        content.getBytes())));
            });
            request.endHandler(v -> {
                String payload = request.formAttributes().get("payload_json");
                respond(request, payload == null ? new JsonObject() : new JsonObject(payload), files);
            });
        } else {
            request.bodyHandler(body -> respond(request, body.length() == 0 ? null : body.toJson(), Map.of()));
        }
    }

    private void respond(HttpServerRequest request, Object body, Map<String, Upload> files) {
        String path = request.path().startsWith(FakeDiscord.API) ? request.path().substring(FakeDiscord.API.length())
                : request.path();
        String method = request.method().name();
        Answer answer;
        Map<String, String> limitHeaders = new LinkedHashMap<>();
        if (!FakeDiscord.TOKEN.equals(stripBot(request.getHeader("Authorization"))) || !discord.acceptToken) {
            answer = error(401, 0, "401: Unauthorized");
        } else {
            answer = Instant.now().isBefore(discord.downUntil) ? error(503, 0, "upstream connect error") : null;
            if (answer == null) {
                answer = rateLimited(method, path);
            }
            if (answer == null && discord.documentedLimits != null) {
                answer = discord.documentedLimits.take(method, path, limitHeaders);
            }
            if (answer == null) {
                answer = scriptedFailure(method, path, body);
            }
            if (answer == null) {
                try {
                    answer = route(method, path, body, files);
                } catch (RuntimeException e) {
                    answer = error(500, 0, "fake Discord failed: " + e);
                }
                if (answer.status < 300 && lostAnswer(method, path)) {
                    answer = error(500, 0, "500: the answer was lost");
                }
            }
        }
        discord.requests.add(new Recorded(Instant.now(), method, path, request.query(), body, files, answer.status));
        var response = request.response().setStatusCode(answer.status);
        limitHeaders.forEach(response::putHeader);
        answer.headers.forEach(response::putHeader);
        if (answer.body == null) {
            response.end();
        } else {
            response.putHeader("Content-Type", "application/json").end(answer.body.toString());
        }
    }

    private Answer route(String method, String path, Object body, Map<String, Upload> files) {
        Matcher m;
        JsonObject json = body instanceof JsonObject o ? o : new JsonObject();
        if (method.equals("GET") && path.equals("users/@me")) {
            return ok(discord.payloads.botUser());
        }
        if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            return registerCommands(path, m.group(2), (JsonArray) body);
        }
        if (method.equals("POST") && (m = GUILD_CHANNELS.matcher(path)).matches()) {
            return createChannel(json);
        }
        if (method.equals("PATCH") && (m = CHANNEL.matcher(path)).matches()) {
            return modifyChannel(m.group(1), json);
        }
        if (method.equals("PUT") && (m = PERMISSION.matcher(path)).matches()) {
            return overwrite(m.group(1), m.group(2), json);
        }
        if (method.equals("POST") && (m = MESSAGES.matcher(path)).matches()) {
            return sendMessage(m.group(1), json, files);
        }
        if (method.equals("PATCH") && (m = MESSAGE.matcher(path)).matches()) {
            return editMessage(m.group(2), json, files);
        }
        if (method.equals("GET") && (m = MESSAGE.matcher(path)).matches()) {
            return discord.message(m.group(2)).map(this::asTheBotMaySeeIt).map(FakeRest::ok)
                    .orElse(error(404, 10008, "Unknown Message"));
        }
        if (method.equals("PUT") && (m = PIN.matcher(path)).matches()) {
            return pin(m.group(1), m.group(2));
        }
        if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
            return webhooks.callback(m.group(2), json, files);
        }
        if (method.equals("PATCH") && (m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            return webhooks.editResponse(m.group(2), m.group(3), json, files);
        }
        if (method.equals("POST") && (m = WEBHOOK.matcher(path)).matches()) {
            return webhooks.followUp(m.group(2), json, files);
        }
        if (method.equals("POST") && path.equals("users/@me/channels")) {
            return openDm(json.getString("recipient_id"));
        }
        return error(404, 0, "404: Not Found (" + method + " " + path + ")");
    }

    /** Without the Message Content intent, Discord blanks what other people wrote. */
    private JsonObject asTheBotMaySeeIt(JsonObject message) {
        boolean byTheBot = message.getJsonObject("author").getString("id").equals(discord.bot.id());
        if (discord.allowContentIntent || byTheBot) {
            return message;
        }
        return message.copy().put("content", "").put("embeds", new JsonArray()).put("attachments", new JsonArray())
                .put("components", new JsonArray());
    }

    private Answer registerCommands(String path, String guildId, JsonArray commands) {
        List<String> problems = FakeCommands.problems(commands);
        if (!problems.isEmpty()) {
            return new Answer(400, new JsonObject().put("code", 50035).put("message", "Invalid Form Body")
                    .put("errors", new JsonArray(problems)), Map.of());
        }
        JsonArray registered = new JsonArray();
        for (Object c : commands) {
            JsonObject command = ((JsonObject) c).copy().put("id", Snowflakes.next())
                    .put("application_id", discord.applicationId()).put("version", Snowflakes.next());
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            command.putNull("default_member_permissions");
            registered.add(command);
        }
        discord.commands = registered;
        discord.commandsPath = path;
        return ok(registered);
    }

    private Answer createChannel(JsonObject body) {
        String parent = body.getString("parent_id");
        String id = discord.addChannel(body.getString("name"), body.getInteger("type", 0), parent);
        JsonObject channel;
        synchronized (discord.lock) {
            channel = discord.channels.get(id);
            if (body.getString("topic") != null) {
                channel.put("topic", body.getString("topic"));
            }
            if (body.getJsonArray("permission_overwrites") != null) {
                channel.put("permission_overwrites", body.getJsonArray("permission_overwrites"));
            }
            channel = channel.copy();
        }
        discord.gateway.dispatch("CHANNEL_CREATE", channel);
        return ok(channel);
    }

    private Answer modifyChannel(String channelId, JsonObject body) {
        JsonObject channel;
        synchronized (discord.lock) {
            channel = discord.channels.get(channelId);
            if (channel == null) {
                return error(404, 10003, "Unknown Channel");
            }
            for (String field : List.of("name", "topic", "parent_id", "position", "permission_overwrites")) {
                if (body.containsKey(field)) {
                    channel.put(field, body.getValue(field));
                }
            }
            channel = channel.copy();
        }
        discord.gateway.dispatch("CHANNEL_UPDATE", channel);
        return ok(channel);
    }

    private Answer overwrite(String channelId, String targetId, JsonObject body) {
        JsonObject channel;
        synchronized (discord.lock) {
            channel = discord.channels.get(channelId);
            if (channel == null) {
                return error(404, 10003, "Unknown Channel");
            }
            JsonArray overwrites = new JsonArray();
            for (Object o : channel.getJsonArray("permission_overwrites")) {
                if (!((JsonObject) o).getString("id").equals(targetId)) {
                    overwrites.add(o);
                }
            }
            overwrites.add(new JsonObject().put("id", targetId).put("type", body.getInteger("type", 0))
                    .put("allow", String.valueOf(body.getValue("allow", "0")))
                    .put("deny", String.valueOf(body.getValue("deny", "0"))));
            channel.put("permission_overwrites", overwrites);
            channel = channel.copy();
        }
        discord.gateway.dispatch("CHANNEL_UPDATE", channel);
        return new Answer(204, null, Map.of());
    }

    /**
     * With enforce_nonce, a nonce already used by the bot in the last few minutes returns the message it created
     * instead of creating another (Discord's documented behaviour; the fake keeps nonces for its lifetime).
     */
    private Answer sendMessage(String channelId, JsonObject body, Map<String, Upload> files) {
        String nonce = body.getValue("nonce") == null ? null : body.getValue("nonce").toString();
        boolean enforced = nonce != null && Boolean.TRUE.equals(body.getBoolean("enforce_nonce"));
        synchronized (discord.lock) {
            if (!discord.channels.containsKey(channelId)) {
                return error(404, 10003, "Unknown Channel");
            }
            String earlier = enforced ? discord.messagesByNonce.get(channelId + "/" + nonce) : null;
            if (earlier != null) {
                return ok(discord.messages.get(channelId).get(earlier).copy());
            }
        }
        JsonObject message = discord.payloads.message(channelId, discord.payloads.botUser(), body, attachments(files));
        synchronized (discord.lock) {
            discord.messages.computeIfAbsent(channelId, c -> new LinkedHashMap<>())
                    .put(message.getString("id"), message);
            discord.channels.get(channelId).put("last_message_id", message.getString("id"));
            if (enforced) {
                discord.messagesByNonce.put(channelId + "/" + nonce, message.getString("id"));
            }
        }
        return ok(message.copy());
    }

    private Answer editMessage(String messageId, JsonObject body, Map<String, Upload> files) {
        synchronized (discord.lock) {
            JsonObject message = find(messageId);
            if (message == null) {
                return error(404, 10008, "Unknown Message");
            }
            apply(message, body, files);
            return ok(message.copy());
        }
    }

    private Answer pin(String channelId, String messageId) {
        synchronized (discord.lock) {
            JsonObject message = find(messageId);
            if (message == null || !message.getString("channel_id").equals(channelId)) {
                return error(404, 10008, "Unknown Message");
            }
            message.put("pinned", true);
            List<String> pinned = discord.pins.computeIfAbsent(channelId, c -> new ArrayList<>());
            if (!pinned.contains(messageId)) {
                pinned.add(messageId);
            }
        }
        return new Answer(204, null, Map.of());
    }

    private Answer openDm(String userId) {
        String id = Snowflakes.next();
        JsonObject dm = new JsonObject().put("id", id).put("type", 1).putNull("last_message_id")
                .put("recipients", new JsonArray().add(discord.payloads.user(discord.user(userId))));
        synchronized (discord.lock) {
            discord.channels.put(id, dm);
        }
        return ok(dm.copy());
    }

    JsonObject find(String messageId) {
        if (messageId == null) {
            return null;
        }
        for (Map<String, JsonObject> byId : discord.messages.values()) {
            if (byId.containsKey(messageId)) {
                return byId.get(messageId);
            }
        }
        return discord.responseMessages.get(messageId);
    }

    void apply(JsonObject message, JsonObject body, Map<String, Upload> files) {
        if (body.containsKey("content")) {
            message.put("content", body.getString("content") == null ? "" : body.getString("content"));
        }
        if (body.containsKey("embeds")) {
            message.put("embeds", FakePayloads.embeds(body.getJsonArray("embeds", new JsonArray())));
        }
        if (body.containsKey("components")) {
            message.put("components", FakeCommands.withComponentIds(body.getJsonArray("components", new JsonArray())));
        }
        if (!files.isEmpty()) {
            message.put("attachments", new JsonArray(new ArrayList<>(attachments(files))));
        }
        message.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    }

    List<JsonObject> attachments(Map<String, Upload> files) {
        List<JsonObject> attachments = new ArrayList<>();
        for (Upload upload : files.values()) {
            String id = Snowflakes.next();
            String url = "http://127.0.0.1:" + discord.port() + "/attachments/" + id + "/" + upload.filename();
            attachments.add(new JsonObject().put("id", id).put("filename", upload.filename())
                    .put("size", upload.content().length)
                    .put("url", url).put("proxy_url", url)
                    .put("content_type", upload.contentType()));
        }
        return attachments;
    }

    private Answer rateLimited(String method, String path) {
        for (FakeDiscord.RateLimit limit : discord.rateLimits) {
            if (limit.method().equals(method) && path.matches(limit.pathRegex())) {
                synchronized (limit) {
                    if (limit.remaining()[0] > 0) {
                        limit.remaining()[0]--;
                        double wait = limit.retryAfterSeconds();
                        Map<String, String> headers = new LinkedHashMap<>();
                        headers.put("Retry-After", Long.toString((long) Math.ceil(wait)));
                        headers.put("X-RateLimit-Scope", "user");
                        headers.put("X-RateLimit-Limit", "5");
                        headers.put("X-RateLimit-Remaining", "0");
                        headers.put("X-RateLimit-Reset-After", Double.toString(wait));
                        headers.put("X-RateLimit-Bucket", "fake-" + Integer.toHexString(limit.pathRegex().hashCode()));
                        headers.put("Via", "1.1 google");
                        return new Answer(429, new JsonObject().put("message", "You are being rate limited.")
                                .put("retry_after", wait).put("global", false), headers);
                    }
                }
            }
        }
        return null;
    }

    private boolean lostAnswer(String method, String path) {
        for (FakeDiscord.Failure lost : discord.lostAnswers) {
            if (lost.method().equals(method) && path.matches(lost.pathRegex()) && discord.lostAnswers.remove(lost)) {
                return true;
            }
        }
        return false;
    }

    private Answer scriptedFailure(String method, String path, Object body) {
        JsonObject json = body instanceof JsonObject o ? o : new JsonObject();
        for (FakeDiscord.Failure failure : discord.failures) {
            if (failure.method().equals(method) && path.matches(failure.pathRegex()) && failure.body().test(json)
                    && discord.failures.remove(failure)) {
                return error(failure.status(), 0, failure.status() + ": scripted failure");
            }
        }
        return null;
    }

    private static String stripBot(String authorization) {
        return authorization != null && authorization.startsWith("Bot ") ? authorization.substring(4) : authorization;
    }

    static Answer ok(Object body) {
        return new Answer(200, body, Map.of());
    }

    static Answer error(int status, int code, String message) {
        return new Answer(status, new JsonObject().put("code", code).put("message", message), Map.of());
    }

    record Answer(int status, Object body, Map<String, String> headers) {
    }
}
