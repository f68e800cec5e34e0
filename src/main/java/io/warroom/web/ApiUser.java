package io.warroom.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Locale;

/**
 * Whom an API call is attributed to: a name ({@code "ana"}) or {@code {"platform":"slack","id":"U123","name":"Ana"}}.
 * It only attributes: the API token is the credential and passes rights checks as an admin. A claimed Slack or
 * Discord identity is marked "(via API)" in its name, so the timeline never passes it off as that user in chat.
 */
public record ApiUser(String platform, String id, String name) {

    static final String VIA_API = " (via API)";
    /** The stored name has room for 200 characters, the mark included. */
    static final int NAME_MAX = FieldLimits.PERSON_NAME - VIA_API.length();

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ApiUser(@JsonProperty("platform") String platform, @JsonProperty("id") String id,
            @JsonProperty("name") String name) {
        this.platform = platform;
        this.id = id;
        this.name = name;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApiUser named(String name) {
        return new ApiUser(null, null, name);
    }

    static Person toPerson(ApiUser user) {
        if (user == null || (isBlank(user.name) && isBlank(user.id))) {
            return new Person(Platform.API, null, "API client");
        }
        Platform platform = switch (user.platform == null ? "" : user.platform.toLowerCase(Locale.ROOT)) {
            case "slack" -> Platform.SLACK;
            case "discord" -> Platform.DISCORD;
            case "", "api", "web" -> Platform.API;
            default -> throw BadInputException.invalid("user.platform",
                    "`user.platform` must be slack, discord or api, not `" + Echo.of(user.platform) + "`.");
        };
        BadInputException.requireLength("user.name", user.name, NAME_MAX);
        BadInputException.requireLength("user.id", user.id, FieldLimits.USER_ID);
        if (platform == Platform.API) {
            return new Person(platform, user.id, user.name);
        }
        String name = isBlank(user.name) ? user.id : user.name;
        return new Person(platform, user.id, name + VIA_API);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
