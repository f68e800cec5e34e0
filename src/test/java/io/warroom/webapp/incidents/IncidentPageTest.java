package io.warroom.webapp.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.Platform;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.support.Api;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentPageTest {

    static WebSession admin;

    @Inject
    TestClock clock;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @BeforeEach
    void login() {
        if (admin == null) {
            admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Document page(String key) {
        return Jsoup.parse(admin.html("/incidents/" + key));
    }

    private static Response command(String key, String text) {
        return admin.post("/incidents/" + key + "/commands", Map.of("text", text));
    }

    private static Document ok(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    private List<TimelineEntry> entries(String key) {
        long number = IncidentKey.parse(key).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> timeline.of(number));
    }

    private Incident stored(String key) {
        long number = IncidentKey.parse(key).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> {
            Incident incident = em.find(Incident.class, number);
            incident.whys.size();
            incident.actionItems.size();
            return incident;
        });
    }

    @Test
    void pageShowsTheIncidentsFactsRolesAndTimeline() {
        String key = Api.open("Checkout slow", "SEV1", "checkout");
        Api.run(key, "role commander me").statusCode(200);

        Document page = page(key);
        assertEquals(key, page.selectFirst("#incident-key").text());
        assertEquals("Checkout slow", page.selectFirst("#incident-title").text());
        assertEquals("Detect", page.selectFirst("#incident-phase").text());
        assertEquals("open", page.selectFirst("#incident-status").text());
        assertEquals("SEV1", page.selectFirst("#incident-severity.sev-1").text());
        assertTrue(page.selectFirst("#roles").text().contains("Incident commander: ana"), page.select("#roles").text());
        assertTrue(page.selectFirst("#roles").text().contains("Scribe: nobody yet"));
        Element opened = page.selectFirst("#timeline li.entry[data-kind=opened]");
        assertNotNull(opened);
        assertEquals(String.valueOf(entries(key).get(0).id), opened.attr("data-id"));
        assertTrue(opened.selectFirst("time").attr("datetime").endsWith("Z"));
        assertTrue(opened.selectFirst("time").text().endsWith("UTC"));
        assertEquals("/incidents/" + key + "/postmortem.md", page.selectFirst("#postmortem-download").attr("href"));
        assertNotNull(page.selectFirst("#export"));
        assertEquals(1, page.select("#phases li.step.current").size());
    }

    @Test
    void stepperShowsTheTimeSpentInEachPhaseAndTheCurrentOneRunsUntilNow() {
        clock.fix(Instant.parse("2026-03-02T10:00:00Z"));
        String key = Api.open("Stepper", "SEV2", "checkout");
        clock.advance(Duration.ofMinutes(5));
        Api.run(key, "ack").statusCode(200);
        clock.advance(Duration.ofMinutes(65));
        Api.run(key, "next").statusCode(200);
        clock.advance(Duration.ofMinutes(2));

        Document page = page(key);
        List<String> times = page.select("#phases li.step .step-time").eachText();
        assertEquals(List.of("5 min", "1 h 5 min", "2 min", "not reached", "not reached", "not reached"), times);
        assertEquals("Mitigate", page.selectFirst("#phases li.step.current .step-label").text().substring(3));
        assertEquals(List.of("done", "done"), page.select("#phases li.step.done").eachAttr("class").stream()
                .map(c -> c.replace("step ", "")).toList());
        assertEquals("Phase 3 of 6: Mitigate", page.selectFirst("#phase-text").text());

        clock.advance(Duration.ofDays(1));
        assertEquals("1 d 0 h", page(key).select("#phases li.step .step-time").eachText().get(2));
    }

    @Test
    void tickingAChecklistItemRecordsItAsTheWebUser() {
        String key = Api.open("Checklist", "SEV2", "checkout");
        Element first = page(key).selectFirst("#checklist li");
        assertFalse(first.hasClass("done"));
        String text = first.selectFirst("form input[name=text]").val();
        assertEquals("check detect 1", text);
        assertNotNull(first.selectFirst("button.tick"));

        Document after = ok(command(key, text));
        assertTrue(after.selectFirst("#checklist li").hasClass("done"));
        TimelineEntry entry = entries(key).stream().filter(e -> e.kind == TimelineKind.CHECKLIST).findFirst()
                .orElseThrow();
        assertEquals(Platform.WEB, entry.actor.platform);
        assertEquals("admin", entry.actor.userId);
    }

    @Test
    void whysAndActionItemsAreAddedThroughTheGrammarAndActionsMarkedDone() {
        String key = Api.open("Whys", "SEV3", "checkout");
        Document withWhy = ok(admin.post("/incidents/" + key + "/whys",
                Map.of("text", "owner:x the deploy had no canary")));
        assertEquals("owner:x the deploy had no canary", withWhy.selectFirst("#whys li").ownText().strip());

        Document withAction = ok(admin.post("/incidents/" + key + "/actions",
                Map.of("text", "Add a canary stage", "owner", "ana", "due", "2030-01-31")));
        String item = withAction.selectFirst("#actions li").text();
        assertTrue(item.contains("Add a canary stage") && item.contains("ana") && item.contains("2030-01-31"), item);

        Document done = ok(command(key, withAction.selectFirst("#actions li form input[name=text]").val()));
        assertTrue(done.selectFirst("#actions li").hasClass("done"));

        Incident incident = stored(key);
        assertEquals("owner:x the deploy had no canary", incident.whys.get(0).text);
        assertEquals("2030-01-31", incident.actionItems.get(0).dueDate.toString());
        assertTrue(incident.actionItems.get(0).done());
    }

    @Test
    void badActionDueDateKeepsTheFormAndStoresNothing() {
        String key = Api.open("Bad due", "SEV3", "checkout");
        Response response = admin.post("/incidents/" + key + "/actions",
                Map.of("text", "Write the runbook", "owner", "ana", "due", "tomorrow"));
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertEquals("Write the runbook", page.selectFirst("#action-form input[name=text]").val());
        assertTrue(page.selectFirst("#command-reply").text().contains("Usage: /incident action"));
        assertTrue(stored(key).actionItems.isEmpty());
    }

    @Test
    void commandBoxRunsTheGrammarAndShowsTheReply() {
        String key = Api.open("Command box", "SEV3", "checkout");
        Document page = ok(command(key, "note rolled back the deploy"));
        assertTrue(page.selectFirst("#command-reply").text().length() > 0);
        assertEquals("", page.selectFirst("#command-text").val());
        Element note = page.selectFirst("#timeline li.entry[data-kind=note]");
        assertTrue(note.text().contains("rolled back the deploy"), note.text());
        assertTrue(note.selectFirst(".actor").text().contains("Admin"));
        TimelineEntry stored = entries(key).stream().filter(e -> e.kind == TimelineKind.NOTE).findFirst().orElseThrow();
        assertEquals(Platform.WEB, stored.actor.platform);

        Document status = ok(command(key, "status"));
        String reply = status.selectFirst("#command-reply").text();
        assertTrue(reply.contains(key), reply);
    }

    @Test
    void usageErrorShowsTheUsageLineAndKeepsTheTypedText() {
        String key = Api.open("Usage", "SEV3", "checkout");
        Response response = command(key, "sev 9");
        assertEquals(422, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.selectFirst("#command-reply").text().contains("Usage: /incident sev <1-4>"),
                page.selectFirst("#command-reply").text());
        assertEquals("sev 9", page.selectFirst("#command-text").val());

        Response unknownVerb = command(key, "explode now");
        assertEquals(422, unknownVerb.statusCode());
        assertEquals("explode now", Jsoup.parse(unknownVerb.asString()).selectFirst("#command-text").val());

        Response otherIncident = command(key, "INC-999999 note wrong page");
        assertEquals(422, otherIncident.statusCode());
        assertEquals(1, entries(key).size());
    }

    @Test
    void unknownIncidentsAndNonKeysGetTheNotFoundPage() {
        Response unknown = command("INC-999999", "note nobody home");
        assertEquals(404, unknown.statusCode());
        assertTrue(Jsoup.parse(unknown.asString()).selectFirst("#not-found").text().contains("INC-999999"));
        assertEquals(404, admin.get("/incidents/INC-999999").statusCode());
        String title = "never opened " + java.util.UUID.randomUUID();
        assertEquals(404, command("INC-999999", "open " + title).statusCode());
        assertFalse(admin.html("/").contains(title), "a command that needs no incident ran on a missing one");

        Response notAKey = admin.get("/incidents/drop-table");
        assertEquals(404, notAKey.statusCode());
        assertTrue(notAKey.asString().contains("`drop-table` is not an incident key"), notAKey.asString());
        assertEquals(404, admin.get("/incidents/nope/postmortem.md").statusCode());
        assertEquals(404, admin.get("/incidents/nope/timeline?after=0").statusCode());
    }

    @Test
    void buttonsAcknowledgeMoveOnAndResolve() {
        String key = Api.open("Buttons", "SEV2", "checkout");
        Document page = page(key);
        for (String id : List.of("ack", "next-phase", "resolve")) {
            assertNotNull(page.selectFirst("form:has(button#" + id + ")"), id);
        }
        String ack = page.selectFirst("form:has(button#ack) input[name=text]").val();
        Document acked = ok(command(key, ack));
        assertEquals("Triage", acked.selectFirst("#incident-phase").text());
        Document next = ok(command(key, acked.selectFirst("form:has(button#next-phase) input[name=text]").val()));
        assertEquals("Mitigate", next.selectFirst("#incident-phase").text());
        Document resolved = ok(command(key, next.selectFirst("form:has(button#resolve) input[name=text]").val()));
        assertEquals("resolved", resolved.selectFirst("#incident-status").text());
        assertEquals("Postmortem", resolved.selectFirst("#incident-phase").text());
        assertEquals("RESOLVED", stored(key).status.name());
    }

    @Test
    void timelineFiltersByKind() {
        String key = Api.open("Filter", "SEV3", "checkout");
        Api.run(key, "note first").statusCode(200);
        Api.run(key, "ack").statusCode(200);

        Document notes = Jsoup.parse(admin.request().queryParam("kind", "note").get("/incidents/" + key).asString());
        assertEquals(List.of("note"), notes.select("#timeline li.entry").eachAttr("data-kind"));
        assertEquals("note", notes.selectFirst("#timeline-kind option[selected]").val());
        assertTrue(notes.select("#timeline-kind option").eachAttr("value").contains("status_update"));

        Response bad = admin.request().queryParam("kind", "<b>").get("/incidents/" + key);
        assertEquals(400, bad.statusCode());
        assertTrue(Jsoup.parse(bad.asString()).selectFirst("#kind-problem").text().contains("`<b>` is not a Kind"));
    }

    @Test
    void liveEndpointReturnsOnlyEntriesAfterTheGivenIdIncludingANoteFromTheApi() {
        String key = Api.open("Live", "SEV3", "checkout");
        long last = Long.parseLong(page(key).selectFirst("#timeline").attr("data-last-id"));
        JsonPath none = admin.get("/incidents/" + key + "/timeline?after=" + last).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, none.getInt("count"));
        assertEquals(last, none.getLong("lastId"));

        Api.run(key, "note <img src=x onerror=alert(1)> from the API").statusCode(200);
        Api.run(key, "ack").statusCode(200);
        JsonPath fresh = admin.get("/incidents/" + key + "/timeline?after=" + last).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, fresh.getInt("count"));
        assertEquals("Triage", fresh.getString("phase"));
        assertEquals("open", fresh.getString("status"));
        Document html = Jsoup.parseBodyFragment("<ol>" + fresh.getString("html") + "</ol>");
        assertEquals(List.of("note", "phase"), html.select("li.entry").eachAttr("data-kind"));
        assertTrue(html.select("img").isEmpty());
        assertTrue(html.selectFirst("li.entry .text").text().contains("<img src=x onerror=alert(1)> from the API"));
        long newest = fresh.getLong("lastId");
        assertTrue(newest > last);

        JsonPath onlyNotes = admin.get("/incidents/" + key + "/timeline?after=" + last + "&kind=note").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, onlyNotes.getInt("count"));
        assertEquals(newest, onlyNotes.getLong("lastId"));
        assertEquals(0, admin.get("/incidents/" + key + "/timeline?after=" + newest).then().statusCode(200)
                .extract().jsonPath().getInt("count"));
        assertEquals(400, admin.get("/incidents/" + key + "/timeline?after=abc").statusCode());
    }

    @Test
    void hostileTitleIsEscapedEverywhereIncludingThePostmortem() {
        String title = "<script>alert('x')</script> **bold** [link](javascript:alert(1))";
        String key = Api.open(title, "SEV2", "checkout");
        Api.run(key, "note <b>bold?</b>").statusCode(200);

        String raw = admin.html("/incidents/" + key);
        assertFalse(raw.contains("<script>alert"), "unescaped script in the page");
        assertFalse(raw.contains("<b>bold?</b>"));
        assertFalse(raw.contains("href=\"javascript:"));
        Document page = Jsoup.parse(raw);
        assertEquals(title, page.selectFirst("#incident-title").text());
        assertEquals(List.of("/static/incident-live.js"), page.select("script").eachAttr("src"));
        Element postmortem = page.selectFirst("#postmortem");
        assertTrue(postmortem.text().contains("<script>alert('x')</script>"), postmortem.text());
        assertTrue(postmortem.select("script").isEmpty());
        assertFalse(postmortem.select("h1, h2").isEmpty());

        String list = admin.html("/");
        assertFalse(list.contains("<script>alert"));
    }

    @Test
    void postmortemDownloadsAsAMarkdownAttachment() {
        String key = Api.open("Download me", "SEV2", "checkout");
        Response md = admin.get("/incidents/" + key + "/postmortem.md");
        assertEquals(200, md.statusCode());
        assertTrue(md.contentType().startsWith("text/markdown"), md.contentType());
        assertEquals("attachment; filename=\"" + key + "-postmortem.md\"", md.header("Content-Disposition"));
        assertTrue(md.asString().contains("Download me"));
        assertEquals(303, WebSession.anonymous().get("/incidents/" + key + "/postmortem.md").statusCode());
    }

    @Test
    void statusUpdateFormPostsAnUpdate() {
        String key = Api.open("Updates", "SEV2", "checkout");
        Document page = ok(admin.post("/incidents/" + key + "/updates", Map.of("text", "Rolled back; watching")));
        assertNotNull(page.selectFirst("#update-form input#update-public[name=public][type=checkbox]"));
        assertEquals("Rolled back; watching", stored(key).lastUpdate);
        assertTrue(entries(key).stream().anyMatch(e -> e.kind == TimelineKind.STATUS_UPDATE
                && e.actor.platform == Platform.WEB));
    }

    @Test
    void oversizedTextIsRefusedClearlyAndNothingIsStored() {
        String key = Api.open("Oversized", "SEV3", "checkout");
        int before = entries(key).size();

        Response huge = command(key, "note " + "x".repeat(20_000));
        assertEquals(413, huge.statusCode());
        assertTrue(Jsoup.parse(huge.asString()).selectFirst("#command-reply").text()
                .contains("at most 10000 are accepted"));
        Response longNote = command(key, "note " + "y".repeat(5_000));
        assertEquals(422, longNote.statusCode());
        Response longWhy = admin.post("/incidents/" + key + "/whys", Map.of("text", "z".repeat(30_000)));
        assertEquals(413, longWhy.statusCode());
        assertEquals(before, entries(key).size());
        assertTrue(stored(key).whys.isEmpty());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefusedAndStoreNothing() {
        String key = Api.open("Csrf", "SEV3", "checkout");
        int before = entries(key).size();
        for (String path : List.of("/commands", "/whys", "/actions", "/updates")) {
            Response response = admin.request().formParams(Map.of("text", "note sneaky"))
                    .post("/incidents/" + key + path);
            assertEquals(403, response.statusCode(), path);
            Response wrong = admin.request().formParams(Map.of("text", "note sneaky", "_csrf", "forged"))
                    .post("/incidents/" + key + path);
            assertEquals(403, wrong.statusCode(), path);
        }
        assertEquals(before, entries(key).size());
    }

    @Test
    void loggedOutBrowserIsSentToLogin() {
        String key = Api.open("Logged out", "SEV3", "checkout");
        Response page = WebSession.anonymous().get("/incidents/" + key);
        assertEquals(303, page.statusCode());
        assertTrue(page.header("Location").contains("/login?next="), page.header("Location"));
        assertEquals(303, WebSession.anonymous().get("/incidents/" + key + "/timeline?after=0").statusCode());
    }
}
