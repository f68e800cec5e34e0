package io.warroom.support.discord;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A Discord for tests, on 127.0.0.1 with a random port: the REST API JDA calls and a gateway WebSocket that speaks
 * Discord's handshake, with one server ("Acme") holding #general, #announcements and #alerts. Tests act as people do
 * (type a slash command, click a button, submit a form, react 📌) and read back what the bot sent, exactly as sent.
 *
 * <p>The bot's role has exactly {@link #BOT_PERMISSIONS} and @everyone has none, so JDA's own permission checks
 * prove the invite URL in README asks for enough. Start it with {@link FakeDiscordResource} in a {@code @QuarkusTest}.
 */
public final class FakeDiscord implements AutoCloseable {

    /** A token shaped like Discord's; tests check it never shows up in logs. */
    public static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.GfAkEt.warroom-fake-bot-token-do-not-log";
    /** View Channels, Send Messages, Embed Links, Attach Files, Read Message History, Manage Channels, Manage Roles,
     *  Pin Messages: the permissions README's invite URL asks for. */
    public static final long BOT_PERMISSIONS = 2251800082238480L;
    static final long MESSAGE_CONTENT_INTENT = 1L << 15;
    static final String API = "/api/v10/";

    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;
    private int port;

    final Object lock = new Object();
    private final String guildId = Snowflakes.next();
    private final String applicationId = Snowflakes.next();
        private final String botRoleId = Snowflakes.next();
    final FakeUser bot = new FakeUser(applicationId, "warroom", "Warroom");
    private final FakeUser owner = new FakeUser(Snowflakes.next(), "owner", "Server Owner");
    final Map<String, FakeUser> users = new LinkedHashMap<>();
    final Map<String, JsonObject> channels = new LinkedHashMap<>();
    final Map<String, Map<String, JsonObject>> messages = new LinkedHashMap<>();
    final Map<String, JsonObject> responseMessages = new LinkedHashMap<>();
    final Map<String, List<String>> pins = new LinkedHashMap<>();
    final Map<String, FakeInteraction> interactions = new LinkedHashMap<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    final List<RateLimit> rateLimits = new CopyOnWriteArrayList<>();
    volatile FakeDiscordRateLimits documentedLimits;
    volatile JsonArray commands;
    volatile String commandsPath;
    volatile boolean acceptToken = true;
    volatile boolean allowContentIntent = true;
    volatile io.warroom.support.LogFile logFile;
    private final String generalId;
    private final String announcementsId;
    private final String alertsId;
    final FakeGateway gateway = new FakeGateway(this);
    private final FakeRest rest = new FakeRest(this);
    final FakePayloads payloads;

    record RateLimit(String method, String pathRegex, int[] remaining, double retryAfterSeconds) {
    }

    /** A scripted failure of the next call matching method, path and JSON body. */
    record Failure(String method, String pathRegex, Predicate<JsonObject> body, int status) {
    }

    final List<Failure> failures = new CopyOnWriteArrayList<>();
    /** Until then every REST call is answered 503: Discord's API is down. */
    volatile java.time.Instant downUntil = java.time.Instant.MIN;
    /** Calls that Discord carries out but whose answer never reaches the caller (answered 500 instead). */
    final List<Failure> lostAnswers = new CopyOnWriteArrayList<>();
    /** Message ids by channel and nonce, for create-message calls with enforce_nonce. */
    final Map<String, String> messagesByNonce = new java.util.concurrent.ConcurrentHashMap<>();

    private FakeDiscord() {
        users.put(owner.id(), owner);
        payloads = new FakePayloads(this, guildId, botRoleId, owner);
        generalId = addChannel("general", 0, null);
        announcementsId = addChannel("announcements", 0, null);
        alertsId = addChannel("alerts", 0, null);
    }

    public static FakeDiscord start() {
        FakeDiscord discord = new FakeDiscord();
        discord.listen();
        return discord;
    }

    private void listen() {
        try {
            server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                    .webSocketHandler(ws -> {
                        if (ws.path().startsWith("/gateway")) {
                            gateway.accept(ws);
                        } else {
                            ws.reject();
                        }
                    })
                    .requestHandler(request -> {
                        if (request.path().equals("/_fake/requests")) {
                            FakeDiscordRecording.serve(request, requests);
                        } else {
                            rest.handle(request);
                        }
                    })
                    .listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            port = server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake Discord did not start", e);
        }
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake Discord did not stop", e);
        }
    }

    // ---- Where it is and how Warroom is configured for it -------------------------------------------------------

    public String apiUrl() {
        return "http://127.0.0.1:" + port + API;
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + port + "/gateway";
    }

    /** Warroom's settings for this fake: token, URLs, server, #announcements by name and #alerts by id. */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("discord.bot-token", TOKEN);
        config.put("discord.api-url", apiUrl());
        config.put("discord.gateway-url", gatewayUrl());
        config.put("discord.guild-id", guildId);
        config.put("discord.announce-channel", "#announcements");
        config.put("discord.alert-channel", alertsId);
        config.put("discord.request-timeout", "2s");
        return config;
    }

    /** Warroom's log while it runs against this fake (set by {@link FakeDiscordResource}). */
    public io.warroom.support.LogFile log() {
        return logFile;
    }

    public String guildId() {
        return guildId;
    }

    public String applicationId() {
        return applicationId;
    }

    public FakeUser bot() {
        return bot;
    }

    public String generalChannelId() {
        return generalId;
    }

    public String announcementsChannelId() {
        return announcementsId;
    }

    public String alertsChannelId() {
        return alertsId;
    }

    // ---- Setting the scene ----------------------------------------------------------------------------------------

    /** A person in the server. */
    public FakeUser addMember(String displayName) {
        FakeUser user = new FakeUser(Snowflakes.next(), displayName.toLowerCase().replaceAll("[^a-z0-9]", ""),
                displayName);
        synchronized (lock) {
            users.put(user.id(), user);
        }
        return user;
    }

    /** A person in the server with a known user id, such as one an on-call file or WARROOM_ADMINS names. */
    public FakeUser addMember(String id, String displayName) {
        FakeUser user = new FakeUser(id, displayName.toLowerCase().replaceAll("[^a-z0-9]", ""), displayName);
        synchronized (lock) {
            users.put(user.id(), user);
        }
        return user;
    }

    /** Discord answers the bot's token with 401 from now on (it was reset in the Developer Portal). */
    public void rejectToken() {
        acceptToken = false;
    }

    /** The application is not allowed the Message Content intent (the Developer Portal switch is off). */
    public void refuseContentIntent() {
        allowContentIntent = false;
    }

    /** The next {@code times} calls matching method and path are answered 429 with this retry_after. */
    public void rateLimit(String method, String pathRegex, int times, double retryAfterSeconds) {
        rateLimits.add(new RateLimit(method, pathRegex, new int[] {times}, retryAfterSeconds));
    }

    /** The next call matching method, path and JSON body gets this status (500: JDA hands it on, not retrying). */
    /** From now on calls over Discord's rate limits (global and per-route buckets) are answered 429. */
    public void enforceDocumentedRateLimits() {
        documentedLimits = new FakeDiscordRateLimits();
    }

    /** Where a bench reads {@link #requests()} as JSON. */
    public String recordingUrl() {
        return "http://127.0.0.1:" + port + "/_fake/requests";
    }

    public void failNext(String method, String pathRegex, Predicate<JsonObject> body, int status) {
        failures.add(new Failure(method, pathRegex, body, status));
    }

    /** For this long every REST call is answered 503, as when Discord's API is down; the gateway stays up. */
    public void outage(Duration duration) {
        downUntil = java.time.Instant.now().plus(duration);
    }

    /**
     * The next call matching method and path is carried out, but its answer is lost (the caller sees a 500), as when
     * a connection breaks after Discord accepted a message.
     */
    public void loseAnswerNext(String method, String pathRegex) {
        lostAnswers.add(new Failure(method, pathRegex, body -> true, 500));
    }

    /** Drops the gateway connection as an outage does; the bot is expected to reconnect and resume. */
    public void dropGateway() {
        gateway.drop();
    }

    public void setHeartbeatInterval(Duration interval) {
        gateway.heartbeatInterval = (int) interval.toMillis();
    }

    // ---- Acting as people ---------------------------------------------------------------------------------------

    /**
     * {@code /incident <subcommand> name:value ...} typed by user in a channel. Options are typed the way the
     * registered command declares them; a user option takes a {@link FakeUser}.
     */
    public FakeInteraction slashCommand(FakeUser user, String channelId, String subcommand, Object... nameValues) {
        JsonObject data = FakeCommands.invocation(registeredCommands(), subcommand, nameValues, this);
        return interact(user, channelId, 2, data, null);
    }

    /** A click on a button of a message. */
    public FakeInteraction click(FakeUser user, String channelId, String messageId, String customId) {
        JsonObject message = message(messageId).orElseThrow(() -> new AssertionError("no message " + messageId));
        boolean found = FakeCommands.buttons(message).stream().anyMatch(b -> customId.equals(b.getString("custom_id")));
        if (!found) {
            throw new AssertionError("message " + messageId + " has no button " + customId + ": "
                    + FakeCommands.buttons(message));
        }
        JsonObject data = new JsonObject().put("custom_id", customId).put("component_type", 2);
        return interact(user, channelId, 3, data, message);
    }

    /** A click on the button with this label. */
    public FakeInteraction clickLabelled(FakeUser user, String channelId, String messageId, String label) {
        JsonObject message = message(messageId).orElseThrow(() -> new AssertionError("no message " + messageId));
        String customId = FakeCommands.buttons(message).stream().filter(b -> label.equals(b.getString("label")))
                .map(b -> b.getString("custom_id")).findFirst()
                .orElseThrow(() -> new AssertionError("no button labelled " + label + ": "
                        + FakeCommands.buttons(message)));
        return click(user, channelId, messageId, customId);
    }

    /** Submits the form a button opened, with this text in its (first) text input. */
    public FakeInteraction submitForm(FakeUser user, String channelId, FakeInteraction opened, String text) {
        JsonObject modal = opened.awaitCallback();
        if (modal.getInteger("type") != FakeInteraction.MODAL) {
            throw new AssertionError("the bot answered with " + modal + ", not a form");
        }
        JsonObject form = modal.getJsonObject("data");
        JsonArray components = new JsonArray();
        for (Object top : form.getJsonArray("components")) {
            JsonObject label = (JsonObject) top;
            JsonObject input = label.getJsonObject("component");
            components.add(new JsonObject().put("type", 18).put("id", label.getInteger("id", 1))
                    .put("component", new JsonObject().put("type", 4).put("id", input.getInteger("id", 2))
                            .put("custom_id", input.getString("custom_id")).put("value", text)));
        }
        JsonObject data = new JsonObject().put("custom_id", form.getString("custom_id")).put("components", components);
        return interact(user, channelId, 5, data, null);
    }

    /**
     * {@code /incident <subcommand> …} typed in a channel of another server, one the bot was never configured for
     * (someone added it there, or installed the app for themselves): Discord sends that server's id.
     */
    public FakeInteraction slashCommandInAnotherServer(String otherGuildId, FakeUser user, String subcommand,
            Object... nameValues) {
        JsonObject data = FakeCommands.invocation(registeredCommands(), subcommand, nameValues, this);
        JsonObject channel = new JsonObject().put("id", Snowflakes.next()).put("type", 0).put("name", "general")
                .put("guild_id", otherGuildId).put("position", 0).put("permission_overwrites", new JsonArray())
                .put("nsfw", false).putNull("parent_id").put("flags", 0)
                .put("permissions", Long.toString(BOT_PERMISSIONS));
        return interact(user, channel, otherGuildId, 2, data, null);
    }

    private FakeInteraction interact(FakeUser user, String channelId, int type, JsonObject data, JsonObject message) {
        JsonObject channel = channel(channelId).orElseThrow(() -> new AssertionError("no channel " + channelId));
        return interact(user, channel, guildId, type, data, message);
    }

    private FakeInteraction interact(FakeUser user, JsonObject channel, String guildId, int type, JsonObject data,
            JsonObject message) {
        String channelId = channel.getString("id");
        FakeInteraction interaction = new FakeInteraction(Snowflakes.next(),
                "aW50ZXJhY3Rpb246" + Snowflakes.next() + "FakeInteractionToken", channelId);
        if (message != null) {
            interaction.sourceMessageId = message.getString("id");
        }
        synchronized (lock) {
            interactions.put(interaction.token, interaction);
        }
        JsonObject payload = new JsonObject()
                .put("id", interaction.id).put("application_id", applicationId).put("type", type)
                .put("token", interaction.token).put("version", 1)
                .put("channel_id", channelId).put("channel", channel)
                .put("locale", "en-US").put("app_permissions", Long.toString(BOT_PERMISSIONS))
                .put("entitlements", new JsonArray())
                .put("authorizing_integration_owners", new JsonObject().put("0", guildId))
                .put("attachment_size_limit", 10485760)
                .put("data", data);
        if (channel.getInteger("type") == 1) {
            // A direct message: Discord sends the user, no server and no member.
            payload.put("user", payloads.user(user)).put("context", 1);
        } else {
            payload.put("guild_id", guildId).put("guild_locale", "en-US")
                    .put("guild", new JsonObject().put("id", guildId).put("locale", "en-US")
                            .put("features", new JsonArray()))
                    .put("member", payloads.member(user, true)).put("context", 0);
        }
        if (message != null) {
            payload.put("message", message);
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return interaction;
    }

    FakeUser user(String id) {
        synchronized (lock) {
            FakeUser user = users.get(id);
            if (user == null) {
                throw new AssertionError("no member " + id);
            }
            return user;
        }
    }

    /** A message written by a person. */
    public JsonObject postAsUser(FakeUser user, String channelId, String content) {
        JsonObject message = payloads.message(channelId, payloads.user(user),
                new JsonObject().put("content", content), List.of());
        message.put("member", payloads.member(user, false));
        synchronized (lock) {
            messages.computeIfAbsent(channelId, c -> new LinkedHashMap<>()).put(message.getString("id"), message);
        }
        return message.copy();
    }

    /** Someone deletes a message (a moderator tidying up, say). */
    public void deleteMessage(String channelId, String messageId) {
        synchronized (lock) {
            messages.getOrDefault(channelId, new LinkedHashMap<>()).remove(messageId);
            pins.getOrDefault(channelId, new ArrayList<>()).remove(messageId);
        }
        gateway.dispatch("MESSAGE_DELETE", new JsonObject().put("id", messageId).put("channel_id", channelId)
                .put("guild_id", guildId));
    }

    /** A reaction added to a message, delivered over the gateway as MESSAGE_REACTION_ADD. */
    public void react(FakeUser user, String channelId, String messageId, String emoji) {
        JsonObject message = message(messageId).orElseThrow(() -> new AssertionError("no message " + messageId));
        gateway.dispatch("MESSAGE_REACTION_ADD", new JsonObject()
                .put("type", 0)
                .put("user_id", user.id())
                .put("channel_id", channelId)
                .put("message_id", messageId)
                .put("guild_id", guildId)
                .put("member", payloads.member(user, true))
                .put("emoji", new JsonObject().putNull("id").put("name", emoji))
                .put("message_author_id", message.getJsonObject("author").getString("id"))
                .put("burst", false)
                .put("burst_colors", new JsonArray()));
    }

    // ---- Reading what the bot did -------------------------------------------------------------------------------

    /** Waits until the bot is connected, identified and has registered its commands. */
    public void awaitBotReady() {
        await(Duration.ofSeconds(20), "the bot to connect and register its commands",
                () -> gateway.ready() && commands != null ? Boolean.TRUE : null);
    }

    public List<JsonObject> identifies() {
        return List.copyOf(gateway.identifies);
    }

    public List<JsonObject> resumes() {
        return List.copyOf(gateway.resumes);
    }

    public int connections() {
        return gateway.connections;
    }

    public int heartbeats() {
        return gateway.heartbeats;
    }

    public boolean gatewayReady() {
        return gateway.ready();
    }

    /** The commands the bot registered, as it sent them, and where ({@code applications/…/guilds/…/commands}). */
    public JsonArray registeredCommands() {
        JsonArray registered = commands;
        if (registered == null) {
            throw new AssertionError("the bot registered no commands");
        }
        return registered.copy();
    }

    public String registeredCommandsPath() {
        return commandsPath;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requests(String method, String pathRegex) {
        return requests.stream().filter(r -> r.is(method, pathRegex)).toList();
    }

    public Optional<JsonObject> channelNamed(String name) {
        synchronized (lock) {
            return channels.values().stream().filter(c -> name.equals(c.getString("name"))).findFirst()
                    .map(JsonObject::copy);
        }
    }

    public JsonObject awaitChannelNamed(String name) {
        return await(Duration.ofSeconds(10), "channel #" + name, () -> channelNamed(name).orElse(null));
    }

    /** Every channel of the server, as it is now. */
    public List<JsonObject> channels() {
        synchronized (lock) {
            return channels.values().stream().map(JsonObject::copy).toList();
        }
    }

    public Optional<JsonObject> channel(String id) {
        synchronized (lock) {
            return Optional.ofNullable(channels.get(id)).map(JsonObject::copy);
        }
    }

    /** Messages in a channel, oldest first, as they are now (edits applied). */
    public List<JsonObject> messages(String channelId) {
        synchronized (lock) {
            return messages.getOrDefault(channelId, Map.of()).values().stream().map(JsonObject::copy).toList();
        }
    }

    /** Waits for a message in the channel that matches. */
    public JsonObject awaitMessage(String channelId, String what, Predicate<JsonObject> matching) {
        return await(Duration.ofSeconds(10), what + " in channel " + channelId,
                () -> messages(channelId).stream().filter(matching).findFirst().orElse(null));
    }

    public Optional<JsonObject> message(String messageId) {
        synchronized (lock) {
            for (Map<String, JsonObject> byId : messages.values()) {
                if (byId.containsKey(messageId)) {
                    return Optional.of(byId.get(messageId).copy());
                }
            }
            return Optional.ofNullable(responseMessages.get(messageId)).map(JsonObject::copy);
        }
    }

    public List<String> pinned(String channelId) {
        synchronized (lock) {
            return List.copyOf(pins.getOrDefault(channelId, List.of()));
        }
    }

    /** What Discord would refuse in these command definitions (names, lengths, counts, option order, size). */
    public static List<String> problemsWith(JsonArray commands) {
        return FakeCommands.problems(commands);
    }

    /** Polls until the supplier returns non-null; fails with what was awaited. */
    public static <T> T await(Duration timeout, String what, Supplier<T> probe) {
        return io.warroom.support.Eventually.present(what, probe, timeout);
    }

    // ---- State shared with the REST and gateway sides -------------------------------------------------------------

    String addChannel(String name, int type, String parentId) {
        String id = Snowflakes.next();
        JsonObject channel = new JsonObject().put("id", id).put("type", type).put("guild_id", guildId)
                .put("name", name).put("position", channels.size()).put("nsfw", false)
                .put("permission_overwrites", new JsonArray()).put("rate_limit_per_user", 0)
                .putNull("last_message_id").putNull("topic").put("flags", 0);
        if (parentId == null) {
            channel.putNull("parent_id");
        } else {
            channel.put("parent_id", parentId);
        }
        synchronized (lock) {
            channels.put(id, channel);
        }
        return id;
    }

    int memberCount() {
        synchronized (lock) {
            return users.size() + 1;
        }
    }

    int port() {
        return port;
    }
}
