package io.warroom.command;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code note --at} through the command API: which times are taken, and what a refused one leaves behind (nothing). */
@QuarkusTest
class NoteBackfillTest {

    private static final String USAGE = "\nUsage: /incident note [--at HH:MM] <text>";

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "at {0}, --at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # GIVEN now (UTC)     | WHEN --at          | THEN stored at, or the refusal
            2026-03-01T10:02:00Z | 9:05               | 2026-03-01T09:05:00Z
            2026-03-01T10:02:00Z | 09:05              | 2026-03-01T09:05:00Z
            2026-03-01T10:02:00Z | 9:05:30            | 2026-03-01T09:05:30Z
            2026-03-01T10:02:00Z | 10:02              | 2026-03-01T10:02:00Z
            2026-03-01T10:02:00Z | 2026-03-01 9:05    | 2026-03-01T09:05:00Z
            2026-03-01T10:02:00Z | 2026-03-01 09:05   | 2026-03-01T09:05:00Z
            2026-03-01T10:02:00Z | 2026-03-01T9:05    | 2026-03-01T09:05:00Z
            2026-03-01T10:02:00Z | 2026-02-28 23:55   | 2026-02-28T23:55:00Z
            2026-03-01T00:10:00Z | 23:55              | 2026-02-28T23:55:00Z
            2026-03-01T00:10:00Z | 2026-03-01 0:05    | 2026-03-01T00:05:00Z
            2026-03-01T10:02:00Z | 10:03              | `--at 10:03` is in the future: it is 2026-03-01 10:02 now (UTC). Backfill what already happened; for an earlier day give the date, e.g. `--at 2026-02-28 10:03`.
            2026-03-01T10:02:00Z | 2026-03-01 10:03   | `--at 2026-03-01 10:03` is in the future: it is 2026-03-01 10:02 now (UTC). Backfill what already happened.
            2026-03-01T10:02:00Z | 2026-03-02 9:05    | `--at 2026-03-02 09:05` is in the future: it is 2026-03-01 10:02 now (UTC). Backfill what already happened.
            2026-03-01T00:10:00Z | 2026-03-01 9:05    | `--at 2026-03-01 09:05` is in the future: it is 2026-03-01 00:10 now (UTC). Backfill what already happened.
            2026-03-01T10:02:00Z | 25:99              | `--at 25:99` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            2026-03-01T10:02:00Z | 2026-02-30 9:05    | `--at 2026-02-30 9:05` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            2026-03-01T10:02:00Z | 9:5                | `--at 9:5` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.
            """)
    void backfilledTimes(String now, String at, String expected) {
        clock.fix(Instant.parse(now));
        String key = People.open("Backfill " + at, "3", "checkout");
        var answer = People.run(key, "note --at " + at + " first 5xx in logs", People.ANA);
        List<Map<String, Object>> notes = Api.authorized().get("/api/incidents/" + key + "/timeline").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'note' }");
        if (expected.startsWith("`")) {
            answer.statusCode(422).body("error", equalTo(expected + USAGE));
            assertEquals(List.of(), notes);
            return;
        }
        String shown = expected.substring(11, 16);
        answer.statusCode(200).body("text", equalTo("Noted on " + key + " at " + shown + " UTC (backfilled)."));
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(Instant.parse(expected), Instant.parse((String) notes.get(0).get("time")));
        assertEquals(true, notes.get(0).get("backfilled"));
        assertEquals("first 5xx in logs", notes.get(0).get("text"));
    }
}
