package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.support.PackagedApp;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application as a user would, stops it and starts it again: the incident and its timeline are
 * still there. On the default H2 file database this proves data survives a restart; CI also runs it on PostgreSQL.
 * Started without chat tokens, as a newcomer would: it says which bots are off and still takes alerts.
 */
class RestartIT {

    private PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anIncidentSurvivesARestart() throws Exception {
        app = PackagedApp.onFreshData("warroom-restart", "restart-test-token", "restart-alerts-token")
                .onItsOwnDatabase("warroom_restart");

        app.start();
        String startLog = app.log();
        assertTrue(startLog.contains("Slack bot is off") && startLog.contains("Discord bot is off"),
                "without chat tokens the log says which bots are off: " + startLog);
        firstRunPrintsAWorkingAdminPassword(startLog);
        String alert = ok(app.alert("generic",
                "{\"title\":\"Disk full\",\"severity\":\"critical\",\"service\":\"db\"}"));
        assertTrue(alert.contains("\"outcome\":\"opened\""), "alerts open incidents without chat: " + alert);
        String key = field(ok(app.post("/api/incidents",
                "{\"title\":\"Restart drill\",\"severity\":\"2\",\"service\":\"db\",\"user\":\"ana\"}")), "key");
        ok(app.post("/api/incidents/" + key + "/commands", "{\"text\":\"ack\",\"user\":\"ana\"}"));
        ok(app.post("/api/incidents/" + key + "/commands",
                "{\"text\":\"note survived the restart\",\"user\":\"ana\"}"));
        assertTrue(app.stop(), "Warroom stops on SIGTERM");

        app.start();
        assertFalse(app.log().contains("with password"), "the password is printed once only: " + app.log());
        String incident = app.get("/api/incidents/" + key);
        assertEquals("Restart drill", field(incident, "title"));
        assertEquals("TRIAGE", field(incident, "phase"));
        String timeline = app.get("/api/incidents/" + key + "/timeline");
        assertTrue(timeline.contains("\"text\":\"survived the restart\""), timeline);
    }

    /**
     * A newcomer's first start prints one line with the web app's address and a generated admin password, which logs
     * in. On PostgreSQL (CI) the app gets an empty database of its own, as a newcomer's.
     */
    private void firstRunPrintsAWorkingAdminPassword(String startLog) throws Exception {
        Matcher line = Pattern.compile(
                "(?m)^Web app: (http://\\S+) - log in as admin with password (\\S+) \\(shown once")
                .matcher(startLog);
        assertTrue(line.find(), "the first start prints the address and the admin password: " + startLog);
        String password = line.group(2);
        assertEquals(1, startLog.split(Pattern.quote(password), -1).length - 1, "printed once, logged nowhere else");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(app.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + password + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, login.statusCode(), login.body());
        HttpResponse<String> account = browser.send(HttpRequest.newBuilder(app.uri("/account")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, account.statusCode(), account.body());
    }

    private static String ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.uri() + " → " + response.statusCode() + " "
                + response.body());
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
