package io.warroom.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Browser;
import io.warroom.webapp.WebUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A form whose CSRF token was taken out or changed, as a forged cross-site post would arrive, is refused with 403
 * and changes nothing: the account's password stays as it was.
 */
@QuarkusTest
class CsrfBrowserTest {

    private static final String USER = "csrf-browser";
    private static final String PASSWORD = "the-first-password-1";
    private static final String REFUSAL =
            "This form has expired or did not come from Warroom. Go back, reload the page and try again.";
    private static Browser browser;

    @Inject
    WebUsers users;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.desktop(RunningApp.url());
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "f.querySelector('input[name=_csrf]').remove()",
        "f.querySelector('input[name=_csrf]').value = 'x'.repeat(43)"})
    void aPasswordChangeWithoutTheSessionsTokenIsRefusedAndChangesNothing(String tamper) {
        if (users.find(USER).isEmpty()) {
            users.create(USER, "Csrf Tester", PASSWORD, false);
        }
        browser.driver().manage().deleteAllCookies();
        browser.open("/account");
        browser.logIn(USER, PASSWORD);
        assertEquals("/account", browser.path());

        browser.type("#current", PASSWORD);
        browser.type("#password", "a-forged-new-password-1");
        browser.type("#repeat", "a-forged-new-password-1");
        browser.script("const f = document.querySelector('form[action=\"/account/password\"]'); " + tamper + ";");
        browser.submit("#change-password");

        assertEquals(403, browser.status());
        assertTrue(browser.text().contains(REFUSAL), browser.text());
        assertTrue(users.authenticate(USER, PASSWORD).isPresent(), "the old password still works");
        assertTrue(users.authenticate(USER, "a-forged-new-password-1").isEmpty(), "the new one was not set");
        browser.open("/account");
        assertEquals("/account", browser.path(), "the session was not ended either");
    }

    @Test
    void theSameFormWithItsTokenChangesThePassword() {
        String user = "csrf-browser-control";
        users.create(user, "Csrf Control", PASSWORD, false);
        browser.driver().manage().deleteAllCookies();
        browser.open("/account");
        browser.logIn(user, PASSWORD);

        browser.type("#current", PASSWORD);
        browser.type("#password", "the-second-password-2");
        browser.type("#repeat", "the-second-password-2");
        browser.submit("#change-password");

        assertEquals("/login?out=true", browser.path());
        assertTrue(users.authenticate(user, "the-second-password-2").isPresent());
    }
}
