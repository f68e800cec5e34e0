package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.warroom.incident.IncidentKey;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against a recording platform: order per lane, retries, give-ups, coalesced card refreshes. */
@QuarkusTest
@TestProfile(OutboxDeliveryTest.WithRecordingPlatform.class)
class OutboxDeliveryTest {

    public static class WithRecordingPlatform implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.recording-platform", "true",
                    "warroom.outbox.poll-interval", "1s");
        }
    }

    @Inject
    RecordingPlatform platform;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void start() {
        platform.reset();
    }

    @AfterEach
    void stop() {
        platform.reset();
        clock.reset();
    }

    @Test
    void openingCreatesTheRoomAndAnnouncesItOnTheSharedAnnounceLane() {
        long number = number(Api.open("Search is down", "2", "search"));
        Eventually.until("room and announcement", () -> kinds(number).contains("OpenRoom")
                && kinds(number).contains("PostToChannel"));
        assertEquals("OpenRoom", kinds(number).stream().filter(kind -> !kind.equals("PostToChannel")).findFirst()
                .orElseThrow(), "the room comes first in the incident's own lane");
        assertEquals("ANNOUNCE: 🚨 INC-" + number + " opened: Search is down (SEV2 · search)",
                texts(number, "PostToChannel").get(0));
        Api.authorized().get("/api/incidents/INC-" + number).then().body("rooms[0].channelId", org.hamcrest.Matchers
                .equalTo("room-" + number));
    }

    @Test
    void notableChangesArePostedInTheRoomAndTheCardFollows() {
        String key = Api.open("Queue stuck", "3", "billing");
        long number = number(key);
        Eventually.until("room", () -> kinds(number).contains("OpenRoom"));
        Api.run(key, "sev 1").statusCode(200);
        Eventually.until("severity posted", () -> texts(number, "PostToRoom").contains("ana: Severity SEV3 → SEV1"));
        Eventually.until("card shows SEV1", () -> texts(number, "RefreshCard").stream()
                .anyMatch(topic -> topic.startsWith("SEV1 · Detect")));
        Api.run(key, "note nothing to post about").statusCode(200);
        Api.run(key, "update rolling back").statusCode(200);
        Eventually.until("update announced", () -> texts(number, "PostToChannel").contains(
                "ANNOUNCE: 📣 " + key + " update: rolling back"));
        assertTrue(texts(number, "PostToRoom").stream().noneMatch(t -> t.contains("nothing to post about")));
    }

    @Test
    void thePostmortemIsUploadedInTheLanguageItWasExportedIn() {
        String key = Api.open("Checkout slow", "3", "checkout");
        long number = number(key);
        Eventually.until("room", () -> kinds(number).contains("OpenRoom"));
        Api.run(key, "postmortem ko").statusCode(200);
        Api.run(key, "postmortem").statusCode(200);
        Eventually.until("both uploads", () -> texts(number, "UploadPostmortem").equals(List.of("ana KO", "ana EN")));
    }

    @Test
    void aPlatformWithoutRoomsStillHearsTheAnnouncements() {
        platform.openRooms(false);
        String key = Api.open("Login page blank", "2", "web");
        long number = number(key);
        Api.run(key, "update CDN purge under way").statusCode(200);
        Api.run(key, "resolve purged").statusCode(200);
        Eventually.until("three announcements", () -> texts(number, "PostToChannel").size() >= 3);
        assertEquals(List.of("ANNOUNCE: 🚨 " + key + " opened: Login page blank (SEV2 · web)",
                "ANNOUNCE: 📣 " + key + " update: CDN purge under way",
                "ANNOUNCE: ✅ " + key + " recovered: Login page blank. purged"), texts(number, "PostToChannel"));
        assertEquals(List.of("PostToChannel"), kinds(number).stream().distinct().toList(),
                "no room, so nothing room-bound is queued");
    }

    @Test
    void aRateLimitedLaneWaitsThenDeliversEverythingInOrder() {
        String key = Api.open("Checkout errors", "2", "checkout");
        long number = number(key);
        Eventually.until("room", () -> kinds(number).contains("OpenRoom"));
        platform.failNext("PostToRoom", 3, Duration.ofSeconds(30), false);
        Api.run(key, "update first").statusCode(200);
        Api.run(key, "update second").statusCode(200);
        Api.run(key, "update third").statusCode(200);
        Eventually.until("first attempt refused", () -> platform.failuresLeft() == 2);
        assertTrue(texts(number, "PostToRoom").isEmpty(), "nothing may overtake the refused message");
        for (int i = 0; i < 3; i++) {
            int left = platform.failuresLeft();
            clock.advance(Duration.ofSeconds(31));
            Eventually.until("another attempt", () -> platform.failuresLeft() < left || left == 0);
        }
        Eventually.until("all three delivered", () -> texts(number, "PostToRoom").size() == 3);
        assertEquals(List.of("ana: first", "ana: second", "ana: third"), texts(number, "PostToRoom"));
    }

    @Test
    void aPermanentFailureIsNotedOnTheTimelineAndTheLaneMovesOn() {
        String key = Api.open("DNS flapping", "3", "edge");
        long number = number(key);
        Eventually.until("room", () -> kinds(number).contains("OpenRoom"));
        Eventually.until("lane idle", () -> countRows(number, "PENDING") == 0);
        platform.failNext("PostToRoom", 1, null, true);
        Api.run(key, "update lost one").statusCode(200);
        Api.run(key, "update next one").statusCode(200);
        Eventually.until("lane moved on", () -> texts(number, "PostToRoom").contains("ana: next one"));
        Eventually.until("failure on the timeline", () -> Api.authorized().get("/api/incidents/" + key
                + "/timeline").then().extract().jsonPath().getList("text", String.class).stream()
                .anyMatch(t -> t.equals("Could not deliver to discord (PostToRoom): channel_not_found")));
        assertEquals(1L, countRows(number, "FAILED"));
    }

    @Test
    void cardRefreshesQueuedDuringAnOutageCollapseIntoOne() {
        String key = Api.open("Cache stampede", "4", "web");
        long number = number(key);
        Eventually.until("room", () -> kinds(number).contains("OpenRoom"));
        Eventually.until("lane idle", () -> countRows(number, "PENDING") == 0);
        int refreshesBefore = texts(number, "RefreshCard").size();
        platform.failNext(1, Duration.ofSeconds(30), false);
        Api.run(key, "note a").statusCode(200);
        Eventually.until("outage began", () -> platform.failuresLeft() == 0);
        for (int i = 1; i <= 8; i++) {
            Api.run(key, (i % 2 == 1 ? "check 1" : "uncheck 1")).statusCode(200);
        }
        Api.run(key, "sev 2").statusCode(200);
        clock.advance(Duration.ofSeconds(31));
        Eventually.until("lane drained", () -> countRows(number, "PENDING") == 0);
        List<String> refreshes = texts(number, "RefreshCard");
        assertEquals(1, refreshes.size() - refreshesBefore, "one refresh for all queued changes: " + refreshes);
        assertTrue(refreshes.get(refreshes.size() - 1).startsWith("SEV2 · "), refreshes.toString());
        assertTrue(countRows(number, "SUPERSEDED") >= 8);
    }

    private List<String> kinds(long number) {
        return platform.delivered().stream().filter(d -> d.incident() != null && d.incident() == number)
                .map(RecordingPlatform.Delivered::kind).toList();
    }

    private List<String> texts(long number, String kind) {
        return platform.delivered().stream().filter(d -> d.incident() != null && d.incident() == number
                && d.kind().equals(kind)).map(RecordingPlatform.Delivered::text).toList();
    }

    private long countRows(long number, String status) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(m) from OutboxMessage m"
                + " where m.incidentNumber = :n and m.status = :s", Long.class).setParameter("n", number)
                .setParameter("s", OutboxMessage.Status.valueOf(status)).getSingleResult());
    }

    private static long number(String key) {
        return IncidentKey.parse(key).orElseThrow();
    }
}
