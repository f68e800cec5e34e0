package io.warroom.webapp.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.Platform;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.support.Api;
import io.warroom.support.OnCallWorld;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import io.warroom.webapp.WebUsers;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runbook actions from the web page obey the rules chat obeys: rights come from configuration (the on-call file,
 * the action's list, WARROOM_ADMINS with web:<user name>) or the account's admin role, never from being signed in.
 * A refusal is audited on the timeline exactly as a refusal in chat is.
 * On OnCallWorld's Tuesday, checkout's on-call is Ana and Bo (by Slack id); {@code say} lists nobody extra.
 */
@QuarkusTest
@TestProfile(WebRunbookRightsTest.Profile.class)
class WebRunbookRightsTest {

    static final Instant TUESDAY = Instant.parse("2025-01-07T10:00:00Z");
    static final String PASSWORD = "a-long-password-1";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OnCallWorld.class, Map.of("warroom.admins", "web:ops-lead")));
        }
    }

    @Inject
    TestClock clock;

    @Inject
    WebUsers users;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @BeforeEach
    void tuesday() {
        clock.fix(TUESDAY);
        for (String name : List.of("eve", "ops-lead")) {
            if (users.find(name).isEmpty()) {
                users.create(name, name.toUpperCase(), PASSWORD, false);
            }
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<TimelineEntry> entries(String key) {
        long number = IncidentKey.parse(key).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> timeline.of(number));
    }

    private long runs(String key) {
        long number = IncidentKey.parse(key).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(r) from RunbookRun r where r.incidentNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult());
    }

    @Test
    void webUserWithoutRightsIsRefusedAndNothingRunsOrIsRecorded() {
        String key = Api.open("Checkout errors", "SEV2", "checkout");
        int before = entries(key).size();
        WebSession eve = WebSession.login("eve", PASSWORD);

        Response response = eve.post("/incidents/" + key + "/commands", Map.of("text", "run say message=hello"));
        assertEquals(403, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        String reply = page.selectFirst("#command-reply").text();
        assertTrue(reply.contains("may not run") && reply.contains("a Warroom admin"), reply);
        assertNull(page.selectFirst("#confirm-form"));
        assertEquals("run say message=hello", page.selectFirst("#command-text").val());
        // As from chat, the refusal itself is audited on the timeline (by the refused account); nothing else is, and
        // nothing ran. Paging on open may add entries of its own meanwhile, so entries are told apart by actor.
        List<TimelineEntry> after = entries(key);
        List<TimelineEntry> byEve = after.stream().filter(e -> e.actor != null && e.actor.platform == Platform.WEB)
                .toList();
        assertEquals(1, byEve.size(), byEve.toString());
        TimelineEntry audit = byEve.get(0);
        assertEquals(TimelineKind.RUNBOOK, audit.kind);
        assertTrue(audit.text.startsWith("⛔ Refused to start say on checkout: EVE may not run"), audit.text);
        assertEquals("eve", audit.actor.userId);
        assertEquals(1, after.stream().filter(e -> e.kind == TimelineKind.RUNBOOK).count());
        assertTrue(after.size() > before);
        assertEquals(0, runs(key));
    }

    @Test
    void webAdminMayRunItAfterConfirming() {
        String key = Api.open("Checkout errors", "SEV2", "checkout");
        WebSession admin = WebSession.login("admin", WebSession.ADMIN_PASSWORD);

        Document asked = Jsoup.parse(admin.post("/incidents/" + key + "/commands",
                Map.of("text", "run say message=hello")).then().statusCode(200).extract().asString());
        assertNotNull(asked.selectFirst("#confirm-form"), asked.select("#command").text());
        String confirm = asked.selectFirst("#confirm-form input[name=text]").val();
        assertTrue(confirm.matches("run confirm \\d+ [0-9a-f]{16}"), confirm);
        assertEquals(1, runs(key));

        Response confirmed = admin.post("/incidents/" + key + "/commands", Map.of("text", confirm));
        assertEquals(200, confirmed.statusCode(), confirmed.asString());
    }

    @Test
    void webAccountNamedInWarroomAdminsMayRunIt() {
        String key = Api.open("Checkout errors", "SEV2", "checkout");
        WebSession opsLead = WebSession.login("ops-lead", PASSWORD);
        Document asked = Jsoup.parse(opsLead.post("/incidents/" + key + "/commands",
                Map.of("text", "run say message=hello")).then().statusCode(200).extract().asString());
        assertNotNull(asked.selectFirst("#confirm-form"));
        assertEquals(1, runs(key));
    }
}
