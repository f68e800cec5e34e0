package io.warroom.oncall;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.OnCallProfile;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /incident oncall [service]} through the REST command API. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class OnCallCommandTest {

    static final String PAYMENTS = "On call for payments (checkout, billing):\n"
            + "• primary: Ana Lima until Fri 10 Jan 18:00 Europe/Berlin, then Lee Park (override)\n"
            + "• secondary: Bo Chen until Mon 13 Jan 09:00 Europe/Berlin, then Cy Diaz\n"
            + "Escalation: primary 5m → secondary 5m → Lee Park 10m";

    @Inject
    TestClock clock;

    @BeforeEach
    void fixTheClock() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void oncallShowsWhoIsOnCallNowAndNextForAService() {
        String key = People.open("Checkout errors", "3", "checkout");
        People.run(key, "oncall billing", People.BO).statusCode(200).body("text", equalTo(PAYMENTS));
        People.run(key, "oncall " + key, People.BO).statusCode(200).body("text", equalTo(PAYMENTS));
    }

    @Test
    void duringAnOverrideTheStandInIsShown() {
        clock.fix(Instant.parse("2025-01-11T12:00:00Z"));
        String key = People.open("Weekend checkout errors", "4", "checkout");
        People.run(key, "oncall checkout", People.BO).statusCode(200).body("text", equalTo(
                "On call for payments (checkout, billing):\n"
                        + "• primary: Lee Park (override) until Mon 13 Jan 09:00 Europe/Berlin, then Bo Chen\n"
                        + "• secondary: Bo Chen until Mon 13 Jan 09:00 Europe/Berlin, then Cy Diaz\n"
                        + "Escalation: primary 5m → secondary 5m → Lee Park 10m"));
    }

    @Test
    void oncallAloneListsEveryTeamAndAnUnknownServiceNamesTheTeams() {
        String key = People.open("Any incident", "4", "search");
        People.run(key, "oncall", People.BO).statusCode(200).body("text", equalTo(PAYMENTS + "\n\n"
                + "On call for search (search):\n• main: Cy Diaz until Wed 8 Jan 09:00 Europe/Berlin, then Cy Diaz\n"
                + "Escalation: main 5m"));
        People.run(key, "oncall ledger", People.BO).statusCode(404).body("error", equalTo("No team in the on-call "
                + "file lists service `ledger`. Teams: payments (checkout, billing); search (search)."));
    }
}
