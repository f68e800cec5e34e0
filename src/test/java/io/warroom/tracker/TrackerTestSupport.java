package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.OutboxMessage;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeHttp;
import io.warroom.support.People;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What tracker tests read back: the incident's items and timeline through the REST API, filings in the outbox. */
final class TrackerTestSupport {

    static final Duration SOON = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrackerTestSupport() {
    }

    /** Opens an incident as Ana and adds one action item; returns its key. */
    static String incidentWithAction(String title, String service, String action) {
        String key = People.open(title, "2", service);
        People.run(key, "action " + action, People.ANA).statusCode(200);
        return key;
    }

    static String fileAs(String key, int number, Map<String, String> user) {
        return People.run(key, "action file " + number, user).statusCode(200).extract().path("text");
    }

    /** The item's tracker link once it has one. */
    static String awaitLink(String key, int number) {
        return Eventually.present("action item #" + number + " of " + key + " linked", () -> {
            String url = item(key, number).path("trackerUrl").asText(null);
            return url == null || url.equals("null") ? null : url;
        }, SOON);
    }

    static JsonNode item(String key, int number) {
        String body = Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().asString();
        return read(body).path("actionItems").get(number - 1);
    }

    static List<FakeHttp.Request> creates(FakeHttp tracker, String key) {
        return tracker.requests(r -> r.method().equals("POST") && r.body().contains("(" + key + ")"));
    }

    static List<FakeHttp.Request> awaitCreates(FakeHttp tracker, String key, int n) {
        return Eventually.await(() -> creates(tracker, key), found -> found.size() >= n, SOON);
    }

    /** The filing's outbox row (one per request to file). */
    static OutboxMessage filing(EntityManager em, String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("from OutboxMessage m where m.lane = :lane"
                + " order by m.id desc", OutboxMessage.class).setParameter("lane", "tracker:" + key).setMaxResults(1)
                .getSingleResult());
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
