package io.warroom.tracker;

import static io.warroom.tracker.TrackerTestSupport.awaitCreates;
import static io.warroom.tracker.TrackerTestSupport.awaitLink;
import static io.warroom.tracker.TrackerTestSupport.creates;
import static io.warroom.tracker.TrackerTestSupport.incidentWithAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.warroom.support.FakeTrackers;
import io.warroom.support.OnCallProfile;
import io.warroom.support.WebSession;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The incident page's button files an action item; once filed, the item links to its issue instead. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class WebFilingTest {

    @Test
    void theFileButtonFilesTheItemAndThePageThenLinksToTheIssue() {
        String key = incidentWithAction("Checkout from the web", "checkout", "Add a canary");
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        Element item = Jsoup.parse(admin.html("/incidents/" + key)).selectFirst("#actions li[data-number=1]");
        Element button = item.selectFirst("button.file-in-tracker");
        assertEquals("File in tracker", button.text());
        assertEquals("action file 1", button.parent().selectFirst("input[name=text]").val());

        Response filed = admin.post("/incidents/" + key + "/commands", Map.of("text", "action file 1"));
        assertEquals(200, filed.statusCode());
        assertTrue(filed.asString().contains("Filing action item #1 in GitHub acme/payments"), filed.asString());
        awaitCreates(FakeTrackers.github(), key, 1);
        String link = awaitLink(key, 1);

        Document page = Jsoup.parse(admin.html("/incidents/" + key));
        Element linked = page.selectFirst("#actions li[data-number=1]");
        assertEquals(link, linked.selectFirst("a.tracker-link").attr("href"));
        assertEquals(null, linked.selectFirst("button.file-in-tracker"), "no button once filed");
    }

    @Test
    void aFormWithoutItsCsrfTokenOrForAMissingItemFilesNothing() {
        String key = incidentWithAction("Checkout forged", "checkout", "Nothing forged");
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);

        Response forged = admin.request().accept(WebSession.BROWSER_ACCEPT)
                .formParams(Map.of("text", "action file 1")).post("/incidents/" + key + "/commands");
        assertEquals(403, forged.statusCode());
        Response missing = admin.post("/incidents/" + key + "/commands", Map.of("text", "action file 4"));
        assertEquals(409, missing.statusCode());
        assertTrue(missing.asString().contains(key + " has 1 action items; there is no #4."));
        Response anonymous = WebSession.anonymous().accept(WebSession.BROWSER_ACCEPT)
                .formParams(Map.of("text", "action file 1")).post("/incidents/" + key + "/commands");
        assertTrue(anonymous.statusCode() == 303 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                "anonymous: " + anonymous.statusCode());
        assertEquals(0, creates(FakeTrackers.github(), key).size());
    }
}
