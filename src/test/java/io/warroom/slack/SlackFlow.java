package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.support.Api;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Steps the Slack tests share: opening an incident as a person would, and reading what Warroom recorded. */
final class SlackFlow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackFlow() {
    }

    /** {@code /incident open <title>} typed by Ana in #general; returns the incident's key. */
    static String openFromGeneral(SignedSlackRequests signed, String title, String responseUrl) {
        Answer answer = signed.command("open " + title, FakeSlack.ANA, "ana", FakeSlack.GENERAL, responseUrl);
        assertEquals(200, answer.status(), answer.body());
        return SlackCommandsTest.key(answer.json().path("text").asText());
    }

    static List<JsonNode> timeline(String key) {
        String body = Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .asString();
        try {
            List<JsonNode> entries = new ArrayList<>();
            JSON.readTree(body).forEach(entries::add);
            return entries;
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    static int incidentCount() {
        return Api.authorized().get("/api/incidents?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }
}
