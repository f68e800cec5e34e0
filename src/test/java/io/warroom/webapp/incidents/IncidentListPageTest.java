package io.warroom.webapp.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentListPageTest {

    static WebSession admin;

    @Inject
    EntityManager em;

    @BeforeEach
    void login() {
        if (admin == null) {
            admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        }
    }

    private static List<String> keys(Document page) {
        return page.select("#incidents tbody tr[data-key]").eachAttr("data-key");
    }

    private static Document get(String path) {
        return Jsoup.parse(admin.html(path));
    }

    /** The list with these query parameters, encoded as a browser's GET form does. */
    private static Document list(String... nameValues) {
        Response response = listResponse(nameValues);
        assertEquals(200, response.statusCode(), response.asString());
        return Jsoup.parse(response.asString());
    }

    private static Response listResponse(String... nameValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], nameValues[i + 1]);
        }
        return admin.request().queryParams(query).get("/");
    }

    @Test
    void openIncidentsComeFirstThenTheRestNewestFirst() {
        String tag = "order-" + UUID.randomUUID();
        String older = Api.open(tag + " older open", "SEV3", "checkout");
        String resolved = Api.open(tag + " resolved", "SEV2", "checkout");
        Api.run(resolved, "resolve rolled back").statusCode(200);
        String newer = Api.open(tag + " newer open", "SEV1", "checkout");

        assertEquals(List.of(newer, older, resolved), keys(list("q", tag)));
    }

    @Test
    void rowShowsSeverityBadgePhaseBarStatusCommanderAndAge() {
        String key = Api.open("row facts " + UUID.randomUUID(), "SEV2", "search");
        Api.run(key, "ack").statusCode(200);
        Api.run(key, "role commander me").statusCode(200);

        Element row = list("q", "row facts").selectFirst("tr[data-key=" + key + "]");
        assertEquals("SEV2", row.selectFirst(".badge.sev-2").text());
        assertEquals("Phase 2 of 6: Triage", row.selectFirst(".phase-bar").attr("aria-label"));
        assertEquals(2, row.select(".phase-cell.reached").size());
        assertEquals(6, row.select(".phase-cell").size());
        assertTrue(row.text().contains("open"), row.text());
        assertTrue(row.text().contains("ana"), row.text());
        assertTrue(row.text().contains("under a minute"), row.text());
        assertEquals("/incidents/" + key, row.selectFirst("a").attr("href"));
    }

    @Test
    void filtersByStatusSeverityAndService() {
        String tag = "filters-" + UUID.randomUUID();
        String sev1Checkout = Api.open(tag + " a", "SEV1", "checkout");
        String sev3Search = Api.open(tag + " b", "SEV3", "search");
        String resolvedSearch = Api.open(tag + " c", "SEV3", "search");
        Api.run(resolvedSearch, "resolve fixed").statusCode(200);

        assertEquals(List.of(sev1Checkout), keys(list("q", tag, "severity", "SEV1")));
        assertEquals(List.of(sev3Search, resolvedSearch), keys(list("q", tag, "service", "Search")));
        assertEquals(List.of(resolvedSearch), keys(list("q", tag, "status", "resolved")));
        assertEquals(List.of(sev3Search),
                keys(list("q", tag, "status", "open", "severity", "SEV3", "service", "search")));
    }

    @Test
    void searchMatchesTitlesCaseInsensitivelyAndTakesPercentLiterally() {
        String tag = UUID.randomUUID().toString();
        String match = Api.open("Payments 50% slower " + tag, "SEV3", "checkout");
        Api.open("Payments 500 errors " + tag, "SEV3", "checkout");

        assertEquals(List.of(match), keys(list("q", "PAYMENTS 50% SLOWER " + tag)));
        assertEquals(List.of(match), keys(list("q", "50% slower " + tag)));
    }

    @Test
    void badFilterValuesAreExplainedNotFailed() {
        Response response = listResponse("status", "burning", "severity", "SEV9", "limit", "0");
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        List<String> problems = page.select(".filter-problem").eachText();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("`burning` is not a Status"), problems.toString());
        assertTrue(problems.get(1).contains("`SEV9` is not a Severity"), problems.toString());
        assertTrue(problems.get(2).contains("`limit` must be a number"), problems.toString());
        assertFalse(page.select("#incidents").isEmpty());

        Response long_ = listResponse("q", "x".repeat(300));
        assertEquals(400, long_.statusCode());
        assertTrue(long_.asString().contains("300 characters; at most 200"), long_.asString());
    }

    @Test
    void listIsCappedWithALinkToShowMore() {
        for (int i = 0; i < 3; i++) {
            Api.open("capped " + i, "SEV4", "capped");
        }
        Document page = list("service", "capped", "limit", "2");
        assertEquals(2, keys(page).size());
        assertEquals("/?limit=202&service=capped", page.selectFirst("#show-more").attr("href"));
        assertTrue(list("service", "capped", "limit", "202").select("#show-more").isEmpty());
    }

    @Test
    void openingAnIncidentFromTheFormRecordsTheWebUserAndGoesToItsPage() {
        String title = "Opened in the browser " + UUID.randomUUID();
        Response response = admin.post("/incidents", Map.of("title", title, "severity", "SEV2",
                "service", "checkout", "description", "Checkout returns 502 for some users"));
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(location.matches("/incidents/INC-\\d+"), location);
        long number = IncidentKey.parse(location.substring("/incidents/".length())).orElseThrow();

        Incident stored = QuarkusTransaction.requiringNew().call(() -> em.find(Incident.class, number));
        assertEquals(title, stored.title);
        assertEquals("SEV2", stored.severity.label());
        assertEquals("checkout", stored.service);
        assertEquals("Checkout returns 502 for some users", stored.description);
        assertEquals(Platform.WEB, stored.openedBy.platform);
        assertEquals("admin", stored.openedBy.userId);
        assertEquals(title, Jsoup.parse(admin.html(location)).selectFirst("#incident-title").text());
    }

    @Test
    void theOpenFormTakesWhenTheImpactBeganAndTheIncidentPageShowsItBeforeThePhases() {
        String title = "Impact earlier " + UUID.randomUUID();
        LocalDateTime began = LocalDateTime.now(ZoneOffset.UTC).minusHours(6).minusMinutes(9)
                .truncatedTo(ChronoUnit.SECONDS);
        assertEquals("Impact began, if before now (UTC)",
                Jsoup.parse(admin.html("/")).selectFirst("label[for=open-started]").text());

        Response response = admin.post("/incidents", Map.of("title", title, "severity", "SEV2",
                "started", began.toString()));

        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location").replaceFirst("^https?://[^/]+", "");
        long number = IncidentKey.parse(location.substring("/incidents/".length())).orElseThrow();
        Incident stored = QuarkusTransaction.requiringNew().call(() -> em.find(Incident.class, number));
        assertEquals(began.toInstant(ZoneOffset.UTC), stored.startedAt);
        Document page = Jsoup.parse(admin.html(location));
        assertEquals(DateTimeFormatter.ofPattern("HH:mm").format(began) + " UTC",
                page.selectFirst("#incident-impact-began").text().replaceFirst("^\\d{4}-\\d{2}-\\d{2} ", ""));
        assertEquals("Impact before detection 6 h 9 min", page.selectFirst("#phases li.impact-span").text());
        assertEquals(6, page.select("#phases li.step").size(), "the phases themselves are unchanged");
    }

    @Test
    void theOpenFormRefusesAStartInTheFutureOrGarbledAndKeepsWhatWasTyped() {
        String title = "refused start " + UUID.randomUUID();
        String tomorrow = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString();
        Response future = admin.post("/incidents", Map.of("title", title, "severity", "SEV2", "started", tomorrow));
        assertEquals(422, future.statusCode());
        Document page = Jsoup.parse(future.asString());
        assertTrue(page.selectFirst("#open-error").text().contains("is in the future"), page.selectFirst(
                "#open-error").text());
        assertEquals(tomorrow, page.selectFirst("#open-incident input[name=started]").val());

        assertEquals(422, admin.post("/incidents", Map.of("title", title, "severity", "SEV2", "started",
                "soon")).statusCode());
        assertEquals(422, admin.post("/incidents", Map.of("title", title, "severity", "SEV2", "started",
                "1".repeat(500))).statusCode());
        assertTrue(keys(list("q", title)).isEmpty());
    }

    @Test
    void openFormRefusesBadInputKeepsWhatWasTypedAndStoresNothing() {
        String title = "refused open " + UUID.randomUUID();
        Response badSeverity = admin.post("/incidents", Map.of("title", title, "severity", "SEV7",
                "service", "checkout", "description", "kept text"));
        assertEquals(422, badSeverity.statusCode());
        Document page = Jsoup.parse(badSeverity.asString());
        assertTrue(page.selectFirst("#open-error").text().contains("`SEV7` is not a Severity"));
        assertEquals(title, page.selectFirst("#open-incident input[name=title]").val());
        assertEquals("kept text", page.selectFirst("#open-incident textarea[name=description]").text());

        Response noTitle = admin.post("/incidents", Map.of("title", "  ", "severity", "SEV2"));
        assertEquals(422, noTitle.statusCode());
        Response longTitle = admin.post("/incidents", Map.of("title", title + "x".repeat(300), "severity", "SEV2"));
        assertEquals(422, longTitle.statusCode());

        assertTrue(keys(list("q", title)).isEmpty());
    }

    @Test
    void openFormWithoutCsrfTokenIsRefusedAndStoresNothing() {
        String title = "no csrf " + UUID.randomUUID();
        Response response = admin.request().formParams(Map.of("title", title, "severity", "SEV2"))
                .post("/incidents");
        assertEquals(403, response.statusCode());
        assertTrue(keys(list("q", title)).isEmpty());
    }

    @Test
    void loggedOutBrowserIsSentToLogin() {
        Response response = WebSession.anonymous().get("/");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").contains("/login?next="), response.header("Location"));
        Response post = WebSession.anonymous().formParams(Map.of("title", "x", "severity", "SEV2"))
                .post("/incidents");
        assertTrue(post.statusCode() == 303 || post.statusCode() == 403, "status " + post.statusCode());
    }
}
