package io.warroom.incident.similar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.similar.SimilarFixture.Past;
import io.warroom.incident.similar.SimilarFixture.Probe;
import io.warroom.support.Api;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Similar past incidents through the REST API, the command grammar, the web page and the postmortem. Services carry
 * a tag of their own, so incidents other tests opened in the same database never share one.
 */
@QuarkusTest
class SimilarIncidentsTest {

    @Inject
    EntityManager em;

    @Inject
    TermBackfill backfill;

    /** The fixture's earlier incidents, then every probe, opened once for the whole class in this order. */
    private static World world;

    record World(String tag, Map<String, String> past, Map<String, String> probes) {

        String past(String name) {
            return past.get(name);
        }

        String probe(String title) {
            return probes.get(title);
        }
    }

    @Test
    void eachNewIncidentListsTheEarlierOnesThatLookAlikeBestFirst() {
        World w = world();
        for (Probe probe : SimilarFixture.PROBES) {
            assertEquals(probe.expected().stream().map(w::past).toList(), similarKeys(w.probe(probe.title())),
                    probe.title());
        }
    }

    @Test
    void equalScoresGoToTheIncidentWithARootCauseThenToTheMostRecent() {
        JsonPath list = similar(world().probe("Pod evictions under memory pressure"));
        assertEquals(List.of(40, 40), list.getList("score", Integer.class));
        assertEquals(List.of("Database connection pool exhausted", "Checkout pods crash looping"),
                list.getList("title", String.class), "the first has a root cause, the second is more recent");
    }

    @Test
    void eachItemCarriesItsRootCauseResolutionReasonsAndPage() {
        World w = world();
        JsonPath list = similar(w.probe("Connection pool exhausted on checkout"));

        assertEquals(w.past("poolAgain"), list.getString("[0].key"));
        assertEquals("Checkout connection pool exhausted again", list.getString("[0].title"));
        assertEquals("checkout" + w.tag(), list.getString("[0].service"));
        assertEquals("resolved", list.getString("[0].status"));
        assertEquals("Retries held connections for 30 s", list.getString("[0].rootCause"));
        assertEquals("Capped retries at two", list.getString("[0].resolution"));
        assertEquals(85, list.getInt("[0].score"));
        assertEquals(List.of("same service", "shared words: connection, pool, exhausted, checkout"),
                list.getList("[0].reasons"));
        assertEquals("/incidents/" + w.past("poolAgain") + "#postmortem-section", list.getString("[0].url"));
        assertEquals(w.past("crash"), list.getString("[2].key"));
        assertEquals(null, list.getString("[2].rootCause"), "crash looping was resolved without a root cause");
        assertEquals("Restarted the pods", list.getString("[2].resolution"));
    }

    @Test
    void theSimilarCommandAnswersWithRootCausesAndFixesOrSaysThereIsNone() {
        World w = world();
        String key = w.probe("API gateway 5xx after deploy");

        String text = Api.run(key, "similar").statusCode(200).extract().path("text");
        assertTrue(text.startsWith("Similar past incidents to " + key + ", most alike first:\n1. "
                + w.past("gateway") + " · 5xx on api-gateway after deploy · resolved · "), text);
        assertTrue(text.contains(" · 85 points (same service; shared words: api, gateway, 5xx, deploy)"), text);
        assertTrue(text.contains("\n   Root cause: Upstream timeout below p99 latency"), text);
        assertTrue(text.contains("\n   Resolution: Rolled back the deploy"), text);
        assertEquals(List.of(w.past("gateway")), similarKeys(key), "asking again finds the same");

        String lonely = w.probe("Office printer out of paper");
        String none = Api.run(lonely, "similar").statusCode(200).extract().path("text");
        assertTrue(none.startsWith("No earlier incident looks like " + lonely + "."), none);
    }

    @Test
    void changingTheTriggerSearchesAgainAndSaysWhatItFound() {
        World w = world();
        String key = Api.open("Edge errors for some customers", "3", "edge" + w.tag());
        assertEquals(List.of(), similarKeys(key));

        String text = Api.run(key, "trigger The cdn certificate renewal job failed again").statusCode(200)
                .extract().path("text");

        assertEquals("Trigger: The cdn certificate renewal job failed again\nSimilar past incidents now: "
                + w.past("cert") + " (Certificate expired on cdn). `/incident similar` shows their root causes"
                + " and fixes.", text);
        assertEquals(List.of(w.past("cert")), similarKeys(key));
    }

    @Test
    void aRootCauseFoundLaterIsMatchedAndShown() {
        String tag = world().tag();
        String earlier = Api.open("Disk full on the build agents", "3", "ci" + tag);
        String later = Api.open("Artifacts upload failing", "3", "ci" + tag);
        assertEquals(List.of(), similarKeys(later), "the same service alone is not enough");

        Api.run(earlier, "why the artifact cache was never pruned").statusCode(200);
        Api.run(later, "similar").statusCode(200);

        assertEquals(List.of(earlier), similarKeys(later));
        assertEquals("the artifact cache was never pruned", similar(later).getString("[0].rootCause"));
        assertEquals(null, similar(later).getString("[0].resolution"));
    }

    @Test
    void incidentsOpenedBeforeTermsWereKeptAreIndexedAtStartAndFound() {
        String tag = world().tag();
        String earlier = Api.open("Mail relay queue stuck", "3", "mail" + tag);
        long number = Long.parseLong(earlier.substring("INC-".length()));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from incident_term where incident_number = ?1").setParameter(1, number).executeUpdate());
        String blind = Api.open("Mail relay queue stuck again", "3", "mail" + tag);
        assertEquals(List.of(), similarKeys(blind), "an incident without terms cannot be found");

        backfill.onStart(null);

        String later = Api.open("Mail relay queue stuck once more", "3", "mail" + tag);
        assertEquals(List.of(blind, earlier), similarKeys(later));
    }

    @Test
    void anAlertThatFiresAgainAfterItsIncidentIsResolvedFindsThatIncidentFirst() {
        String tag = world().tag();
        String fingerprint = "fp-" + tag;
        String first = fire(fingerprint, tag, "firing", "19:00").extract().path("alerts[0].incident");
        fire(fingerprint, tag, "resolved", "19:00");
        Api.run(first, "resolve restarted the consumer").statusCode(200);
        Api.run(first, "why the consumer leaked file handles").statusCode(200);

        // Later: a new delivery, not a repeat of the first.
        String second = fire(fingerprint, tag, "firing", "19:30").extract().path("alerts[0].incident");

        assertFalse(first.equals(second), "a new incident, not the resolved one");
        JsonPath list = similar(second);
        assertEquals(first, list.getString("[0].key"));
        assertEquals(List.of("same alert", "same alert group", "same service",
                "shared words: queue, consumer, lag, above, minute"), list.getList("[0].reasons"));
        assertEquals(100 + 60 + 25 + 4 * 15, list.getInt("[0].score"));
        assertEquals("the consumer leaked file handles", list.getString("[0].rootCause"));
    }

    @Test
    void thePostmortemHasASectionOfSimilarIncidentsOrSaysThereWereNone() {
        World w = world();
        String markdown = postmortem(w.probe("Connection pool exhausted on checkout"));

        String section = markdown.substring(markdown.indexOf("## Similar incidents"),
                markdown.indexOf("## What went well"));
        assertTrue(section.startsWith("## Similar incidents\n\n- " + w.past("poolAgain")
                + " · Checkout connection pool exhausted again ("), section);
        assertTrue(section.contains(", resolved). **Root cause:** Retries held connections for 30 s. "
                + "**Resolution:** Capped retries at two\n- " + w.past("pool") + " · "), section);
        assertTrue(section.contains("\n- " + w.past("crash") + " · Checkout pods crash looping ("), section);
        assertTrue(section.contains("**Root cause:** no root cause recorded. **Resolution:** Restarted the pods\n"),
                section);

        assertTrue(postmortem(w.probe("Office printer out of paper"))
                .contains("## Similar incidents\n\n_No earlier incident looked like this one._\n"));
    }

    @Test
    void theIncidentPageListsThemAndItsCommandBoxAnswersSimilar() {
        World w = world();
        String key = w.probe("결제가 다시 지연");
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);

        String html = web.html("/incidents/" + key);
        String section = html.substring(html.indexOf("id=\"similar-section\""), html.indexOf("</section>",
                html.indexOf("id=\"similar-section\"")));
        assertTrue(section.contains("<a href=\"/incidents/" + w.past("payments") + "#postmortem-section\">"
                + w.past("payments") + "</a> 결제 서비스 응답 지연"), section);
        assertTrue(section.contains("<dd>결제 게이트웨이 연결이 고갈됨</dd>"), section);
        assertTrue(section.contains("<dd>게이트웨이 연결 수를 늘림</dd>"), section);
        assertTrue(section.contains("Why: same service; shared words: 결제, 지연"), section);

        String answered = web.post("/incidents/" + key + "/commands", Map.of("text", "similar")).then()
                .statusCode(200).extract().asString();
        assertTrue(answered.contains("Similar past incidents to " + key), answered);

        assertTrue(web.html("/incidents/" + w.probe("Office printer out of paper"))
                .contains("No earlier incident looks like this one."));
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndChangeNothing() {
        given().get("/api/incidents/INC-1/similar").then().statusCode(401);
        Api.authorized().get("/api/incidents/INC-99999999/similar").then().statusCode(404)
                .body(containsString("INC-99999999"));
        Api.authorized().get("/api/incidents/DROP%20TABLE/similar").then().statusCode(404)
                .body(containsString("is not an incident key"));
        Api.authorized().get("/api/incidents/INC-" + "9".repeat(300) + "/similar").then().statusCode(404)
                .body(containsString("is not an incident key"));

        String key = Api.open("Cache stampede on login", "3", "sessions" + world().tag());
        Api.run(key, "similar please now").statusCode(422).body(containsString("Usage: /incident similar"));
        Api.run("INC-99999999", "similar").statusCode(404);
        assertEquals(List.of(), similarKeys(key));
    }

    /** Opens the fixture's earlier incidents with their triggers, whys and resolutions, then every probe. */
    static synchronized World world() {
        if (world != null) {
            return world;
        }
        String tag = "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> past = new LinkedHashMap<>();
        for (Past p : SimilarFixture.PAST) {
            String key = Api.open(p.title(), "3", p.service() + tag);
            past.put(p.name(), key);
            if (p.trigger() != null) {
                Api.run(key, "trigger " + p.trigger()).statusCode(200);
            }
            for (String why : p.whys()) {
                Api.run(key, "why " + why).statusCode(200);
            }
            if (p.status() != IncidentStatus.OPEN) {
                Api.run(key, "resolve " + p.resolution()).statusCode(200);
            }
        }
        Map<String, String> probes = new LinkedHashMap<>();
        for (Probe probe : SimilarFixture.PROBES) {
            probes.put(probe.title(), open(probe, tag));
        }
        world = new World(tag, past, probes);
        return world;
    }

    static String open(Probe probe, String tag) {
        if (probe.service() == null) {
            return Api.authorized().body(Map.of("title", probe.title(), "severity", "4", "user", "ana"))
                    .post("/api/incidents").then().statusCode(201).extract().path("key");
        }
        return Api.open(probe.title(), "3", probe.service() + tag);
    }

    static JsonPath similar(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/similar").then().statusCode(200).extract()
                .jsonPath();
    }

    static List<String> similarKeys(String key) {
        return similar(key).getList("key", String.class);
    }

    private static String postmortem(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200).extract()
                .asString();
    }

    private static io.restassured.response.ValidatableResponse fire(String fingerprint, String tag, String status,
            String startsAt) {
        String endsAt = status.equals("resolved") ? "2026-11-22T19:20:00.000Z" : "0001-01-01T00:00:00Z";
        String body = """
                {"version": "4", "groupKey": "{}:{alertname=\\"QueueConsumerLag\\", tag=\\"%1$s\\"}",
                 "truncatedAlerts": 0, "status": "%2$s", "receiver": "warroom",
                 "groupLabels": {"alertname": "QueueConsumerLag"}, "commonLabels": {"alertname": "QueueConsumerLag"},
                 "commonAnnotations": {}, "externalURL": "http://alertmanager.example:9093",
                 "alerts": [{"status": "%2$s",
                   "labels": {"alertname": "QueueConsumerLag", "severity": "critical", "service": "orders%1$s"},
                   "annotations": {"summary": "Queue consumer lag above 10 minutes"},
                   "startsAt": "2026-11-22T%5$s:00.000Z", "endsAt": "%3$s",
                   "generatorURL": "http://prometheus.example:9090/graph?g0.expr=lag", "fingerprint": "%4$s"}]}
                """.formatted(tag, status, endsAt, fingerprint, startsAt);
        return given().header("Authorization", "Bearer test-alerts-token").contentType("application/json")
                .body(body).post("/api/alerts/alertmanager").then().statusCode(200);
    }
}
