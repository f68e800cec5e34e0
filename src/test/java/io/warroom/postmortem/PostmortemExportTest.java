package io.warroom.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The export of a whole incident, compared line by line with a reviewed copy. User text is full of Markdown and HTML
 * on purpose: it must come out escaped.
 */
@QuarkusTest
class PostmortemExportTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/postmortem.md");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void exportMatchesTheReviewedPostmortem() throws IOException {
        clock.fix(Instant.parse("2026-03-01T09:58:00Z"));
        String key = Api.authorized().body(Map.of("title", "Checkout `5xx` | <b>spike</b>", "severity", "2",
                "service", "checkout", "user", "ana")).post("/api/incidents").then().statusCode(201).extract()
                .path("key");
        at("10:00:00", key, "ack");
        at("10:01:00", key, "role commander me");
        at("10:01:30", key, "role comms bo");
        at("10:02:00", key, "note --at 09:55 first 5xx in logs\nfrom pod checkout-7 | cause unknown");
        at("10:02:30", key, "started 09:55");
        at("10:03:00", key, "sev 1");
        at("10:04:00", key, "update Rolling back deploy #4411");
        at("10:05:00", key, "next");
        at("10:07:00", key, "check 1");
        at("10:09:00", key, "next");
        at("10:10:00", key, "trigger deploy 4411 changed the payment client timeout");
        at("10:11:00", key, "why checkout calls timed out");
        at("10:11:10", key, "why the payment client timeout was 100 ms");
        at("10:11:20", key, "why the config change had no review");
        at("10:12:00", key, "next");
        at("10:15:00", key, "resolve rolled back deploy 4411");
        at("10:16:00", key, "learned well rollback took 2 minutes");
        at("10:16:10", key, "learned wrong no alert on *checkout* 5xx");
        at("10:17:00", key, "action alert on checkout 5xx rate owner:bo due:2026-03-08 "
                + "link:https://tracker.example/OPS-12");
        at("10:17:30", key, "action reproduction test for the timeout");
        at("10:18:00", key, "action done 2");
        at("10:20:00", key, "impact 12% of checkouts failed for 17 minutes");
        clock.fix(Instant.parse("2026-03-01T10:30:00Z"));

        String exported = Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .contentType("text/markdown").extract().body().asString();

        // Which earlier incidents look alike depends on what other tests opened first; SimilarIncidentsTest checks it.
        exported = exported.replaceAll("(?s)(## Similar incidents\n\n).*?(\n## )", "$1(earlier incidents)\n$2");
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("INC-0", key);
        if (!expected.equals(exported)) {
            // Kept for review: diff it against the golden file.
            Files.writeString(Path.of("target/postmortem-actual.md"), exported.replace(key, "INC-0"));
        }
        assertEquals(expected, exported);
    }

    private void at(String time, String key, String command) {
        clock.fix(Instant.parse("2026-03-01T" + time + "Z"));
        Api.run(key, command).statusCode(200);
    }
}
