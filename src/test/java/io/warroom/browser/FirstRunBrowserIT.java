package io.warroom.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.support.Browser;
import io.warroom.support.PackagedApp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first start: the packaged jar on fresh data with no admin password configured prints where the web
 * app is and a generated admin password; with those two alone the browser gets in and shows the incident list.
 */
class FirstRunBrowserIT {

    private static final Pattern WEB_APP_LINE =
            Pattern.compile("Web app: (http://\\S+) - log in as (\\S+) with password (\\S+) ");

    private PackagedApp app;
    private Browser browser;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNewcomerLogsInWithThePrintedPasswordAndSeesTheIncidentList() throws Exception {
        app = PackagedApp.onFreshData("warroom-first-run", "first-run-api-token", "first-run-alerts-token")
                .onItsOwnDatabase("warroom_first_run");
        app.start();
        Matcher printed = WEB_APP_LINE.matcher(app.log());
        assertTrue(printed.find(), "the first start prints the web app's address and password: " + app.log());
        String url = printed.group(1);
        String password = printed.group(3);
        assertEquals("admin", printed.group(2));
        assertEquals(app.url().replace("127.0.0.1", "localhost") + "/", url, "the address printed is where it listens");

        browser = Browser.desktop(app.url());
        browser.driver().get(url);
        assertTrue(browser.path().startsWith("/login"), "logged out, the app asks to log in: " + browser.path());
        browser.logIn("admin", password + "x");
        assertEquals("Wrong user name or password.", browser.waitFor("#login-error").getText());
        browser.logIn("admin", password);
        assertEquals("/", browser.path());
        browser.waitFor("#incidents");
        browser.waitFor("#open-incident");
    }
}
