package io.warroom.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.Browser;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Screenshots of the web app for people to look at, not a check: demo incidents spread over six weeks, then the
 * list, one incident, the status page and the reports, full-page, at desktop and phone size, into
 * target/screenshots/. Runs only with -Dscreenshots=true (bench/screenshots.sh), never in the default build.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotTour {

    private static final Path DIRECTORY = Path.of("target/screenshots");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void screenshotsOfTheListTheIncidentTheStatusPageAndTheReports() throws Exception {
        Instant now = Instant.now();
        pastIncidents(now);
        String current = currentIncidents(now);
        clock.reset();

        List<String> pages = List.of("/", "/incidents/" + current, "/status", "/reports");
        shoot("desktop", Browser::desktop, pages);
        shoot("phone", Browser::phone, pages);
    }

    private void shoot(String device, Function<String, Browser> start, List<String> pages) throws Exception {
        try (Browser browser = start.apply(RunningApp.url())) {
            browser.open("/login");
            browser.logIn("admin", WebSession.ADMIN_PASSWORD);
            for (String page : pages) {
                browser.open(page);
                browser.waitFor("main, body");
                String name = page.equals("/") ? "list" : page.substring(1).replace('/', '-').toLowerCase();
                Path file = browser.screenshot(DIRECTORY.resolve(device + "-" + name + ".png"));
                System.out.println("Screenshot: " + file.toAbsolutePath());
            }
        }
    }

    /** Resolved incidents over the last six weeks, so the reports and the status history have something to show. */
    private void pastIncidents(Instant now) {
        String[][] past = {
            {"42", "Login emails delayed by 20 minutes", "2", "auth"},
            {"35", "Search returns empty results for some queries", "3", "search"},
            {"29", "Checkout 502s after a config push", "1", "checkout"},
            {"21", "Image thumbnails missing", "4", "media"},
            {"16", "Payment webhooks retried twice", "2", "payments"},
            {"9", "Admin console unreachable from the VPN", "3", "admin"},
            {"4", "Database replica lag above 5 minutes", "2", "db"},
        };
        int n = 0;
        for (String[] incident : past) {
            n++;
            clock.fix(now.minus(Duration.ofDays(Long.parseLong(incident[0]))).plus(Duration.ofHours(n % 9)));
            String key = Api.open(incident[1], incident[2], incident[3]);
            step(Duration.ofMinutes(3 + n), key, "ack", "ben");
            step(Duration.ofMinutes(2), key, "role commander ben", "ben");
            step(Duration.ofMinutes(4), key, "update --public We are investigating reports of problems with "
                    + incident[3] + ".", "ben");
            step(Duration.ofMinutes(6 + 2 * n), key, "next", "ben");
            step(Duration.ofMinutes(5), key, "note Rolled back the last deploy of " + incident[3], "chloe");
            step(Duration.ofMinutes(10 + 3 * n), key, "next", "ben");
            step(Duration.ofMinutes(12), key, "why The change was not behind a feature flag", "ben");
            step(Duration.ofMinutes(2), key, "why The deploy checklist does not ask for one", "ben");
            step(Duration.ofMinutes(20), key, "next", "ben");
            step(Duration.ofMinutes(15 + 4 * n), key, "update --public The issue with " + incident[3]
                    + " is resolved. Thank you for your patience.", "ben");
            step(Duration.ofMinutes(1), key, "next", "ben");
            step(Duration.ofMinutes(30), key, "action Add a canary stage for " + incident[3] + " owner:chloe due:"
                    + now.plus(Duration.ofDays(n * 3L)).toString().substring(0, 10), "ben");
        }
    }

    /** Open incidents in different phases and severities; returns the key of the richest one. */
    private String currentIncidents(Instant now) {
        clock.fix(now.minus(Duration.ofHours(3)));
        String cdn = Api.open("CDN 5xx in eu-west", "2", "cdn");
        step(Duration.ofMinutes(6), cdn, "ack", "ana");
        step(Duration.ofMinutes(20), cdn, "next", "ana");

        clock.fix(now.minus(Duration.ofMinutes(95)));
        String checkout = Api.open("Checkout payments time out", "1", "checkout");
        step(Duration.ofMinutes(2), checkout, "ack", "ana");
        step(Duration.ofMinutes(1), checkout, "role commander ana", "ana");
        step(Duration.ofMinutes(1), checkout, "impact Card payments fail for about 30% of customers in the EU", "ana");
        step(Duration.ofMinutes(1), checkout, "check 1", "ana");
        step(Duration.ofMinutes(1), checkout, "check 2", "ana");
        step(Duration.ofMinutes(3), checkout, "update --public Some card payments are failing. We are investigating.",
                "ana");
        step(Duration.ofMinutes(2), checkout, "note Error rate on payment-client jumped to 31% at 09:12", "ben");
        step(Duration.ofMinutes(4), checkout, "next", "ana");
        step(Duration.ofMinutes(6), checkout, "note Rolled back payment-client to 4.12.3", "chloe");
        step(Duration.ofMinutes(9), checkout, "update Rollback done, error rate falling (internal)", "ana");
        step(Duration.ofMinutes(5), checkout, "update --public A fix is in place and payments are recovering.",
                "ana");
        step(Duration.ofMinutes(3), checkout, "next", "ana");
        step(Duration.ofMinutes(8), checkout, "why Payments timed out after 30 s", "ben");
        step(Duration.ofMinutes(2), checkout, "why The payment client's pool was exhausted", "ben");
        step(Duration.ofMinutes(2), checkout, "why 4.13.0 halved the pool size by mistake", "ben");
        step(Duration.ofMinutes(3), checkout, "action Alert on payment-client pool saturation owner:ben due:"
                + now.plus(Duration.ofDays(7)).toString().substring(0, 10), "ana");
        step(Duration.ofMinutes(1), checkout, "action Reproduction test for the pool size owner:chloe due:"
                + now.plus(Duration.ofDays(14)).toString().substring(0, 10), "ana");

        clock.fix(now.minus(Duration.ofMinutes(40)));
        String search = Api.open("Search latency p99 above 2 s", "3", "search");
        step(Duration.ofMinutes(7), search, "ack", "chloe");
        step(Duration.ofMinutes(1), search, "note Looks like one slow shard", "chloe");

        clock.fix(now.minus(Duration.ofMinutes(12)));
        Api.open("Disk 85% full on db-replica-2", "4", "db");
        return checkout;
    }

    private void step(Duration after, String key, String command, String user) {
        clock.advance(after);
        Api.run(key, command, user).statusCode(200);
    }
}
