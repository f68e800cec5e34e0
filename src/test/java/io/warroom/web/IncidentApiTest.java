package io.warroom.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.warroom.support.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentApiTest {

    @Test
    void openingReturnsTheIncidentWithItsKeyAndLocation() {
        Api.authorized().body(Map.of("title", "Checkout 5xx spike", "severity", "SEV2", "service", "checkout",
                "user", Map.of("platform", "slack", "id", "U1", "name", "Ana")))
                .post("/api/incidents").then().statusCode(201)
                .header("Location", containsString("/api/incidents/INC-"))
                .body("key", startsWith("INC-")).body("title", equalTo("Checkout 5xx spike"))
                .body("severity", equalTo("SEV2")).body("status", equalTo("OPEN")).body("phase", equalTo("DETECT"))
                .body("openedBy.displayName", equalTo("Ana (via API)")).body("openedBy.platform", equalTo("SLACK")).body("checklist.size()", is(18));
    }

    @Test
    void listFiltersByStatus() {
        String open = Api.open("Queue backlog", "3", "billing");
        String resolved = Api.open("Cache stampede", "3", "web");
        Api.run(resolved, "resolve flushed").statusCode(200);
        Api.authorized().get("/api/incidents?status=open").then().statusCode(200)
                .body("key", hasItem(open)).body("findAll { it.key == '" + resolved + "' }", hasSize(0));
        Api.authorized().get("/api/incidents?status=resolved").then().statusCode(200).body("key", hasItem(resolved));
        Api.authorized().get("/api/incidents?status=burning").then().statusCode(422)
                .body("field", equalTo("status")).body("error", containsString("open, resolved or closed"));
    }

    @Test
    void commandsRunThroughTheGrammarAndLandOnTheTimeline() {
        String key = Api.open("Login errors", "2", "auth");
        Api.run(key, "ack").statusCode(200).body("text", equalTo("Acknowledged by ana; phase Detect → Triage"));
        Api.run(key, "role commander me").statusCode(200);
        Api.run(key, "note customers report 500 on /login").statusCode(200);
        Api.run(key, "status").statusCode(200).body("fields.find { it.label == 'Roles' }.value",
                containsString("Incident commander: ana"));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .body("kind", equalTo(List.of("opened", "phase", "role", "checklist", "note")))
                .body("[4].text", equalTo("customers report 500 on /login"))
                .body("[4].actor.name", equalTo("ana")).body("[4].phase", equalTo("triage"));
        Api.authorized().get("/api/incidents/" + key).then().body("phase", equalTo("TRIAGE"))
                .body("milestones.acknowledged", notNullValue()).body("roles.COMMANDER.displayName", equalTo("ana"));
    }

    @Test
    void badCommandsAnswerWithTheUsageLineAndChangeNothing() {
        String key = Api.open("Payments slow", "3", "payments");
        Api.run(key, "sev 9").statusCode(422)
                .body("error", equalTo("Severity must be 1-4 (1 is worst), not `9`.\nUsage: /incident sev <1-4>"));
        Api.run(key, "frobnicate").statusCode(422).body("error", startsWith("`frobnicate` is not a subcommand"));
        Api.run(key, "close").statusCode(409).body("error", containsString("resolve it"));
        Api.run(key, "status INC-999999").statusCode(422).body("field", equalTo("text"));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then().body("$", hasSize(1));
    }

    @Test
    void unknownIncidentsAre404() {
        Api.authorized().get("/api/incidents/INC-987654").then().statusCode(404)
                .body("error", equalTo("No incident INC-987654."));
        Api.run("INC-987654", "status").statusCode(404);
        Api.run("INC-987654", "note checked the dashboards").statusCode(404)
                .body("error", equalTo("No incident INC-987654."));
        Api.run("INC-987654", "help").statusCode(404).body("error", equalTo("No incident INC-987654."));
        Api.run("INC-987654", "frobnicate").statusCode(404).body("error", equalTo("No incident INC-987654."));
        Api.authorized().get("/api/incidents/banana").then().statusCode(404)
                .body("error", containsString("keys look like INC-42"));
    }

    @Test
    void badBodiesNameTheProblem() {
        Api.authorized().body("{\"title\": ").post("/api/incidents").then().statusCode(400)
                .body("error", startsWith("Malformed JSON"));
        Api.authorized().body(Map.of("severity", "2")).post("/api/incidents").then().statusCode(422)
                .body("field", equalTo("title")).body("error", equalTo("`title` is required."));
        Api.authorized().body(Map.of("title", "x".repeat(201))).post("/api/incidents").then().statusCode(422)
                .body("field", equalTo("title")).body("error", containsString("201 characters"));
        Api.authorized().body(Map.of("title", "x", "severity", "urgent")).post("/api/incidents").then()
                .statusCode(422).body("field", equalTo("severity"));
        Api.authorized().body(Map.of("title", "x", "user", Map.of("platform", "teams", "name", "x")))
                .post("/api/incidents").then().statusCode(422).body("field", equalTo("user.platform"));
        Api.authorized().body(Map.of("title", List.of("a"))).post("/api/incidents").then().statusCode(400)
                .body("field", equalTo("title"));
        Api.authorized().body(Map.of("user", "ana")).post("/api/incidents/INC-1/commands").then().statusCode(422)
                .body("field", equalTo("text"));
    }

    @Test
    void everyApiCallNeedsTheToken() {
        given().get("/api/incidents").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("error", containsString("Authorization: Bearer"));
        given().header("Authorization", "Bearer wrong").get("/api/incidents").then().statusCode(401)
                .body("error", equalTo("Wrong API token."));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body(Map.of("title", "sneaky")).post("/api/incidents").then().statusCode(401);
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Api.authorized().get("/api/version").then().statusCode(200).body("name", equalTo("warroom"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("warroom_commands_total"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/incidents/{key}/commands"));
    }

    @Test
    void concurrentOpeningsGetDistinctSequentialKeys() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                keys.add(pool.submit(() -> Api.open("Concurrent " + n, "4", "load")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> key : keys) {
                distinct.add(key.get());
            }
            assertEquals(40, distinct.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCommandsOnOneIncidentQueueBehindItsLock() throws Exception {
        String key = Api.open("Payments timing out", "2", "payments");
        List<String> phases = List.of("DETECT", "TRIAGE", "MITIGATE", "RCA", "RECOVER", "POSTMORTEM");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> Api.run(key, "next").extract().statusCode()));
            }
            int moved = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                // Each one reads the phase the one before it left: it moves on, or is told there is nowhere to go.
                if (status == 200) {
                    moved++;
                } else {
                    assertEquals(409, status, "a command that lost a race must not fail");
                }
            }
            int phaseEntries = Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.kind == 'phase' }").size();
            assertEquals(moved, phaseEntries);
            Api.authorized().get("/api/incidents/" + key).then().body("phase", equalTo(phases.get(moved)));
        } finally {
            pool.shutdownNow();
        }
    }
}
