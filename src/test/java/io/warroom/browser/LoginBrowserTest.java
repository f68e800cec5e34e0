package io.warroom.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Browser;
import io.warroom.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging in and out in a real browser: the redirect to the login page and back, the cookie, the logout button. */
@QuarkusTest
class LoginBrowserTest {

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
    void aPageAskedForLoggedOutOpensAfterLoginAndLogoutEndsTheSession() {
        browser.open("/account");
        assertEquals("/login?next=%2Faccount", browser.path());

        browser.type("#username", "admin");
        browser.type("#password", WebSession.ADMIN_PASSWORD);
        browser.submit("#login");
        assertEquals("/account", browser.path());
        assertEquals("Signed in as Admin", browser.waitFor("#signed-in-as").getText());

        browser.submit("#logout");
        assertEquals("/login?out=true", browser.path());
        assertEquals("You are logged out.", browser.find("p.notice").getText());
        browser.open("/account");
        assertTrue(browser.path().startsWith("/login?next="), "the old session no longer opens pages: " + browser.path());
    }

    @Test
    void aWrongPasswordShowsTheErrorAndKeepsTheUserName() {
        browser.open("/login");
        browser.type("#username", "admin");
        browser.type("#password", "not-the-password-1");
        browser.submit("#login");

        assertEquals(401, browser.status());
        assertEquals("Wrong user name or password.", browser.waitFor("#login-error").getText());
        assertEquals("admin", browser.find("#username").getDomProperty("value"));
        assertEquals("", browser.find("#password").getDomProperty("value"));
        assertEquals(null, browser.driver().manage().getCookieNamed("warroom_session"));
    }
}
