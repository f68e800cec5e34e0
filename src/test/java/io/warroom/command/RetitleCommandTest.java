package io.warroom.command;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.warroom.support.Api;
import io.warroom.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code title} and {@code service} through the REST API and the incident page: the incident shows the new value,
 * the timeline says what it was, and anything refused leaves the incident and its timeline as they were.
 */
@QuarkusTest
class RetitleCommandTest {

    private static final String TITLE_USAGE = "\nUsage: /incident title <new title>";
    private static final String SERVICE_USAGE = "\nUsage: /incident service <name> | service none";

    @Test
    void aBetterTitleReplacesTheFirstGuessAndTheTimelineKeepsTheOldOne() {
        String key = openWithoutService("site slow");

        Api.run(key, "title Reports DB replica behind").statusCode(200)
                .body("text", equalTo("Title changed: site slow → Reports DB replica behind"));
        Api.run(key, "title  Reports DB replica\nbehind   at peak").statusCode(200)
                .body("text", equalTo("Title changed: Reports DB replica behind → Reports DB replica behind at "
                        + "peak"));

        assertEquals("Reports DB replica behind at peak", incident(key).getString("title"));
        assertEquals(List.of("Title changed: site slow → Reports DB replica behind",
                "Title changed: Reports DB replica behind → Reports DB replica behind at peak"), changes(key));
        assertTrue(postmortem(key).contains("Reports DB replica behind at peak"));
    }

    @Test
    void theServiceIsSetChangedAndClearedSayingWhatItWas() {
        String key = openWithoutService("Orders not confirmed");

        Api.run(key, "service checkout").statusCode(200).body("text", equalTo("Service set: checkout (was: none)"));
        assertEquals("checkout", incident(key).getString("service"));
        Api.run(key, "service payments").statusCode(200)
                .body("text", equalTo("Service set: payments (was: checkout)"));
        Api.run(key, "service none").statusCode(200).body("text", equalTo("Service cleared (was: payments)"));

        assertEquals(null, incident(key).getString("service"));
        assertEquals(List.of("Service set: checkout (was: none)", "Service set: payments (was: checkout)",
                "Service cleared (was: payments)"), changes(key));
    }

    @Test
    void theIncidentPageShowsTheNewTitleAndServiceSetFromItsCommandBox() {
        String key = openWithoutService("Badge readers act up");
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);

        String answered = web.post("/incidents/" + key + "/commands", Map.of("text", "title Badge readers "
                + "offline after firmware push")).then().statusCode(200).extract().asString();
        assertTrue(answered.contains("Title changed: Badge readers act up → Badge readers offline after "
                + "firmware push"), answered);
        web.post("/incidents/" + key + "/commands", Map.of("text", "service facilities")).then().statusCode(200);

        String html = web.html("/incidents/" + key);
        assertTrue(html.contains("Badge readers offline after firmware push"), html);
        assertTrue(html.contains(">facilities<"), html);
        assertTrue(html.contains("Service set: facilities (was: none)"), html);
    }

    @Test
    void theSameTitleOrServiceAgainIsRefusedAndWritesNothing() {
        String key = Api.open("Nightly invoice run stalled", "3", "billing");

        Api.run(key, "title Nightly invoice run stalled").statusCode(409)
                .body("error", equalTo(key + " is already titled \"Nightly invoice run stalled\"."));
        Api.run(key, "service billing").statusCode(409)
                .body("error", equalTo(key + "'s service is already billing."));
        Api.run(key, "service none").statusCode(200);
        Api.run(key, "service none").statusCode(409).body("error", equalTo(key + " has no service to clear."));

        assertEquals(List.of("Service cleared (was: billing)"), changes(key));
    }

    @Test
    void emptyOverLongOrSeveralWordsAreAnsweredWithTheUsageLineAndChangeNothing() {
        String key = Api.open("Queue backlog", "3", "orders");

        Api.run(key, "title").statusCode(422).body("error", equalTo("`title` needs the new title." + TITLE_USAGE));
        Api.run(key, "title " + "x".repeat(201)).statusCode(422)
                .body("error", equalTo("`title` is 201 characters; the limit is 200." + TITLE_USAGE));
        Api.run(key, "title " + "x".repeat(50_000)).statusCode(422);
        Api.run(key, "service").statusCode(422)
                .body("error", equalTo("`service` needs a service name, or `none` to clear it." + SERVICE_USAGE));
        Api.run(key, "service " + "s".repeat(201)).statusCode(422)
                .body("error", equalTo("`service` is 201 characters; the limit is 200." + SERVICE_USAGE));
        Api.run(key, "service order queue").statusCode(422)
                .body("error", equalTo("`service` takes one name, not `order queue`." + SERVICE_USAGE));

        JsonPath incident = incident(key);
        assertEquals("Queue backlog", incident.getString("title"));
        assertEquals("orders", incident.getString("service"));
        assertEquals(List.of(), changes(key));
    }

    @Test
    void anUnknownOrClosedIncidentIsRefusedByName() {
        Api.run("INC-99999999", "title Better").statusCode(404).body("error", equalTo("No incident "
                + "INC-99999999."));
        Api.run("INC-99999999", "service checkout").statusCode(404);

        String key = Api.open("Closed before renaming", "4", "ledger");
        Api.run(key, "resolve renewed").statusCode(200);
        Api.run(key, "close").statusCode(200);
        String closed = key + " is closed; nothing about its response can change any more.";
        Api.run(key, "title Invoices stuck").statusCode(409).body("error", equalTo(closed));
        Api.run(key, "service ledger-v2").statusCode(409).body("error", equalTo(closed));

        assertEquals("Closed before renaming", incident(key).getString("title"));
        assertEquals(List.of(), changes(key));
    }

    private static String openWithoutService(String title) {
        return Api.authorized().body(Map.of("title", title, "severity", "3", "user", "ana"))
                .post("/api/incidents").then().statusCode(201).extract().path("key");
    }

    static JsonPath incident(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
    }

    static List<String> changes(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .path("findAll { it.text.startsWith('Title changed') || it.text.startsWith('Service ') }.text");
    }

    private static String postmortem(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200).extract()
                .asString();
    }
}
