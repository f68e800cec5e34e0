package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.support.PackagedApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged application with SIGKILL in the middle of a burst of alerts and commands, starts it again on the
 * same data, and checks that everything answered 2xx is there: each acknowledged alert's incident exactly once, each
 * acknowledged note on the timeline. On the default H2 database this is what the shared CHECKPOINT before each answer
 * (DurableCommits) buys.
 */
class KillDuringBurstIT {

    private static final int SENDERS = 4;
    /** Kill once this many alerts have been acknowledged: well inside the burst, and within one incident listing. */
    private static final int KILL_AFTER_ALERTS = 150;

    private final ObjectMapper json = new ObjectMapper();
    private PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyAcknowledgedAlertAndCommandSurvivesSigkillDuringABurst() throws Exception {
        app = PackagedApp.onFreshData("warroom-kill", "kill-test-token", "kill-alerts-token");
        app.start();
        String key = json.readTree(app.post("/api/incidents",
                "{\"title\":\"Kill drill\",\"severity\":\"2\",\"service\":\"db\",\"user\":\"ana\"}").body())
                .get("key").asText();

        Set<String> ackedAlerts = ConcurrentHashMap.newKeySet();
        Set<String> ackedNotes = ConcurrentHashMap.newKeySet();
        AtomicInteger alertCount = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS * 2);
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            senders.submit(() -> burst(() -> {
                String title = "Burst alert " + sender + "-" + alertCount.incrementAndGet();
                if (acknowledged(app.alert("generic", "{\"title\":\"" + title
                        + "\",\"severity\":\"critical\",\"service\":\"db\"}"))) {
                    ackedAlerts.add(title);
                    if (ackedAlerts.size() >= KILL_AFTER_ALERTS) {
                        enough.countDown();
                    }
                }
            }));
            AtomicInteger notes = new AtomicInteger();
            senders.submit(() -> burst(() -> {
                String text = "burst note " + sender + "-" + notes.incrementAndGet();
                if (acknowledged(app.post("/api/incidents/" + key + "/commands", "{\"text\":\"note " + text
                        + "\",\"user\":\"ana\"}"))) {
                    ackedNotes.add(text);
                }
            }));
        }
        assertTrue(enough.await(120, TimeUnit.SECONDS), "the burst reached " + KILL_AFTER_ALERTS + " alerts");
        assertTrue(app.kill(), "Warroom dies on SIGKILL");
        senders.shutdown();
        assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS), "senders stop once Warroom is gone");
        assertTrue(!ackedNotes.isEmpty(), "commands were acknowledged during the burst");

        app.start();
        Map<String, Integer> incidentsByTitle = new HashMap<>();
        for (JsonNode incident : json.readTree(app.get("/api/incidents?status=open&limit=500"))) {
            incidentsByTitle.merge(incident.get("title").asText(), 1, Integer::sum);
        }
        List<String> lost = new ArrayList<>();
        for (String title : ackedAlerts) {
            Integer found = incidentsByTitle.get(title);
            if (found == null) {
                lost.add(title);
            } else {
                assertEquals(1, found, title + " opened exactly one incident");
            }
        }
        assertEquals(List.of(), lost, "of " + ackedAlerts.size() + " acknowledged alerts these were lost");
        Set<String> timeline = new java.util.HashSet<>();
        for (JsonNode entry : json.readTree(app.get("/api/incidents/" + key + "/timeline"))) {
            timeline.add(entry.get("text").asText());
        }
        List<String> lostNotes = ackedNotes.stream().filter(n -> !timeline.contains(n)).sorted().toList();
        assertEquals(List.of(), lostNotes, "of " + ackedNotes.size() + " acknowledged notes these were lost");
    }

    /** Repeats the request until Warroom stops answering. */
    private static void burst(IoAction action) {
        try {
            while (true) {
                action.run();
            }
        } catch (IOException | InterruptedException gone) {
            // Warroom was killed: the burst is over.
        }
    }

    private interface IoAction {
        void run() throws IOException, InterruptedException;
    }

    private static boolean acknowledged(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2;
    }
}
