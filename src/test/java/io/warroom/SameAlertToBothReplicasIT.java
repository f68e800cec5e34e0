package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.support.Eventually;
import io.warroom.support.PackagedApp;
import io.warroom.support.Replicas;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One alert (one fingerprint) sent to both replicas at the same moment, 100 rounds, as a monitoring pair sending to
 * every replica does: one incident, one room and one card, and the repeats written as one "+N more"
 * however the firings were spread over the replicas.
 */
class SameAlertToBothReplicasIT {

    private static final int ROUNDS = 100;
    /** The coalescing window the replicas run with: every round must land in the first one. */
    private static final Duration WINDOW = Duration.ofSeconds(40);

    private final ObjectMapper json = new ObjectMapper();
    private Replicas replicas;

    @AfterEach
    void stop() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void theSameAlertOnBothReplicasAtOnceOpensOneIncidentWithOneRoom() throws Exception {
        replicas = Replicas.start("warroom-same-alert", Map.of("warroom.alerts.coalesce-window",
                WINDOW.toSeconds() + "s", "warroom.alerts.flush-every", "1s"));
        long began = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<String> refused = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (PackagedApp replica : List.of(replicas.a, replicas.b)) {
                // Each copy differs a little (as two senders' would), so both are routed, not taken as redeliveries.
                String body = "{\"title\":\"Disk full on db-1\",\"severity\":\"critical\",\"service\":\"db\","
                        + "\"fingerprint\":\"disk-full-db-1\",\"description\":\"round " + round + " to "
                        + (replica == replicas.a ? "a" : "b") + "\"}";
                sent.add(senders.submit(() -> {
                    go.await();
                    return replica.alert("generic", body);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> response : sent) {
                HttpResponse<String> answer = response.get();
                if (answer.statusCode() / 100 != 2) {
                    refused.add(answer.statusCode() + " " + answer.body());
                }
            }
        }
        senders.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("SameAlertToBothReplicasIT: %d rounds to both replicas in %d ms%n", ROUNDS, took.toMillis());
        assertEquals(List.of(), refused, "every copy is accepted");
        assertTrue(took.compareTo(WINDOW.minusSeconds(5)) < 0, "the rounds fit in one coalescing window (took "
                + took.toMillis() + " ms); a slower machine needs a longer window here");

        JsonNode open = json.readTree(replicas.b.get("/api/incidents?status=open&limit=50"));
        assertEquals(1, open.size(), "one incident for one alert: " + open);
        String key = open.get(0).get("key").asText();
        long number = Long.parseLong(key.substring(key.indexOf('-') + 1));

        Eventually.until("the room", Duration.ofSeconds(60), () -> replicas.slackRooms(number) == 1);
        String coalesced = "+" + (2 * ROUNDS - 1) + " more firings of Disk full on db-1 (coalesced)";
        Eventually.until("the repeats written once as " + coalesced, Duration.ofSeconds(90),
                () -> timeline(key).stream().anyMatch(t -> t.contains(coalesced)));
        List<String> timeline = timeline(key);
        assertEquals(1, timeline.stream().filter(t -> t.startsWith("🚨 Alert from")).count(), "opened once");
        assertEquals(List.of("🔁 " + coalesced), timeline.stream().filter(t -> t.startsWith("🔁")).toList(),
                "every repeat counted once, in one line, not once per replica");
        Eventually.until("everything delivered", Duration.ofSeconds(60),
                () -> count("select count(*) from outbox_message where status = 'PENDING'") == 0);
        assertEquals(0, count("select count(*) from outbox_message where status = 'FAILED'"), "nothing failed");
        assertEquals(1, replicas.slackRooms(number), "one Slack room");
        String slackRoom = replicas.slack.channels().stream()
                .filter(c -> c.name != null && c.name.startsWith("inc-" + number)).findFirst().orElseThrow().id;
        assertEquals(1, replicas.slack.pinned(slackRoom).size(), "one card in the Slack room");
        assertEquals(1, replicas.slack.messages(slackRoom).stream()
                .filter(m -> m.text() != null && m.text().contains(coalesced)).count(), "the +N more posted once");
        System.out.printf("SameAlertToBothReplicasIT: finished in %d ms%n",
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    private List<String> timeline(String key) {
        try {
            return StreamSupport.stream(json.readTree(replicas.a.get("/api/incidents/" + key + "/timeline"))
                    .spliterator(), false).map(entry -> entry.get("text").asText()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try {
            return replicas.count(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
