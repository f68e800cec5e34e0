package io.warroom.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.Browser;
import io.warroom.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One incident's life in the browser, as a responder lives it: opened from the list, acknowledged, taken through the
 * six phases with the next-phase button, a checklist item ticked, a note from the API arriving on the open page, a
 * public and an internal status update, the status page seen logged out, a why and an action item, the postmortem
 * downloaded, the reports drawn. Relies on the pages' DOM contract (ids and classes), not on their wording.
 */
@QuarkusTest
class IncidentJourneyBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.desktop(RunningApp.url());
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void loggedOut() {
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void anIncidentGoesFromTheListThroughAllSixPhasesToItsPostmortem() throws Exception {
        String title = "Checkout payments time out (journey)";
        String service = "checkout-journey";
        String publicText = "Card payments are failing for some customers; we are on it (public-journey)";
        String internalText = "Rolled back build 4711, watching error rates (internal-journey)";
        String why = "The payment client had no timeout (why-journey)";
        String action = "Add a timeout to the payment client (action-journey)";

        browser.open("/");
        browser.logIn("admin", WebSession.ADMIN_PASSWORD);
        assertEquals("/", browser.path());
        browser.waitFor("#incidents");

        browser.type("#open-incident input[name=title]", title);
        new Select(browser.find("#open-incident select[name=severity]")).selectByValue("SEV2");
        browser.type("#open-incident input[name=service]", service);
        browser.type("#open-incident textarea[name=description]", "Card payments fail after 30 s");
        browser.submit("#open-submit");
        String key = browser.waitFor("#incident-key").getText();
        assertTrue(key.matches("INC-\\d+"), key);
        assertEquals("/incidents/" + key, browser.path());
        assertEquals(title, browser.find("#incident-title").getText());
        assertPhase("Detect");

        browser.submit("#ack");
        assertPhase("Triage");

        List<WebElement> items = browser.findAll("#checklist li");
        int ticked = browser.findAll("#checklist li.done").size();
        int first = items.indexOf(browser.find("#checklist li:not(.done)"));
        browser.submit("#checklist li:not(.done) button.tick");
        items = browser.findAll("#checklist li");
        assertEquals(ticked + 1, browser.findAll("#checklist li.done").size(), "one more item ticked");
        assertTrue(items.get(first).getAttribute("class").contains("done"), "the item ticked: " + items.get(first)
                .getText());

        browser.submit("#next-phase");
        assertPhase("Mitigate");

        browser.script("window.warroomNotReloaded = true;");
        Api.run(key, "note typed through the API (note-journey)").statusCode(200);
        browser.waitForText("#timeline", "typed through the API (note-journey)");
        assertEquals(Boolean.TRUE, browser.script("return window.warroomNotReloaded === true;"),
                "the note arrived without a reload");

        browser.type("#update-form textarea[name=text]", publicText);
        browser.find("#update-public").click();
        browser.submit("#update-submit");
        browser.waitForText("#timeline", publicText);
        browser.type("#update-form textarea[name=text]", internalText);
        assertFalse(browser.find("#update-public").isSelected(), "the public box starts unticked");
        browser.submit("#update-submit");
        browser.waitForText("#timeline", internalText);

        browser.submit("#logout");
        browser.open("/status");
        assertEquals("/status", browser.path(), "the status page needs no login");
        List<String> updates = browser.findAll("#status-updates .update").stream().map(WebElement::getText).toList();
        assertTrue(updates.stream().anyMatch(u -> u.contains(publicText)), "public update shown: " + updates);
        String statusPage = browser.driver().getPageSource();
        assertFalse(statusPage.contains("internal-journey"), "the internal update is not public");
        assertFalse(statusPage.contains("note-journey"), "notes are not public");
        assertFalse(statusPage.contains(title), "the internal title is not public");

        browser.open("/incidents/" + key);
        browser.logIn("admin", WebSession.ADMIN_PASSWORD);
        assertEquals("/incidents/" + key, browser.path(), "login leads back to the incident");
        browser.submit("#next-phase");
        assertPhase("RCA");

        browser.type("#why-form input[name=text]", why);
        browser.submit("#why-submit");
        browser.waitForText("#whys", why);

        browser.submit("#next-phase");
        assertPhase("Recover");
        browser.submit("#next-phase");
        assertPhase("Postmortem");

        browser.type("#action-form input[name=text]", action);
        browser.type("#action-form input[name=owner]", "ana");
        String due = LocalDate.now().plusDays(14).toString();
        // A date input's typing order follows the browser's locale; its value is always ISO.
        browser.script("arguments[0].value = arguments[1];", browser.find("#action-form input[name=due]"), due);
        browser.submit("#action-submit");
        List<String> actions = browser.findAll("#actions li").stream().map(WebElement::getText).toList();
        assertTrue(actions.stream().anyMatch(a -> a.contains(action) && a.contains("ana")), actions.toString());

        browser.waitForText("#postmortem", why);
        HttpResponse<String> download = browser.fetch(browser.find("#postmortem-download").getAttribute("href"));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                download.headers().map().toString());
        assertTrue(download.body().contains(why), download.body());
        assertTrue(download.body().contains(action), download.body());
        assertTrue(download.body().contains(due), "the action item's due date: " + download.body());

        browser.open("/reports");
        List<WebElement> charts = browser.findAll("section.report svg.chart");
        assertTrue(charts.size() >= 4, "charts drawn: " + charts.size());
        for (WebElement chart : charts) {
            WebElement report = chart.findElement(By.xpath("ancestor::section[contains(@class, 'report')]"));
            assertFalse(report.findElements(By.cssSelector("a.csv")).isEmpty(),
                    "the numbers behind " + report.getAttribute("id") + " as CSV");
        }
    }

    @Test
    void aCommandWhoseFormLostItsTokenIsRefusedAndNothingIsStored() {
        String key = Api.open("Forged form target", "3", "csrf-journey");
        browser.open("/incidents/" + key);
        browser.logIn("admin", WebSession.ADMIN_PASSWORD);
        browser.waitFor("#command-form");

        browser.type("#command-text", "note forged through a tampered form");
        browser.script("document.querySelector('#command-form input[name=_csrf]').remove();");
        browser.submit("#command-run");

        assertEquals(403, browser.status());
        String timeline = Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .extract().asString();
        assertFalse(timeline.contains("forged through a tampered form"), timeline);
    }

    private static void assertPhase(String label) {
        browser.until(ExpectedConditions.textToBe(By.id("incident-phase"), label));
    }
}
