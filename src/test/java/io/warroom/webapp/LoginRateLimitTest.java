package io.warroom.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginRateLimitTest {

    @Inject
    WebUsers users;

    @Inject
    TestClock clock;

    @Inject
    LoginThrottle throttle;

    /**
     * Each test runs at its own moment in the past, so its failures never count against the real time other tests
     * log in at (they all come from 127.0.0.1).
     */
    private static Instant past = Instant.parse("2020-01-01T00:00:00Z");

    @BeforeEach
    void travel() {
        past = past.plus(Duration.ofDays(1));
        clock.fix(past);
    }

    @AfterEach
    void back() {
        clock.reset();
    }

    private static Response attempt(String username, String password) {
        Response form = WebSession.anonymous().get("/login");
        return WebSession.anonymous().cookie("warroom_login_csrf", form.cookie("warroom_login_csrf"))
                .formParams(Map.of("username", username, "password", password,
                        "_csrf", WebSession.csrfOf(form.asString())))
                .post("/login");
    }

    @Test
    void fiveFailuresForOneNameLockItForFifteenMinutesEvenWithTheRightPassword() {
        users.create("guessed", "Guessed", "guessed-password-1", false);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertEquals(401, attempt("guessed", "wrong-guess-" + i).statusCode());
        }
        Response locked = attempt("Guessed", "guessed-password-1");
        assertEquals(429, locked.statusCode());
        assertTrue(locked.asString().contains("Too many failed logins; try again in 11 minutes."), locked.asString());
        assertEquals("660", locked.header("Retry-After"), "until the first of the five failures is 15 minutes old");
        assertFalse(locked.getCookies().containsKey("warroom_session"));

        clock.advance(Duration.ofMinutes(11));
        assertEquals(303, attempt("guessed", "guessed-password-1").statusCode());
    }

    @Test
    void unknownNamesAreLimitedAlikeSoTheLimitRevealsNoAccounts() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, attempt("nobody-at-all", "wrong-guess-" + i).statusCode());
        }
        assertEquals(429, attempt("nobody-at-all", "wrong-guess-5").statusCode());
    }

    @Test
    void aSuccessClearsTheNamesFailuresButNotTheAddresss() {
        users.create("typo", "Typo", "typo-password-1", false);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, attempt("typo", "typo-passwrd-" + i).statusCode());
        }
        assertEquals(303, attempt("typo", "typo-password-1").statusCode());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, attempt("typo", "typo-passwrd-" + i).statusCode(), "the name starts afresh");
        }
        // 8 failures from this address so far; 12 more on other names reach the limit of 20.
        for (int i = 0; i < 12; i++) {
            assertEquals(401, attempt("sprayed-" + i, "spray-password-1").statusCode());
        }
        Response locked = attempt("typo", "typo-password-1");
        assertEquals(429, locked.statusCode(), "a success of one's own account does not reset the address");
        assertEquals("900", locked.header("Retry-After"));
    }

    @Test
    void failuresThatNoLongerCountAreSwept() {
        attempt("swept-name", "wrong-password-1");
        clock.advance(Duration.ofMinutes(16));
        assertTrue(throttle.sweep() >= 2, "the name's and the address's row");
    }
}
