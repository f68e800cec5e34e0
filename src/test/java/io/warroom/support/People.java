package io.warroom.support;

import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Who runs commands in on-call tests: people of the test on-call file, as their chat platforms name them. */
public final class People {

    public static final Map<String, String> ANA = Map.of("platform", "slack", "id", "U01ANA", "name", "Ana");
    public static final Map<String, String> BO = Map.of("platform", "slack", "id", "U01BO", "name", "Bo Chen");
    public static final Map<String, String> LEE_ON_DISCORD = Map.of("platform", "discord", "id",
            "302050872383242242", "name", "lee");
    /** Someone in Slack who calls themself Ana but is not Ana. */
    public static final Map<String, String> FAKE_ANA = Map.of("platform", "slack", "id", "U0EVIL", "name", "Ana");

    private People() {
    }

    public static ValidatableResponse run(String key, String text, Map<String, String> user) {
        return Api.authorized().body(Map.of("text", text, "user", user)).post("/api/incidents/" + key + "/commands")
                .then();
    }

    /** Opens an incident as Ana from Slack. */
    public static String open(String title, String severity, String service) {
        return Api.authorized().body(Map.of("title", title, "severity", severity, "service", service, "user", ANA))
                .post("/api/incidents").then().statusCode(201).extract().path("key");
    }

    public static long number(String key) {
        return Long.parseLong(key.substring("INC-".length()));
    }
}
