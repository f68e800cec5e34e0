package io.warroom.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.support.CapturedLog;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HostileWebInputTest {

    @Inject
    WebUsers users;

    @Inject
    TestClock clock;

    @AfterEach
    void back() {
        clock.reset();
    }

    @Test
    void aMegabytePasswordIsRefusedQuicklyWithAClearAnswer() {
        Response form = WebSession.anonymous().get("/login");
        long start = System.nanoTime();
        Response login = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .formParams(Map.of("username", "admin", "password", "p".repeat(1 << 20),
                        "_csrf", WebSession.csrfOf(form.asString())))
                .post("/login");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(413, login.statusCode(), login.asString());
        assertTrue(login.asString().contains("longer than Warroom accepts"), login.asString());
        assertTrue(millis < 2000, millis + " ms");
    }

    @Test
    void aMegabyteFieldOnASignedInFormIsRefusedToo() {
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        Response change = admin.post("/account/password", Map.of("current", "x".repeat(1 << 20),
                "password", "a", "repeat", "a"));
        assertEquals(413, change.statusCode());
        assertTrue(change.contentType().startsWith("text/html"), change.contentType());
    }

    @Test
    void aMalformedFormIsAClientErrorNotAFailure() {
        Response form = WebSession.anonymous().get("/login");
        Response login = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .contentType("application/x-www-form-urlencoded").body("username=%zz&password=%&_csrf=%E0%A4%A")
                .post("/login");
        assertTrue(login.statusCode() >= 400 && login.statusCode() < 500, login.statusCode() + " " + login.asString());
        Response json = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .contentType("application/json").body("{\"username\":\"admin\"}").post("/login");
        assertTrue(json.statusCode() >= 400 && json.statusCode() < 500, json.statusCode() + " " + json.asString());
    }

    @Test
    void aCsrfTokenFromBeforeLogoutIsWorthlessAfterIt() {
        users.create("replayed", "Replayed", "replayed-pass-1", false);
        WebSession before = WebSession.login("replayed", "replayed-pass-1");
        before.post("/logout", Map.of()).then().statusCode(303);
        WebSession after = WebSession.login("replayed", "replayed-pass-1");
        after.request().formParams(Map.of("_csrf", before.csrf(), "current", "replayed-pass-1",
                "password", "stolen-password-1", "repeat", "stolen-password-1")).post("/account/password")
                .then().statusCode(403);
        assertEquals(303, before.post("/account/password", Map.of("current", "replayed-pass-1",
                "password", "stolen-password-1", "repeat", "stolen-password-1")).statusCode(),
                "the old cookie with its own token: sent to the login page");
        assertTrue(users.authenticate("replayed", "replayed-pass-1").isPresent());
    }

    @Test
    void theCookieOfADeletedUserOpensNothing() {
        users.create("deleted-later", "Deleted", "deleted-pass-1", false);
        WebSession session = WebSession.login("deleted-later", "deleted-pass-1");
        users.delete("admin", "deleted-later");
        assertEquals(303, session.get("/account").statusCode());
    }

    @Test
    void aSessionEndsAfterTwelveIdleHours() {
        users.create("idler", "Idler", "idler-password-1", false);
        WebSession session = WebSession.login("idler", "idler-password-1");
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertEquals(200, session.get("/account").statusCode());
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        assertEquals(303, session.get("/account").statusCode());
    }

    @Test
    void aSessionEndsSevenDaysAfterLoginHoweverActive() {
        users.create("busy", "Busy", "busy-password-1", false);
        WebSession session = WebSession.login("busy", "busy-password-1");
        for (int hours = 0; hours < 7 * 24 - 10; hours += 10) {
            clock.advance(Duration.ofHours(10));
            assertEquals(200, session.get("/account").statusCode(), "after " + hours + " hours");
        }
        clock.advance(Duration.ofHours(11));
        assertEquals(303, session.get("/account").statusCode());
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessWarroomIsToldItIsBehindAProxy() {
        Response form = WebSession.anonymous().header("X-Forwarded-Proto", "https").get("/login");
        String setCookie = form.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("warroom_login_csrf=")).findFirst().orElseThrow();
        assertFalse(setCookie.contains("Secure"), "a client cannot claim HTTPS: " + setCookie);
    }

    @Test
    void unknownPagesAndRefusalsAreHtmlPagesWhileTheApiKeepsJson() {
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        Response missing = admin.request().accept("text/html,application/xhtml+xml").get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.contentType().startsWith("text/html"), missing.contentType());
        assertTrue(missing.asString().contains("Page not found"), missing.asString());

        Response anonymous = WebSession.anonymous().accept("text/html").get("/no/such/page");
        assertEquals(404, anonymous.statusCode());
        assertTrue(anonymous.asString().contains("Page not found"));

        Response api = WebSession.anonymous().accept("text/html").header("Authorization", "Bearer test-token")
                .get("/api/no-such-thing");
        assertEquals(404, api.statusCode());
        assertTrue(api.contentType().startsWith("application/json"), api.contentType());

        Response csrf = admin.request().accept(WebSession.BROWSER_ACCEPT).formParams(Map.of("current", "x"))
                .post("/account/password");
        assertEquals(403, csrf.statusCode());
        assertTrue(csrf.contentType().startsWith("text/html"), csrf.contentType());
        assertTrue(csrf.asString().contains("did not come from Warroom"));
    }

    @Test
    void aFailingPageShowsAnErrorIdThatIsInTheLogAndNoStackTrace() {
        try (CapturedLog log = CapturedLog.start()) {
            Response failed = WebSession.login("admin", WebSession.ADMIN_PASSWORD).get("/test-only/failing-page");
            assertEquals(500, failed.statusCode());
            assertTrue(failed.contentType().startsWith("text/html"), failed.contentType());
            Matcher id = Pattern.compile("error ([0-9a-f]{8})").matcher(failed.asString());
            assertTrue(id.find(), failed.asString());
            assertFalse(failed.asString().contains("a bug in a page"), "no exception text on the page");
            assertTrue(log.lines().stream().anyMatch(line -> line.contains(id.group(1))
                    && line.contains("a bug in a page")), "the id leads to the log");
        }
    }
}
