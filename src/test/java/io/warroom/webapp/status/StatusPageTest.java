package io.warroom.webapp.status;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.warroom.support.Api;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** /status, /status.json and /status.atom as a logged-out reader gets them. */
@QuarkusTest
class StatusPageTest {

    private static final Map<String, String> SECRET_ACTOR = Map.of("platform", "slack", "id", "U0ACTORID77",
            "name", "Actor Markername");

    @Inject
    TestClock clock;

    @Test
    void aLoggedOutReaderGetsAllThreeWithAShortCache() {
        Response page = given().redirects().follow(false).get("/status");
        Response json = given().redirects().follow(false).get("/status.json");
        Response atom = given().redirects().follow(false).get("/status.atom");

        assertEquals(200, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals(200, json.statusCode());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals(200, atom.statusCode());
        assertTrue(atom.contentType().startsWith("application/atom+xml"), atom.contentType());
        for (Response r : List.of(page, json, atom)) {
            assertTrue(r.header("Cache-Control").contains("max-age=30"), r.header("Cache-Control"));
        }
        Document html = Jsoup.parse(page.body().asString());
        assertEquals(1, html.select("#status-overall").size());
        assertEquals(1, html.select("#status-history").size());
        assertTrue(html.select("link[rel=stylesheet][href=/static/status.css]").size() == 1);
    }

    @Test
    void eachServiceTakesTheStateOfItsWorstOpenIncidentsSeverity() {
        String sev1 = Api.open("x", "SEV1", "sevmap-one");
        Api.open("y", "SEV4", "sevmap-one");
        Api.open("x", "SEV2", "sevmap-two");
        Api.open("x", "SEV3", "sevmap-three");
        Api.open("x", "SEV4", "sevmap-four");
        String resolved = Api.open("x", "SEV1", "sevmap-resolved");
        Api.run(resolved, "resolve").statusCode(200);

        Document page = Jsoup.parse(given().get("/status").body().asString());
        JsonPath json = given().get("/status.json").jsonPath();

        Map<String, String> expected = Map.of("sevmap-one", "major_outage", "sevmap-two", "partial_outage",
                "sevmap-three", "degraded", "sevmap-four", "degraded", "sevmap-resolved", "operational");
        expected.forEach((service, state) -> {
            assertEquals(1, page.select("#status-services li[data-service=" + service + "][data-state=" + state
                    + "]").size(), service + " is " + state);
            assertEquals(state, json.getString("services.find { it.name == '" + service + "' }.state"), service);
        });
        assertEquals("major_outage", page.selectFirst("#status-overall").attr("data-state"));
        assertEquals("major_outage", json.getString("overall"));
        Element current = page.select("#status-updates .incident").stream().filter(e -> e.text().contains(
                "Major outage: sevmap-one")).findFirst().orElseThrow();
        assertTrue(current.text().contains("Investigating"), current.text());
        Api.run(sev1, "resolve").statusCode(200);
    }

    @Test
    void onlyUpdatesMarkedPublicAreShownAndNothingInternal() throws Exception {
        String key = openAs("TITLE-MARKER-7731 checkout DB failover", "leakcheck");
        Api.authorized().body(Map.of("text", "note NOTE-MARKER-4411 ask Ana about the DB password", "user",
                SECRET_ACTOR)).post("/api/incidents/" + key + "/commands").then().statusCode(200);
        Api.authorized().body(Map.of("text", "update INTERNAL-MARKER-5512 we think it's the failover", "user",
                SECRET_ACTOR)).post("/api/incidents/" + key + "/commands").then().statusCode(200);
        Api.authorized().body(Map.of("text", "update --public PUBLIC-MARKER-9001 Some payments fail; we are on it",
                "user", SECRET_ACTOR)).post("/api/incidents/" + key + "/commands").then().statusCode(200);

        String page = given().get("/status").body().asString();
        String json = given().get("/status.json").body().asString();
        String atom = given().get("/status.atom").body().asString();

        for (String body : List.of(page, json, atom)) {
            assertTrue(body.contains("PUBLIC-MARKER-9001 Some payments fail; we are on it"), "the public update");
            for (String secret : List.of("TITLE-MARKER-7731", "NOTE-MARKER-4411", "INTERNAL-MARKER-5512",
                    "Actor Markername", "U0ACTORID77", "Markername", key)) {
                assertFalse(body.contains(secret), secret + " leaked into " + body.substring(0, Math.min(200,
                        body.length())));
            }
        }
        Document html = Jsoup.parse(page);
        assertTrue(html.select("#status-updates .update").stream().anyMatch(u -> u.text().contains(
                "PUBLIC-MARKER-9001")), "in #status-updates");
        assertEquals(List.of("PUBLIC-MARKER-9001 Some payments fail; we are on it"), atomEntries(atom).stream()
                .filter(t -> t.contains("PUBLIC-MARKER")).toList());
    }

    @Test
    void hostileUpdateTextIsEscapedInHtmlJsonAndAtom() throws Exception {
        String hostile = "<script>alert('x')</script> ]]> & <b>bold</b> \"quoted\" HOSTILE-MARKER";
        String key = openAs("Hostile text", "hostile-svc");
        Api.run(key, "update --public " + hostile).statusCode(200);

        String page = given().get("/status").body().asString();
        String json = given().get("/status.json").body().asString();
        String atom = given().get("/status.atom").body().asString();

        assertFalse(page.contains("<script>alert"), "no live script in the page");
        assertFalse(page.contains("<b>bold</b>"), "no markup from the text");
        assertTrue(Jsoup.parse(page).select("#status-updates .update-text").stream().anyMatch(e -> e.text()
                .equals(hostile)), "the page shows the text as typed");
        assertTrue(JsonPath.from(json).getList("incidents.updates.flatten().text", String.class).contains(hostile));
        assertFalse(atom.contains("<script>alert"), "no live script in the feed");
        assertTrue(atomEntries(atom).contains(hostile), "the feed parses as XML and keeps the text");
    }

    @Test
    void theNinetyDayWindowKeepsDay89AndDropsDay91() throws Exception {
        Instant now = Instant.now();
        try {
            clock.fix(now.minus(Duration.ofDays(100)));
            String old = openAs("Old one", "window-old");
            Api.run(old, "update --public WINDOW-MARKER-91 old news").statusCode(200);
            clock.fix(now.minus(Duration.ofDays(91)));
            Api.run(old, "resolve").statusCode(200);

            clock.fix(now.minus(Duration.ofDays(95)));
            String recent = openAs("Recent one", "window-recent");
            Api.run(recent, "update --public WINDOW-MARKER-89 still in the window").statusCode(200);
            clock.fix(now.minus(Duration.ofDays(89)));
            Api.run(recent, "resolve").statusCode(200);
        } finally {
            clock.reset();
        }

        Document page = Jsoup.parse(given().get("/status").body().asString());
        String atom = given().get("/status.atom").body().asString();

        assertTrue(page.select("#status-past .update").text().contains("WINDOW-MARKER-89"), "day 89 is shown");
        assertFalse(page.text().contains("WINDOW-MARKER-91"), "day 91 is not");
        assertFalse(atom.contains("WINDOW-MARKER-91"), "nor in the feed");
        assertTrue(page.select("#status-services li[data-service=window-old]").isEmpty(), "nor its service");
        Element recentService = page.selectFirst("#status-services li[data-service=window-recent]");
        List<String> bars = recentService.select(".bar").eachAttr("class");
        assertEquals(StatusBoard.HISTORY_DAYS, bars.size());
        assertEquals("bar state-degraded", bars.get(0), "the first bar, 89 days ago, shows the incident");
        assertEquals("bar state-operational", bars.get(bars.size() - 1), "today is fine");
        assertEquals("operational", recentService.attr("data-state"));
    }

    private static String openAs(String title, String service) {
        return Api.authorized().body(Map.of("title", title, "severity", "SEV3", "service", service, "user",
                SECRET_ACTOR)).post("/api/incidents").then().statusCode(201).extract().path("key");
    }

    /** The text content of every entry, read by an XML parser: the feed must be well-formed. */
    static List<String> atomEntries(String atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(
                StandardCharsets.UTF_8)));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        NodeList contents = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < contents.getLength(); i++) {
            texts.add(contents.item(i).getTextContent());
        }
        return texts;
    }
}
