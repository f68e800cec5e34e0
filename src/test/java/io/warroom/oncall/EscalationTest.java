package io.warroom.oncall;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.chat.Delivery;
import io.warroom.reply.Reply;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OutboxProbe;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging on open and escalation level by level, driven by the job with a fixed clock. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class EscalationTest {

    /** A Tuesday: Ana is primary, Bo secondary, Lee the third level of payments. */
    static final Instant TUESDAY = Instant.parse("2025-01-07T10:00:00Z");
    static final String ANA_DISCORD = "302050872383242240";

    @Inject
    TestClock clock;

    @Inject
    EscalationJob job;

    @Inject
    OutboxProbe outbox;

    @Inject
    FakeChatPlatform.Slack slack;

    @BeforeEach
    void fixTheClock() {
        clock.fix(TUESDAY);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    static List<String> pages(String key) {
        return Api.timeline(key, "page");
    }

    private void after(Duration wait) {
        clock.advance(wait);
        job.run();
    }

    @Test
    void anIncidentPagesTheServicesOnCallInTheRoomAndByDirectMessage() {
        String key = People.open("Checkout 5xx spike", "1", "checkout");
        assertEquals(List.of("Paged Ana Lima (payments: primary, level 1 of 3); next level in 5m unless acknowledged"),
                pages(key));
        Api.authorized().get("/api/incidents/" + key).then()
                .body("checklist.find { it.key == 'page-oncall' }.done", equalTo(true));

        List<OutboxProbe.Row> slackRoom = outbox.lane("slack:" + key);
        assertEquals(List.of("OpenRoom", "InviteToRoom", "PostToRoom"),
                slackRoom.stream().map(OutboxProbe.Row::kind).toList().subList(0, 3),
                "the on-call is invited and paged right after the room opens (announcements have their own lane)");
        assertEquals(new Delivery.InviteToRoom(List.of("U01ANA")), slackRoom.get(1).delivery());
        OutboxProbe.Row mention = slackRoom.get(2);
        assertEquals("📟 Paging <@U01ANA> (Ana Lima): on call for payments — level 1 of 3; next level in 5m unless "
                + "acknowledged.", mention.text());
        assertEquals(List.of(new Reply.Button("Acknowledge", "ack", Reply.ButtonStyle.PRIMARY)),
                mention.message().buttons());
        assertEquals(new Delivery.InviteToRoom(List.of(ANA_DISCORD)), outbox.lane("discord:" + key).get(1).delivery());

        String dm = "📟 You are paged for " + key + " · SEV1 · Checkout 5xx spike (service checkout), as on call for "
                + "payments primary (level 1 of 3). Acknowledge with `/incident ack " + key + "` (or the Acknowledge "
                + "button in the incident room) to stop the escalation.";
        assertTrue(outbox.lane("slack:dm:U01ANA").stream().anyMatch(r -> r.text().equals(dm)));
        assertTrue(outbox.lane("discord:dm:" + ANA_DISCORD).stream().anyMatch(r -> r.text().equals(dm)));
    }

    @Test
    void nobodyAcknowledgingEscalatesThroughEveryLevelThenSaysSo() {
        String key = People.open("Payments timeouts", "2", "billing");
        job.run();
        after(Duration.ofMinutes(4).plusSeconds(59));
        assertEquals(1, pages(key).size());

        after(Duration.ofSeconds(1));
        assertEquals("No acknowledgement after 5m: escalated, paged Bo Chen (payments: secondary, level 2 of 3); next "
                + "level in 5m unless acknowledged", pages(key).get(1));
        assertTrue(outbox.lane("slack:dm:U01BO").stream().anyMatch(r -> r.text().contains(key)));
        List<OutboxProbe.Row> discordRoom = outbox.lane("discord:" + key);
        assertEquals("📟 Paging Bo Chen: escalated to you, on call for payments — level 2 of 3; next level in 5m "
                + "unless acknowledged.", discordRoom.get(discordRoom.size() - 1).text());

        after(Duration.ofMinutes(5));
        assertEquals("No acknowledgement after 5m: escalated, paged Lee Park (payments: Lee Park, level 3 of 3); last "
                + "level: if nobody acknowledges within 10m, Warroom says so in the room", pages(key).get(2));
        assertTrue(outbox.lane("discord:dm:302050872383242242").stream().anyMatch(r -> r.text().contains(key)));

        after(Duration.ofMinutes(9));
        assertEquals(3, pages(key).size());
        after(Duration.ofMinutes(1));
        String exhausted = "Nobody acknowledged: all 3 levels of the payments escalation policy were paged over 20m. "
                + "Page someone by hand.";
        assertEquals(exhausted, pages(key).get(3));
        List<OutboxProbe.Row> slackRoom = outbox.lane("slack:" + key);
        assertTrue(slackRoom.stream().anyMatch(r -> r.text().equals("⚠️ " + exhausted)));

        after(Duration.ofHours(1));
        assertEquals(4, pages(key).size());
    }

    @Test
    void acknowledgingStopsTheEscalation() {
        String key = People.open("Checkout latency", "2", "checkout");
        after(Duration.ofMinutes(3));
        People.run(key, "ack", People.ANA).statusCode(200);
        assertEquals("Escalation stopped: acknowledged by Ana (via API) 3m after the first page", pages(key).get(1));
        after(Duration.ofMinutes(30));
        assertEquals(2, pages(key).size());
        Api.authorized().get("/api/incidents/" + key).then().body("phase", equalTo("TRIAGE"));
    }

    @Test
    void resolvingBeforeAnyAcknowledgementStopsItToo() {
        String key = People.open("Billing export stuck", "3", "billing");
        after(Duration.ofMinutes(5));
        People.run(key, "resolve restarted the exporter", People.BO).statusCode(200);
        assertEquals("Escalation stopped: acknowledged by Bo Chen (via API) 5m after the first page", pages(key).get(2));
        after(Duration.ofMinutes(30));
        assertEquals(3, pages(key).size());
    }

    @Test
    void twoJobRunsAtOnceStillPageEachLevelOnce() throws Exception {
        String key = People.open("Checkout double page", "1", "checkout");
        clock.advance(Duration.ofMinutes(5));
        CompletableFuture<Void> first = CompletableFuture.runAsync(job::run);
        CompletableFuture<Void> second = CompletableFuture.runAsync(job::run);
        CompletableFuture.allOf(first, second).get();
        assertEquals(2, pages(key).size());
        assertEquals(1, outbox.lane("slack:dm:U01BO").stream().filter(r -> r.text().contains(key)).count());
    }

    @Test
    void aLowSeverityIncidentPagesOnceItsSeverityIsRaised() {
        String key = People.open("Search suggestions stale", "4", "search");
        assertEquals(List.of(), pages(key));
        People.run(key, "sev 2", People.ANA).statusCode(200);
        assertEquals(List.of("Paged Cy Diaz (search: main, level 1 of 1); last level: if nobody acknowledges within "
                + "5m, Warroom says so in the room"), pages(key));
        assertTrue(outbox.lane("discord:dm:302050872383242241").stream().anyMatch(r -> r.text().contains(key)));
    }

    @Test
    void aServiceNoTeamOwnsIsSaidOnTheTimeline() {
        String key = People.open("Ledger drift", "1", "ledger");
        assertEquals(List.of("Nobody paged: no team in the on-call file lists service `ledger` and there is no "
                + "default_team. Page someone by hand."), pages(key));
        Api.authorized().get("/api/incidents/" + key).then()
                .body("checklist.find { it.key == 'page-oncall' }.done", equalTo(false));
    }

    @Test
    void aServiceNamedAfterOpeningPagesItsOnCallButARunningEscalationKeepsItsTeam() {
        String key = People.open("Ledger drift in checkout totals", "1", "ledger");
        People.run(key, "service checkout", People.ANA).statusCode(200);

        List<String> pages = pages(key);
        assertEquals(2, pages.size(), pages.toString());
        assertEquals("Nobody paged: no team in the on-call file lists service `ledger` and there is no default_team. "
                + "Page someone by hand.", pages.get(0));
        assertEquals("Paged Ana Lima (payments: primary, level 1 of 3); next level in 5m unless acknowledged",
                pages.get(1), "checkout belongs to the payments team");

        People.run(key, "service search", People.ANA).statusCode(200);
        assertEquals(pages, pages(key), "the team already paged keeps the incident until it hands over");
    }

    @Test
    void theCardShowsWhoWasPagedAndWhenTheNextLevelIsDue() {
        String key = People.open("Checkout card", "1", "checkout");
        Reply.Field paging = new Reply.Field("Paging", "Paged payments level 1 of 3 at 10:00 UTC; next level at "
                + "10:05 UTC unless acknowledged");
        Eventually.await(() -> slack.delivered().stream()
                .filter(e -> e.card() != null && e.card().incident().key().equals(key))
                .map(e -> e.card().fields()).toList(), cards -> cards.stream().anyMatch(f -> f.contains(paging)),
                Duration.ofSeconds(30));
    }
}
