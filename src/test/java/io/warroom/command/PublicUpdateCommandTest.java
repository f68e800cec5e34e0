package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.PublicUpdates;
import io.warroom.support.Api;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `update --public` and `update --publish` store which updates the status page may show, through the API's grammar. */
@QuarkusTest
class PublicUpdateCommandTest {

    @Inject
    PublicUpdates publicUpdates;

    @Test
    void anUpdateIsPublicOnlyWhenMarkedSo() {
        String key = Api.open("Cart errors", "SEV2", "cart");
        Api.run(key, "update internal only, do not publish").statusCode(200);
        Api.run(key, "update --public Some customers cannot pay").statusCode(200)
                .body("text", org.hamcrest.Matchers.startsWith("Status update posted and shown on the status page"));

        assertEquals(List.of("Some customers cannot pay"), publicTexts(key));
    }

    @Test
    void publishingAPostedUpdateMakesItPublicAndTwiceChangesNothing() {
        String key = Api.open("Search slow", "SEV3", "search");
        Api.run(key, "update Search is slow for some").statusCode(200);
        long id = updateId(key, "Search is slow for some");

        JsonPath first = Api.run(key, "update --publish " + id).statusCode(200).extract().jsonPath();
        JsonPath second = Api.run(key, "update --publish " + id).statusCode(200).extract().jsonPath();

        assertEquals("ok", first.getString("outcome").toLowerCase());
        assertTrue(second.getString("text").contains("already on the status page"), second.getString("text"));
        assertEquals(List.of("Search is slow for some"), publicTexts(key));
        long notes = timeline(key).getList("kind", String.class).stream().filter("note"::equals).count();
        assertEquals(1, notes, "the first publication only is on the timeline");
    }

    @Test
    void onlyAStatusUpdateOfTheSameIncidentCanBePublished() {
        String key = Api.open("Queue lag", "SEV3", "queue");
        String other = Api.open("Other", "SEV3", "queue");
        Api.run(key, "note secret internal note").statusCode(200);
        Api.run(other, "update update of the other incident").statusCode(200);
        long note = updateIdOfKind(key, "note");
        long foreign = updateId(other, "update of the other incident");

        String refusedNote = Api.run(key, "update --publish " + note).statusCode(404).extract().path("error");
        Api.run(key, "update --publish " + foreign).statusCode(404);

        assertEquals(key + " has no status update " + note + ".", refusedNote);
        assertEquals(List.of(), publicTexts(key));
        assertEquals(List.of(), publicTexts(other));
    }

    @Transactional
    List<String> publicTexts(String key) {
        return publicUpdates.of(List.of(IncidentKey.parse(key).orElseThrow())).stream().map(e -> e.text).toList();
    }

    private static JsonPath timeline(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private static long updateId(String key, String text) {
        return timeline(key).getLong("find { it.kind == 'status_update' && it.text == '" + text + "' }.id");
    }

    private static long updateIdOfKind(String key, String kind) {
        return timeline(key).getLong("find { it.kind == '" + kind + "' }.id");
    }
}
