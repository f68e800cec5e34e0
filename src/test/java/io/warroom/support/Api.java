package io.warroom.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** REST calls as an API client makes them, with the test profile's token. */
public final class Api {

    public static final String TOKEN = "test-token";

    private Api() {
    }

    public static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON);
    }

    /** Opens an incident and returns its key. */
    public static String open(String title, String severity, String service) {
        return authorized().body(Map.of("title", title, "severity", severity, "service", service, "user", "ana"))
                .post("/api/incidents").then().statusCode(201).extract().path("key");
    }

    public static ValidatableResponse run(String key, String text, String user) {
        return authorized().body(Map.of("text", text, "user", user)).post("/api/incidents/" + key + "/commands")
                .then();
    }

    public static ValidatableResponse run(String key, String text) {
        return run(key, text, "ana");
    }

    /** The texts of the incident's timeline entries of one kind ("page", "runbook", …), oldest first. */
    public static List<String> timeline(String key, String kind) {
        return authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.kind == '" + kind + "' }.text", String.class);
    }
}
