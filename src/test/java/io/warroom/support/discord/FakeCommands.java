package io.warroom.support.discord;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Application commands and components as Discord handles them: what a client sends when someone runs a registered
 * command, and the limits Discord enforces when commands are registered.
 */
final class FakeCommands {

    static final int SUB_COMMAND = 1;
    static final int SUB_COMMAND_GROUP = 2;
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER = 6;
    static final int NUMBER = 10;
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    private FakeCommands() {
    }

    /** The data of INTERACTION_CREATE for {@code /incident <subcommand> name:value ...}, typed as registered. */
    static JsonObject invocation(JsonArray commands, String subcommand, Object[] nameValues, FakeDiscord discord) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("options come as name, value pairs");
        }
        JsonObject command = commands.getJsonObject(0);
        String group = null;
        JsonObject definition = null;
        for (Object o : command.getJsonArray("options", new JsonArray())) {
            JsonObject option = (JsonObject) o;
            if (option.getInteger("type") == SUB_COMMAND && option.getString("name").equals(subcommand)) {
                definition = option;
            } else if (option.getInteger("type") == SUB_COMMAND_GROUP) {
                for (Object leaf : option.getJsonArray("options", new JsonArray())) {
                    if (((JsonObject) leaf).getString("name").equals(subcommand)) {
                        definition = (JsonObject) leaf;
                        group = option.getString("name");
                    }
                }
            }
        }
        if (definition == null) {
            throw new AssertionError("/" + command.getString("name") + " has no subcommand " + subcommand);
        }
        JsonArray given = new JsonArray();
        JsonObject resolvedUsers = new JsonObject();
        JsonObject resolvedMembers = new JsonObject();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = (String) nameValues[i];
            JsonObject option = option(definition, name);
            named.add(name);
            Object value = nameValues[i + 1];
            int type = option.getInteger("type");
            JsonObject typed = new JsonObject().put("name", name).put("type", type);
            switch (type) {
                case USER -> {
                    FakeUser user = (FakeUser) value;
                    typed.put("value", user.id());
                    resolvedUsers.put(user.id(), discord.payloads.user(user));
                    resolvedMembers.put(user.id(), discord.payloads.member(user, false));
                }
                case INTEGER -> typed.put("value", ((Number) value).longValue());
                case NUMBER -> typed.put("value", ((Number) value).doubleValue());
                case BOOLEAN -> typed.put("value", (Boolean) value);
                default -> typed.put("value", value.toString());
            }
            JsonArray choices = option.getJsonArray("choices");
            if (choices != null && choices.stream().map(c -> ((JsonObject) c).getValue("value").toString())
                    .noneMatch(v -> v.equals(value.toString()))) {
                throw new AssertionError(name + ":" + value + " is not one of the choices " + choices);
            }
            given.add(typed);
        }
        for (Object o : definition.getJsonArray("options", new JsonArray())) {
            JsonObject option = (JsonObject) o;
            if (option.getBoolean("required", false) && !named.contains(option.getString("name"))) {
                throw new AssertionError("Discord does not send /" + subcommand + " without "
                        + option.getString("name"));
            }
        }
        JsonObject leaf = new JsonObject().put("name", subcommand).put("type", SUB_COMMAND).put("options", given);
        JsonArray options = new JsonArray().add(group == null ? leaf
                : new JsonObject().put("name", group).put("type", SUB_COMMAND_GROUP)
                        .put("options", new JsonArray().add(leaf)));
        JsonObject data = new JsonObject().put("id", command.getString("id")).put("name", command.getString("name"))
                .put("type", 1).put("options", options);
        if (command.getString("guild_id") != null) {
            data.put("guild_id", command.getString("guild_id"));
        }
        if (!resolvedUsers.isEmpty()) {
            data.put("resolved", new JsonObject().put("users", resolvedUsers).put("members", resolvedMembers));
        }
        return data;
    }

    private static JsonObject option(JsonObject subcommand, String name) {
        for (Object o : subcommand.getJsonArray("options", new JsonArray())) {
            if (((JsonObject) o).getString("name").equals(name)) {
                return (JsonObject) o;
            }
        }
        throw new AssertionError("/" + subcommand.getString("name") + " has no option " + name);
    }

    /** Every button of a message, in order. */
    static List<JsonObject> buttons(JsonObject message) {
        List<JsonObject> buttons = new ArrayList<>();
        for (Object row : message.getJsonArray("components", new JsonArray())) {
            for (Object c : ((JsonObject) row).getJsonArray("components", new JsonArray())) {
                if (((JsonObject) c).getInteger("type") == 2) {
                    buttons.add((JsonObject) c);
                }
            }
        }
        return buttons;
    }

    /** Discord numbers components the sender left unnumbered. */
    static JsonArray withComponentIds(JsonArray components) {
        JsonArray copy = components.copy();
        int[] next = {1};
        copy.forEach(c -> number((JsonObject) c, next));
        return copy;
    }

    private static void number(JsonObject component, int[] next) {
        if (!component.containsKey("id")) {
            component.put("id", next[0]);
        }
        next[0]++;
        for (String key : List.of("components")) {
            JsonArray children = component.getJsonArray(key);
            if (children != null) {
                children.forEach(c -> number((JsonObject) c, next));
            }
        }
        JsonObject child = component.getJsonObject("component");
        if (child != null) {
            number(child, next);
        }
    }

    /** What Discord would refuse in a registration: names, lengths, counts, option order, total size. */
    static List<String> problems(JsonArray commands) {
        List<String> problems = new ArrayList<>();
        for (Object c : commands) {
            JsonObject command = (JsonObject) c;
            checkLevel(command, command.getString("name"), problems);
            int size = size(command);
            if (size > 8000) {
                problems.add(command.getString("name") + ": " + size + " characters, over 8000");
            }
        }
        return problems;
    }

    private static void checkLevel(JsonObject owner, String path, List<String> problems) {
        String name = owner.getString("name", "");
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase())) {
            problems.add(path + ": name " + name + " is not a lowercase command name");
        }
        String description = owner.getString("description", "");
        if (description.isEmpty() || description.length() > 100) {
            problems.add(path + ": description must be 1-100 characters, is " + description.length());
        }
        owner.getJsonObject("description_localizations", new JsonObject()).forEach(localized -> {
            if (localized.getValue().toString().isEmpty() || localized.getValue().toString().length() > 100) {
                problems.add(path + ": " + localized.getKey() + " description must be 1-100 characters");
            }
        });
        JsonArray options = owner.getJsonArray("options", new JsonArray());
        if (options.size() > 25) {
            problems.add(path + ": " + options.size() + " options, over 25");
        }
        boolean optionalSeen = false;
        Set<String> names = new HashSet<>();
        for (Object o : options) {
            JsonObject option = (JsonObject) o;
            String optionPath = path + " " + option.getString("name");
            if (!names.add(option.getString("name"))) {
                problems.add(optionPath + ": duplicate name");
            }
            int type = option.getInteger("type");
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                checkLevel(option, optionPath, problems);
                continue;
            }
            checkLevel(new JsonObject().put("name", option.getString("name"))
                    .put("description", option.getString("description"))
                    .put("description_localizations", option.getJsonObject("description_localizations",
                            new JsonObject())), optionPath, problems);
            boolean required = option.getBoolean("required", false);
            if (required && optionalSeen) {
                problems.add(optionPath + ": required option after an optional one");
            }
            optionalSeen |= !required;
            JsonArray choices = option.getJsonArray("choices", new JsonArray());
            if (choices.size() > 25) {
                problems.add(optionPath + ": " + choices.size() + " choices, over 25");
            }
            for (Object ch : choices) {
                String choiceName = ((JsonObject) ch).getString("name", "");
                if (choiceName.isEmpty() || choiceName.length() > 100) {
                    problems.add(optionPath + ": choice name must be 1-100 characters: " + choiceName);
                }
            }
        }
    }

    private static int size(JsonObject o) {
        int n = o.getString("name", "").length() + o.getString("description", "").length();
        for (Object ch : o.getJsonArray("choices", new JsonArray())) {
            JsonObject choice = (JsonObject) ch;
            n += choice.getString("name", "").length() + choice.getValue("value").toString().length();
        }
        for (Object child : o.getJsonArray("options", new JsonArray())) {
            n += size((JsonObject) child);
        }
        return n;
    }
}
