package io.warroom.command;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code started <time>} through the REST API: when the impact began moves the time to detect, a start after the
 * detection is refused naming it, and a refused start leaves the incident as it was.
 */
@QuarkusTest
class ImpactStartCommandTest {

    private static final String USAGE = "\nUsage: /incident started <HH:MM | YYYY-MM-DD HH:MM>";
    private static final Instant DETECTED = Instant.parse("2026-12-06T20:35:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void anImpactSixHoursBeforeDetectionShowsInThePostmortem() {
        String key = openAtDetection("Orders lost since the afternoon");
        clock.fix(DETECTED.plusSeconds(600));

        Api.run(key, "started 14:26").statusCode(200)
                .body("text", equalTo("Impact began 14:26 UTC, 6h 9m before detection."));

        assertEquals(Instant.parse("2026-12-06T14:26:00Z"), Instant.parse(incident(key).get("milestones.started")));
        String postmortem = postmortem(key);
        assertTrue(postmortem.contains("| **Impact started** | 2026-12-06 14:26:00 UTC |"), postmortem);
        assertTrue(postmortem.contains("| Time to detect (impact start → detection) | 6h 9m |"), postmortem);
        assertTrue(postmortem.contains("Reported by ana. Opened at 2026-12-06 20:35:00 UTC. Impact began at "
                + "2026-12-06 14:26:00 UTC, 6h 9m before detection."), postmortem);
        assertTrue(postmortem.contains("| 2026-12-06 14:26:00 | Detect | — | Impact began (6h 9m before detection) |"
                + "\n| 2026-12-06 20:35:00 | Detect |"), postmortem);
        assertTrue(postmortem.contains("    Impact before detection :crit, p0, 2026-12-06 14:26:00, 2026-12-06 20:35:00"
                + "\n    Detect :"), postmortem);
        assertEquals(List.of("Impact began 14:26 UTC, 6h 9m before detection"), impactEntries(key));
    }

    @Test
    void anIncidentOpenedByHandWithoutAStartMeasuresNoTimeToDetect() {
        String key = openAtDetection("Search slow");

        String postmortem = postmortem(key);

        assertTrue(postmortem.contains("| **Impact started** | — |"), postmortem);
        assertTrue(postmortem.contains("| Time to detect (impact start → detection) | — |"), postmortem);
        assertTrue(postmortem.contains("When the impact began is not recorded; `started <time>` records it."),
                postmortem);
        assertTrue(!postmortem.contains("Impact before detection"), postmortem);
    }

    @Test
    void changingTheStartAgainSaysWhatItWasAndTheSameStartChangesNothing() {
        String key = openAtDetection("Payments retried twice");
        clock.fix(DETECTED.plusSeconds(60));
        Api.run(key, "started 14:26").statusCode(200);

        Api.run(key, "started 2026-12-06 13:00").statusCode(200)
                .body("text", equalTo("Impact began 13:00 UTC, 7h 35m before detection (was 14:26 UTC)."));
        Api.run(key, "started 13:00").statusCode(200)
                .body("text", equalTo("The impact of " + key + " already began at 13:00 UTC, 7h 35m before "
                        + "detection."));
        Api.run(key, "started 2026-12-05 23:50").statusCode(200)
                .body("text", equalTo("Impact began 2026-12-05 23:50 UTC, 20h 45m before detection (was 13:00 UTC)."));

        assertEquals(List.of("Impact began 14:26 UTC, 6h 9m before detection",
                "Impact began 13:00 UTC, 7h 35m before detection (was 14:26 UTC)",
                "Impact began 2026-12-05 23:50 UTC, 20h 45m before detection (was 13:00 UTC)"), impactEntries(key));
    }

    @ParameterizedTest(name = "started {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # GIVEN detection at 20:35 and now 20:50 UTC; WHEN started … THEN the refusal
            20:40            | 422 | Impact cannot begin after detection: INC-? was detected at 2026-12-06 20:35 UTC, and 2026-12-06 20:40 UTC is later. Give the time the impact began, at or before the detection.
            20:35:01         | 422 | Impact cannot begin after detection: INC-? was detected at 2026-12-06 20:35 UTC, and 2026-12-06 20:35 UTC is later. Give the time the impact began, at or before the detection.
            20:55            | 422 | `started 20:55` is in the future: it is 2026-12-06 20:50 now (UTC). Impact begins before it is detected; for an earlier day give the date, e.g. `started 2026-12-05 20:55`.
            2026-12-07 9:00  | 422 | `started 2026-12-07 09:00` is in the future: it is 2026-12-06 20:50 now (UTC). Impact begins before it is detected.
            25:99            | 422 | `started 25:99` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            yesterday        | 422 | `started yesterday` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            14:26 or so      | 422 | `started` takes one time, not `14:26 or so`.
            14:26Z           | 422 | `started 14:26Z` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            """)
    void aStartAfterDetectionInTheFutureOrNotATimeIsRefusedAndChangesNothing(String at, int status,
            String refusal) {
        String key = openAtDetection("Refused start " + at);
        clock.fix(DETECTED.plusSeconds(900));

        Api.run(key, "started " + at).statusCode(status).body("error", equalTo(refusal.replace("INC-?", key)
                + USAGE));

        assertEquals(DETECTED, Instant.parse(incident(key).get("milestones.started")));
        assertEquals(List.of(), impactEntries(key));
    }

    @Test
    void withoutATimeOrWithAPastedEssayTheUsageLineAnswers() {
        String key = openAtDetection("Hostile starts");
        Api.run(key, "started").statusCode(422).body("error", equalTo(
                "`started` needs the time the impact began, e.g. `started 14:26`." + USAGE));
        String essay = "1".repeat(5000);
        String error = Api.run(key, "started " + essay).statusCode(422).extract().path("error");
        assertTrue(error.length() < 300, error);
        assertEquals(List.of(), impactEntries(key));
    }

    @Test
    void aClosedIncidentKeepsItsStart() {
        String key = openAtDetection("Closed already");
        Api.run(key, "resolve fixed").statusCode(200);
        Api.run(key, "close").statusCode(200);

        Api.run(key, "started 14:26").statusCode(409).body("error", equalTo(key + " is closed; nothing about its "
                + "response can change any more."));
    }

    @Test
    void openingWithAStartRecordsItAndRefusesOneInTheFuture() {
        clock.fix(DETECTED);
        Map<String, Object> body = Map.of("title", "Opened with a start", "severity", "2", "user", "ana",
                "started_at", "2026-12-06T15:26:00+01:00");
        String key = Api.authorized().body(body).post("/api/incidents").then().statusCode(201)
                .body("milestones.started", equalTo("2026-12-06T14:26:00Z")).extract().path("key");
        assertTrue(postmortem(key).contains("| Time to detect (impact start → detection) | 6h 9m |"));


        Api.authorized().body(Map.of("title", "Start tomorrow", "started_at", "2026-12-07T10:00:00Z"))
                .post("/api/incidents").then().statusCode(422).body("error", equalTo("`started:2026-12-07 10:00Z` is "
                        + "in the future: it is 2026-12-06 20:35 now (UTC). Impact begins before the incident is "
                        + "opened.\nUsage: /incident open <title> [sev:1-4] [service:<name>] [started:HH:MM]"));
        Api.authorized().body(Map.of("title", "Start garbled", "started_at", "last tuesday"))
                .post("/api/incidents").then().statusCode(422).body("field", equalTo("started_at"))
                .body("error", equalTo("`started_at` must be an ISO-8601 time with an offset, e.g. "
                        + "2026-03-01T14:26:00Z (or HH:MM, YYYY-MM-DD HH:MM in Warroom's time zone), not "
                        + "`last tuesday`."));
        Api.authorized().body(Map.of("title", "Start huge", "started_at", "9".repeat(100)))
                .post("/api/incidents").then().statusCode(422).body("field", equalTo("started_at"));
        List<String> titles = Api.authorized().get("/api/incidents?limit=20").then().extract().path("title");
        assertTrue(titles.stream().noneMatch(t -> t.startsWith("Start ")), titles.toString());
    }

    @Test
    void aNoteBackfilledBeforeTheImpactStartOffersToMoveIt() {
        String key = openAtDetection("Backfill offers a start");
        clock.fix(DETECTED.plusSeconds(300));

        Api.run(key, "note --at 14:26 first 5xx in the logs").statusCode(200)
                .body("text", equalTo("Noted on " + key + " at 14:26 UTC (backfilled)."))
                .body("fields[0].label", equalTo("Impact start"))
                .body("fields[0].value", equalTo("This is earlier than the detection, and no impact start is "
                        + "recorded. If the impact began then, set it with `started 2026-12-06 14:26`."))
                .body("buttons[0].label", equalTo("Impact began 14:26 UTC"))
                .body("buttons[0].command", equalTo("started 2026-12-06 14:26"));
        Api.run(key, "started 2026-12-06 14:26").statusCode(200);

        Api.run(key, "note --at 18:00 alarms muted").statusCode(200).body("buttons", equalTo(null));
        Api.run(key, "note --at 2026-12-05 23:10 deploy 4411 went out").statusCode(200)
                .body("fields[0].value", equalTo("This is earlier than the impact start, 14:26 UTC. If the impact "
                        + "began then, set it with `started 2026-12-05 23:10`."))
                .body("buttons[0].label", equalTo("Impact began 2026-12-05 23:10 UTC"));
        Api.run(key, "note rolled back").statusCode(200).body("buttons", equalTo(null));
    }

    private String openAtDetection(String title) {
        clock.fix(DETECTED);
        return Api.open(title, "SEV2", "orders");
    }

    private static io.restassured.path.json.JsonPath incident(String key) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
    }

    private static String postmortem(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200).extract()
                .asString();
    }

    private static List<String> impactEntries(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .path("findAll { it.text.startsWith('Impact began') }.text");
    }
}
