package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.slack.api.methods.MethodsClient;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifest people create the app from grants exactly the scopes the code needs (read from the Web API methods
 * the Slack package calls), subscribes to the events Warroom handles, and points every request URL at the one
 * endpoint.
 */
class SlackManifestTest {

    private static final java.nio.file.Path MANIFEST = Paths.get("bot-manifests/slack-app-manifest.yml");
    private static final java.nio.file.Path SOCKET_MANIFEST = Paths.get(
            "bot-manifests/slack-app-manifest-socket-mode.yml");
    private static final java.nio.file.Path SLACK_SOURCES = Paths.get("src/main/java/io/warroom/slack");
    private static final Pattern CALL = Pattern.compile("\\.([a-z][A-Za-z0-9]*)\\(");

    @Test
    void botScopesAreExactlyThoseOfTheWebApiMethodsTheCodeCalls() throws IOException {
        Set<String> called = webApiMethodsCalled();
        JsonNode manifest = manifest();
        Set<String> granted = new TreeSet<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> granted.add(s.asText()));

        assertTrue(called.containsAll(Set.of("views.open", "conversations.history", "users.info",
                "chat.getPermalink")), "the scan finds the inbound calls: " + called);
        assertEquals(SlackScopes.needed(called), granted, "bot scopes in " + MANIFEST + " for calls " + called);
        assertEquals(SlackScopes.all(), granted, "SlackScopes lists no method the code does not call");
        assertTrue(manifest.path("oauth_config").path("scopes").path("user").isMissingNode(), "no user scopes");
    }

    @Test
    void eventsCommandAndInteractivityAllUseTheOneRequestUrl() throws IOException {
        JsonNode manifest = manifest();
        String url = "https://warroom.example.com" + SlackEventsResource.class.getAnnotation(Path.class).value();
        JsonNode command = manifest.path("features").path("slash_commands").get(0);

        assertEquals(SlackRequests.COMMAND, command.path("command").asText());
        assertEquals(url, command.path("url").asText());
        assertTrue(command.path("usage_hint").asText().startsWith("open <title>"), "usage hint");
        assertTrue(command.path("should_escape").asBoolean(), "mentions arrive as <@U…|name>, which the grammar reads");
        assertEquals(url, manifest.path("settings").path("interactivity").path("request_url").asText());
        assertTrue(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean());
        assertEquals(url, manifest.path("settings").path("event_subscriptions").path("request_url").asText());
        Set<String> events = new TreeSet<>();
        manifest.path("settings").path("event_subscriptions").path("bot_events").forEach(e -> events.add(e.asText()));
        assertEquals(new TreeSet<>(SlackScopes.BOT_EVENTS), events);
        assertEquals("Warroom", manifest.path("features").path("bot_user").path("display_name").asText());
        assertTrue(manifest.path("display_information").path("long_description").asText().length() >= 175,
                "Slack wants a long description of at least 175 characters");
    }

    @Test
    void theSocketModeManifestIsTheSameAppWithSocketModeOnAndNoRequestUrl() throws IOException {
        JsonNode http = manifest();
        JsonNode socket = new ObjectMapper(new YAMLFactory()).readTree(SOCKET_MANIFEST.toFile());

        assertTrue(socket.path("settings").path("socket_mode_enabled").asBoolean(), "socket_mode_enabled: true");
        assertFalse(http.path("settings").path("socket_mode_enabled").asBoolean());
        assertFalse(socket.toString().contains("request_url") || socket.toString().contains("\"url\""),
                "no request URL anywhere: " + socket);
        assertEquals(withoutUrls(http), withoutUrls(socket), "same commands, scopes, events and interactivity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"slack-app-manifest", "slack-app-manifest-socket-mode"})
    void eachManifestHasAKoreanVariantThatDiffersOnlyInItsDescriptions(String name) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode english = yaml.readTree(Paths.get("bot-manifests", name + ".yml").toFile());
        JsonNode korean = yaml.readTree(Paths.get("bot-manifests", name + ".ko.yml").toFile());
        JsonNode command = english.path("features").path("slash_commands").get(0);
        JsonNode koreanCommand = korean.path("features").path("slash_commands").get(0);

        for (JsonNode text : List.of(korean.path("display_information").path("description"),
                korean.path("display_information").path("long_description"), koreanCommand.path("description"),
                koreanCommand.path("usage_hint"))) {
            assertTrue(HANGUL.matcher(text.asText()).find(), "in Korean: " + text);
        }
        assertTrue(korean.path("display_information").path("long_description").asText().length() >= 175);
        // Slack cannot localize a slash command: its subcommands and options stay the grammar's words.
        assertEquals(grammarWords(command.path("usage_hint").asText()),
                grammarWords(koreanCommand.path("usage_hint").asText()));
        assertEquals(withoutDescriptions(english), withoutDescriptions(korean));
    }

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    /** The usage hint without its placeholders: "open [sev:1-4] [service:] | status | …". */
    private static String grammarWords(String usageHint) {
        return usageHint.replaceAll("<[^>]*>", "");
    }

    private static JsonNode withoutDescriptions(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        ((ObjectNode) copy.path("display_information")).remove(List.of("description", "long_description"));
        copy.path("features").path("slash_commands").forEach(c -> ((ObjectNode) c).remove(List.of("description",
                "usage_hint")));
        return copy;
    }

    private static JsonNode withoutUrls(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        ((ObjectNode) copy.path("settings")).remove("socket_mode_enabled");
        ((ObjectNode) copy.path("settings").path("event_subscriptions")).remove("request_url");
        ((ObjectNode) copy.path("settings").path("interactivity")).remove("request_url");
        copy.path("features").path("slash_commands").forEach(c -> ((ObjectNode) c).remove("url"));
        return copy;
    }

    private static JsonNode manifest() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(MANIFEST.toFile());
    }

    /** Web API methods named in the Slack package's calls on the SDK's MethodsClient ("chat.postMessage", …). */
    static Set<String> webApiMethodsCalled() throws IOException {
        Set<String> sdkMethods = Arrays.stream(MethodsClient.class.getMethods()).map(Method::getName)
                .filter(n -> !n.startsWith("get") && !n.startsWith("set") && !n.startsWith("run"))
                .collect(Collectors.toSet());
        Set<String> called = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(SLACK_SOURCES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    if (sdkMethods.contains(call.group(1))) {
                        called.addAll(apiNames(call.group(1)));
                    }
                }
            }
        }
        return called;
    }

    private static Set<String> apiNames(String sdkMethod) {
        if (sdkMethod.equals("filesUploadV2")) {
            return Set.of("files.getUploadURLExternal", "files.completeUploadExternal");
        }
        if (sdkMethod.equals("appsConnectionsOpen")) {
            return Set.of("apps.connections.open");
        }
        int split = 0;
        while (split < sdkMethod.length() && !Character.isUpperCase(sdkMethod.charAt(split))) {
            split++;
        }
        return Set.of(sdkMethod.substring(0, split) + "." + Character.toLowerCase(sdkMethod.charAt(split))
                + sdkMethod.substring(split + 1));
    }
}
