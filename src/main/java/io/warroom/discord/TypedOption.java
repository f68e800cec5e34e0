package io.warroom.discord;

/**
 * One option of a slash command as the grammar sees it: its name and its value already written the way the text
 * grammar reads it (a user as a mention {@code <@id|name>}, a number as digits, a boolean as true/false).
 */
public record TypedOption(String name, boolean flag, String value) {

    public static TypedOption of(String name, String value) {
        return new TypedOption(name, false, value);
    }

    public static TypedOption flag(String name, boolean set) {
        return new TypedOption(name, true, Boolean.toString(set));
    }
}
