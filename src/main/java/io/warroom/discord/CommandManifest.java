package io.warroom.discord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The application commands of bot-manifests/discord-commands.json, registered as they are. A subcommand's name is the
 * grammar's subcommand (Verb id); groups only fold subcommands together because Discord allows 25 per level.
 */
public final class CommandManifest {

    /** Where the build copies bot-manifests/discord-commands.json. */
    public static final String RESOURCE = "warroom-manifests/discord-commands.json";

    private final String json;
    private final Map<String, String> groupOfSubcommand;

    private CommandManifest(String json) {
        this.json = json;
        this.groupOfSubcommand = groups(DataArray.fromJson(json));
    }

    public static CommandManifest load() {
        try (InputStream in = CommandManifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new CommandManifest(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static CommandManifest of(String json) {
        return new CommandManifest(json);
    }

    public String json() {
        return json;
    }

    /** The commands as JDA registers them. */
    public List<CommandData> commands() {
        DataArray array = DataArray.fromJson(json);
        List<CommandData> commands = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            commands.add(CommandData.fromData(array.getObject(i)));
        }
        return commands;
    }

    /** Every subcommand, each with its group (null at the top level). */
    public Map<String, String> subcommands() {
        return Collections.unmodifiableMap(groupOfSubcommand);
    }

    /** How a subcommand is typed on Discord: {@code /incident checklist check} for {@code check}. */
    public String typedAs(String command, String subcommand) {
        String group = groupOfSubcommand.get(subcommand);
        return "/" + command + " " + (group == null ? "" : group + " ") + subcommand;
    }

    private static Map<String, String> groups(DataArray commands) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (int i = 0; i < commands.length(); i++) {
            DataArray options = commands.getObject(i).optArray("options").orElseGet(DataArray::empty);
            for (int j = 0; j < options.length(); j++) {
                DataObject option = options.getObject(j);
                if (option.getInt("type") == 1) {
                    groups.put(option.getString("name"), null);
                } else if (option.getInt("type") == 2) {
                    DataArray leaves = option.optArray("options").orElseGet(DataArray::empty);
                    for (int k = 0; k < leaves.length(); k++) {
                        groups.put(leaves.getObject(k).getString("name"), option.getString("name"));
                    }
                }
            }
        }
        return groups;
    }
}
