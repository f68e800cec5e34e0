package io.warroom.command;

import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in a command: {@code me}, a chat mention ({@code <@U123>}, {@code <@U123|ana>}, {@code <@!123>}) or
 * a plain name. Mentions belong to the platform the command came from.
 */
public record UserRef(String userId, String name, boolean self) {

    private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]+))?>");

    public static UserRef parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("me") || t.equalsIgnoreCase("myself")) {
            return new UserRef(null, null, true);
        }
        Matcher m = MENTION.matcher(t);
        if (m.matches()) {
            return new UserRef(m.group(1), m.group(2), false);
        }
        return new UserRef(null, t.startsWith("@") ? t.substring(1) : t, false);
    }

    public Person resolve(Person actor) {
        if (self) {
            return actor;
        }
        if (userId != null) {
            Platform platform = actor.platform == Platform.DISCORD || actor.platform == Platform.SLACK
                    ? actor.platform : Platform.API;
            return new Person(platform, userId, name);
        }
        return new Person(Platform.API, null, name);
    }
}
