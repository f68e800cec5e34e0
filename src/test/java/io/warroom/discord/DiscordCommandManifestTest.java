package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.warroom.command.Verb;
import io.warroom.i18n.Language;
import io.warroom.incident.Lesson;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import io.warroom.support.discord.FakeDiscord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** bot-manifests/discord-commands.json against the grammar and against what Discord accepts. */
class DiscordCommandManifestTest {

    JsonArray manifest;
    Map<String, JsonObject> subcommands;

    @BeforeEach
    void read() throws Exception {
        manifest = new JsonArray(Files.readString(Path.of("bot-manifests/discord-commands.json")));
        subcommands = new LinkedHashMap<>();
        for (Object o : manifest.getJsonObject(0).getJsonArray("options")) {
            JsonObject option = (JsonObject) o;
            if (option.getInteger("type") == 1) {
                subcommands.put(option.getString("name"), option);
            } else {
                option.getJsonArray("options").forEach(leaf -> subcommands.put(((JsonObject) leaf).getString("name"),
                        (JsonObject) leaf));
            }
        }
    }

    @Test
    void everySubcommandOfTheGrammarIsReachableAndNothingElse() {
        assertEquals(new TreeSet<>(Verb.ids()), new TreeSet<>(subcommands.keySet()),
                "add a subcommand named after each Verb to bot-manifests/discord-commands.json");
    }

    @Test
    void subcommandsActingOnAnIncidentTakeTheIncidentOption() {
        for (Verb verb : Verb.values()) {
            assertEquals(verb.needsIncident(), optionNames(verb.id()).contains(TypedCommand.INCIDENT), verb.id());
        }
    }

    @Test
    void choicesAreTheGrammarsValues() {
        assertEquals(Arrays.stream(Severity.values()).map(s -> Integer.toString(s.level())).toList(),
                choices("open", "severity"));
        assertEquals(choices("open", "severity"), choices("sev", "severity"));
        assertEquals(Arrays.stream(Phase.values()).map(Phase::id).toList(), choices("phase", "phase"));
        assertEquals(choices("phase", "phase"), choices("check", "phase"));
        assertEquals(Arrays.stream(Role.values()).map(Role::id).toList(), choices("role", "role"));
        assertEquals(Arrays.stream(Lesson.Kind.values()).map(k -> k.name().toLowerCase()).toList(),
                choices("learned", "kind"));
        assertEquals(Arrays.stream(Language.values()).map(Language::tag).toList(), choices("postmortem", "language"));
    }

    @Test
    void peopleAreUserOptions() {
        assertEquals(6, option("role", "user").getInteger("type"));
        assertEquals(6, option("action", "owner").getInteger("type"));
    }

    @Test
    void discordWouldAcceptIt() {
        assertEquals(List.of(), FakeDiscord.problemsWith(manifest));
        assertEquals(1, manifest.size(), "one command, /incident");
        assertTrue(manifest.getJsonObject(0).getJsonArray("contexts").contains(0), "usable in servers");
    }

    @Test
    void everyDescriptionAndChoiceCarriesAKoreanLocalization() {
        List<String> missing = new java.util.ArrayList<>();
        localizations(manifest, "", missing);
        assertEquals(List.of(), missing);
        assertEquals("장애를 선언합니다", subcommands.get("open").getJsonObject("description_localizations")
                .getString("ko"));
        assertEquals("메모", option("note", "text").getJsonObject("description_localizations").getString("ko"));
    }

    @Test
    void theCodeRegistersTheManifestItself() throws Exception {
        CommandManifest packaged = CommandManifest.load();
        assertEquals(manifest, new JsonArray(packaged.json()));
        assertEquals("/incident checklist check", packaged.typedAs("incident", "check"));
        assertEquals("/incident status", packaged.typedAs("incident", "status"));
    }

    /** Collects every description or choice without a Korean text of 1-100 characters ("ko" being the only one). */
    private static void localizations(Object node, String path, List<String> missing) {
        if (node instanceof JsonArray array) {
            array.forEach(child -> localizations(child, path, missing));
        } else if (node instanceof JsonObject object) {
            String here = path + "/" + object.getString("name", "");
            for (String field : List.of("description", "name")) {
                boolean localizable = field.equals("description") ? object.containsKey("description")
                        : object.containsKey("value");
                if (!localizable) {
                    continue;
                }
                JsonObject texts = object.getJsonObject(field + "_localizations", new JsonObject());
                String korean = texts.getString("ko", "");
                if (!texts.fieldNames().equals(Set.of("ko")) || korean.isEmpty() || korean.length() > 100) {
                    missing.add(here + " " + field + ": " + texts);
                }
            }
            object.forEach(entry -> localizations(entry.getValue(), here, missing));
        }
    }

    private Set<String> optionNames(String subcommand) {
        return subcommands.get(subcommand).getJsonArray("options", new JsonArray()).stream()
                .map(o -> ((JsonObject) o).getString("name")).collect(Collectors.toSet());
    }

    private JsonObject option(String subcommand, String name) {
        return subcommands.get(subcommand).getJsonArray("options").stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private List<String> choices(String subcommand, String name) {
        return option(subcommand, name).getJsonArray("choices").stream()
                .map(c -> ((JsonObject) c).getValue("value").toString()).toList();
    }
}
