package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.File;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import io.warroom.chat.PlatformUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reads messages and people from the Web API for the timeline: one message by channel and ts (a channel message
 * through conversations.history, a thread reply through conversations.replies), its permalink, and names of people
 * (users.info, remembered).
 */
@ApplicationScoped
class SlackMessages {

    private static final Logger LOG = Logger.getLogger(SlackMessages.class);
    private static final Pattern MARKUP = Pattern.compile("<([^<>|]+)(?:\\|([^<>]*))?>");
    private static final int NAMES_KEPT = 2000;

    @Inject
    SlackClient client;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    Optional<Message> find(String channel, String ts) throws PlatformUnavailable {
        Optional<ConversationsHistoryResponse> history = call("conversations.history", () -> client.methods()
                .conversationsHistory(r -> r.channel(channel).latest(ts).inclusive(true).limit(1)));
        Optional<Message> found = history.flatMap(h -> exactly(h.getMessages(), ts));
        if (found.isPresent()) {
            return found;
        }
        // Not in the channel's history: a reply in a thread.
        Optional<ConversationsRepliesResponse> replies = call("conversations.replies", () -> client.methods()
                .conversationsReplies(r -> r.channel(channel).ts(ts).latest(ts).oldest(ts).inclusive(true).limit(1)));
        return replies.flatMap(r -> exactly(r.getMessages(), ts));
    }

    Optional<String> permalink(String channel, String ts) throws PlatformUnavailable {
        Optional<ChatGetPermalinkResponse> link = call("chat.getPermalink", () -> client.methods()
                .chatGetPermalink(r -> r.channel(channel).messageTs(ts)));
        return link.map(ChatGetPermalinkResponse::getPermalink);
    }

    /** The name people see for a user: display name, else real name, else the user name. */
    Optional<String> userName(String userId) throws PlatformUnavailable {
        if (userId == null) {
            return Optional.empty();
        }
        String known = names.get(userId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<User> user = call("users.info", () -> client.methods().usersInfo(r -> r.user(userId)))
                .map(UsersInfoResponse::getUser);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String name = nameOf(user.get());
        if (names.size() >= NAMES_KEPT) {
            names.clear();
        }
        names.put(userId, name);
        return Optional.of(name);
    }

    String author(Message message) throws PlatformUnavailable {
        if (message.getUser() != null) {
            return userName(message.getUser()).orElse(message.getUser());
        }
        if (message.getBotProfile() != null && message.getBotProfile().getName() != null) {
            return message.getBotProfile().getName();
        }
        return message.getUsername() == null ? "a bot" : message.getUsername();
    }

    /** The message as people read it: mentions as names, links as their label and address, files named. */
    String plainText(Message message) throws PlatformUnavailable {
        String raw = message.getText() == null ? "" : message.getText();
        StringBuilder text = new StringBuilder();
        Matcher markup = MARKUP.matcher(raw);
        int at = 0;
        while (markup.find()) {
            text.append(raw, at, markup.start()).append(readable(markup.group(1), markup.group(2)));
            at = markup.end();
        }
        text.append(raw.substring(at));
        String plain = text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
        List<File> files = message.getFiles() == null ? List.of() : message.getFiles();
        if (!files.isEmpty()) {
            plain = (plain + " [attached: " + files.stream().map(f -> f.getName() == null ? f.getTitle() : f.getName())
                    .collect(Collectors.joining(", ")) + "]").strip();
        }
        return plain.isEmpty() ? "(a message without text)" : plain;
    }

    /** A message ts ("1712345678.123456") as the instant it names. */
    static Instant time(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                .longValue());
    }

    private String readable(String target, String label) throws PlatformUnavailable {
        if (target.startsWith("@")) {
            return "@" + (label != null ? label : userName(target.substring(1)).orElse(target.substring(1)));
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            return "@" + (label != null ? label : target.substring(1).replaceFirst("^subteam\\^", ""));
        }
        return label == null || label.equals(target) ? target : label + " (" + target + ")";
    }

    private static Optional<Message> exactly(List<Message> messages, String ts) {
        return messages == null ? Optional.empty() : messages.stream().filter(m -> ts.equals(m.getTs())).findFirst();
    }

    private static String nameOf(User user) {
        User.Profile profile = user.getProfile();
        if (profile != null && profile.getDisplayName() != null && !profile.getDisplayName().isBlank()) {
            return profile.getDisplayName();
        }
        if (profile != null && profile.getRealName() != null && !profile.getRealName().isBlank()) {
            return profile.getRealName();
        }
        return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    }

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /**
     * The answer when it is ok; empty when Slack refused for good (per {@link SlackErrors}, as for the outbox);
     * PlatformUnavailable when it is worth trying again.
     */
    static <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call)
            throws PlatformUnavailable {
        SlackErrors.Failure failure;
        try {
            T response = call.run();
            if (response.isOk()) {
                return Optional.of(response);
            }
            failure = SlackErrors.classify(200, response.getError(), null);
        } catch (SlackApiException e) {
            failure = SlackErrors.of(e);
        } catch (IOException e) {
            failure = SlackErrors.of(e);
        }
        if (failure.temporary()) {
            throw new PlatformUnavailable(method + ": " + failure.reason(), failure.retryAfter());
        }
        LOG.debugf("%s: %s", method, failure.reason());
        return Optional.empty();
    }
}
