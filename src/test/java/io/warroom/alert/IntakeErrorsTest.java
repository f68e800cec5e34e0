package io.warroom.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.intake.RawDeliveries;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every refusal of the intake answers with its status and a message naming the problem, and stores nothing. */
@QuarkusTest
@TestProfile(AlertProfile.class)
class IntakeErrorsTest {

    @Inject
    RawDeliveries raw;

    private String report(String title) {
        return "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"service\": \"billing\"}";
    }

    @Test
    void missingOrWrongTokenIs401AndLeavesNothingBehind() {
        String title = "Unauthorised " + UUID.randomUUID();
        long before = raw.count("generic");
        given().contentType("application/json").body(report(title)).post("/api/alerts/generic").then()
                .statusCode(401).body("error", containsString("Missing alert token"));
        given().header("Authorization", "Bearer nope").contentType("application/json").body(report(title))
                .post("/api/alerts/generic").then().statusCode(401)
                .body("error", equalTo("Wrong alert token for source 'generic'."));
        assertEquals(before, raw.count("generic"));
        assertEquals(0, Alerts.incidentsTitled(title));
    }

    @Test
    void tokenWorksAsBasicPasswordAndQueryParameter() {
        String basic = Base64.getEncoder().encodeToString(("alertmanager:" + Alerts.TOKEN).getBytes());
        given().header("Authorization", "Basic " + basic).contentType("application/json")
                .body(report("Basic " + UUID.randomUUID()).replace("critical", "info"))
                .post("/api/alerts/generic").then().statusCode(200);
        given().queryParam("token", Alerts.TOKEN).contentType("application/json")
                .body(report("Query " + UUID.randomUUID()).replace("critical", "info"))
                .post("/api/alerts/generic").then().statusCode(200);
    }

    @Test
    void unknownSourceIs404() {
        Alerts.post("nagios", report("x")).statusCode(404)
                .body("error", equalTo("Unknown alert source 'nagios'; use one of alertmanager, generic, grafana, "
                        + "pagerduty, sns."));
    }

    @Test
    void malformedJsonIs400NamingWhere() {
        long before = raw.count("alertmanager");
        Alerts.post("alertmanager", "{\"alerts\": [ {\"status\": \"firing\", }").statusCode(400)
                .body("error", containsString("Malformed JSON at line 1"));
        Alerts.post("alertmanager", "[1, 2]").statusCode(400)
                .body("error", equalTo("Expected a JSON object, got array."));
        assertEquals(before, raw.count("alertmanager"));
    }

    @Test
    void missingRequiredFieldIs422NamingIt() {
        long before = raw.count("alertmanager") + raw.count("generic") + raw.count("pagerduty");
        Alerts.post("alertmanager", "{\"version\": \"4\", \"status\": \"firing\"}").statusCode(422)
                .body("field", equalTo("alerts")).body("error", equalTo("Missing required field `alerts`."));
        Alerts.post("alertmanager", Alerts.alertmanager("G", "firing", "{\"labels\": {\"alertname\": \"X\"}}"))
                .statusCode(422).body("field", equalTo("alerts[0].status"));
        Alerts.post("generic", "{\"severity\": \"critical\"}").statusCode(422).body("field", equalTo("title"));
        Alerts.post("generic", "{\"title\": \"t\", \"severity\": \"apocalyptic\"}").statusCode(422)
                .body("field", equalTo("severity"));
        Alerts.post("pagerduty", "{\"routing_key\": \"k\", \"event_action\": \"trigger\", \"payload\": "
                + "{\"summary\": \"s\", \"severity\": \"critical\"}}").statusCode(422)
                .body("field", equalTo("payload.source"))
                .body("error", equalTo("Missing required field `payload.source`."));
        Alerts.post("pagerduty", "{\"routing_key\": \"k\", \"event_action\": \"resolve\"}").statusCode(422)
                .body("field", equalTo("dedup_key"));
        assertEquals(before, raw.count("alertmanager") + raw.count("generic") + raw.count("pagerduty"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String title = "Huge " + UUID.randomUUID();
        String huge = "{\"title\": \"" + title + "\", \"severity\": \"critical\", \"stack\": \""
                + "x".repeat(1024 * 1024) + "\"}";
        long before = raw.count("generic");
        Alerts.post("generic", huge).statusCode(413).body("error", containsString("limited to 1048576 bytes"));
        assertEquals(before, raw.count("generic"));
        assertEquals(0, Alerts.incidentsTitled(title));
    }
}
