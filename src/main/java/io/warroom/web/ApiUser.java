package io.warroom.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import java.util.Locale;

/** Who an API call acts for: a name ({@code "ana"}) or {@code {"platform":"slack","id":"U123","name":"Ana"}}. */
public record ApiUser(String platform, String id, String name) {

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
        BadInputException.requireLength("user.name", user.name, FieldLimits.PERSON_NAME);
        BadInputException.requireLength("user.id", user.id, FieldLimits.USER_ID);
        return new Person(platform, user.id, user.name);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
