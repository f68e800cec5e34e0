package io.warroom.webapp;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    WebUsers users;

    @Test
    void adminLogsInWithTheConfiguredPasswordAndSeesTheirAccount() {
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        String page = admin.html("/account");
        assertTrue(page.contains("Signed in as Admin"), page);
    }

    @Test
    void loggedOutBrowserIsSentToTheLoginPageAndBackAfterwards() {
        Response page = WebSession.anonymous().get("/account?tab=password");
        assertEquals(303, page.statusCode());
        assertEquals("/login?next=%2Faccount%3Ftab%3Dpassword", page.header("Location").replaceFirst("^https?://[^/]+", ""));

        Response form = WebSession.anonymous().get("/login?next=/account");
        Response login = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .formParams(Map.of("username", "admin", "password", WebSession.ADMIN_PASSWORD,
                        "_csrf", WebSession.csrfOf(form.asString()), "next", "/account"))
                .post("/login");
        assertEquals(303, login.statusCode());
        assertTrue(login.header("Location").endsWith("/account"), login.header("Location"));
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        for (String next : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x"}) {
            assertEquals("/", LoginResource.safeNext(next), next);
        }
        assertEquals("/incidents/INC-4?x=1", LoginResource.safeNext("/incidents/INC-4?x=1"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Response form = WebSession.anonymous().get("/login");
        String csrf = WebSession.csrfOf(form.asString());
        for (String username : new String[] {"admin", "nobody-here"}) {
            Response login = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                    .formParams(Map.of("username", username, "password", "wrong-password-1", "_csrf", csrf))
                    .post("/login");
            assertEquals(401, login.statusCode());
            assertTrue(login.asString().contains("Wrong user name or password."));
            assertFalse(login.getCookies().containsKey("warroom_session"));
        }
    }

    @Test
    void loginFormWithoutItsCsrfCookieIsRefused() {
        Response form = WebSession.anonymous().get("/login");
        WebSession.anonymous().formParams(Map.of("username", "admin", "password", WebSession.ADMIN_PASSWORD,
                "_csrf", WebSession.csrfOf(form.asString()))).post("/login")
                .then().statusCode(403).body(containsString("did not come from Warroom"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Response form = WebSession.anonymous().get("/login");
        Response login = WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .formParams(Map.of("username", "admin", "password", WebSession.ADMIN_PASSWORD,
                        "_csrf", WebSession.csrfOf(form.asString())))
                .post("/login");
        String setCookie = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("warroom_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        // Plain HTTP here; behind HTTPS the cookie is Secure (warroom.web.secure-cookies=auto).
        assertFalse(setCookie.contains("Secure"), setCookie);
    }

    @Test
    void formPostWithoutTheSessionCsrfTokenIsRefusedAndChangesNothing() {
        users.create("csrf-victim", "Victim", "victims-password-1", false);
        WebSession victim = WebSession.login("csrf-victim", "victims-password-1");
        victim.request().formParams(Map.of("current", "victims-password-1", "password", "attackers-pass-1",
                "repeat", "attackers-pass-1")).post("/account/password").then().statusCode(403);
        victim.request().formParams(Map.of("current", "victims-password-1", "password", "attackers-pass-1",
                "repeat", "attackers-pass-1", "_csrf", "forged")).post("/account/password").then().statusCode(403);
        assertTrue(users.authenticate("csrf-victim", "victims-password-1").isPresent());
        assertTrue(users.authenticate("csrf-victim", "attackers-pass-1").isEmpty());
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        Response logout = admin.post("/logout", Map.of());
        assertEquals(303, logout.statusCode());
        assertEquals(303, admin.get("/account").statusCode(), "the old cookie no longer opens a page");
    }

    @Test
    void changingThePasswordEndsEverySessionOfTheAccount() {
        users.create("rotator", "Rotator", "first-password-1", false);
        WebSession laptop = WebSession.login("rotator", "first-password-1");
        WebSession phone = WebSession.login("rotator", "first-password-1");
        laptop.post("/account/password", Map.of("current", "first-password-1", "password", "second-password-2",
                "repeat", "second-password-2")).then().statusCode(303);
        assertEquals(303, phone.get("/account").statusCode());
        assertNotNull(WebSession.login("rotator", "second-password-2"));
    }

    @Test
    void weakOrMismatchedNewPasswordsAreExplained() {
        users.create("picky", "Picky", "picky-password-1", false);
        WebSession picky = WebSession.login("picky", "picky-password-1");
        picky.post("/account/password", Map.of("current", "picky-password-1", "password", "short",
                "repeat", "short")).then().statusCode(422).body(containsString("10 to 72 characters"));
        picky.post("/account/password", Map.of("current", "picky-password-1", "password", "long-enough-pw-1",
                "repeat", "long-enough-pw-2")).then().statusCode(422).body(containsString("differ"));
        picky.post("/account/password", Map.of("current", "not-my-password", "password", "long-enough-pw-1",
                "repeat", "long-enough-pw-1")).then().statusCode(422).body(containsString("current password is wrong"));
    }

    @Test
    void userTextIsEscapedOnPages() {
        users.create("xss", "<script>alert(1)</script>", "xss-password-1", false);
        WebSession.login("xss", "xss-password-1").request().get("/account").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        String csp = WebSession.anonymous().get("/login").header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'"), csp);
    }
}
