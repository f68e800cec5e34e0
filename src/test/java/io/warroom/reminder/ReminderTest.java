package io.warroom.reminder;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.reply.Reply;
import io.warroom.support.Api;
import io.warroom.support.OnCallProfile;
import io.warroom.support.OutboxProbe;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Status-update reminders and snoozes, commander nudges and overdue action items, driven by the job's method. */
@QuarkusTest
@TestProfile(OnCallProfile.class)
class ReminderTest {

    @Inject
    TestClock clock;

    @Inject
    ReminderJob job;

    @Inject
    OutboxProbe outbox;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private void at(Duration later) {
        clock.advance(later);
        job.run();
    }

    private List<OutboxProbe.Row> room(String platform, String key, String prefix) {
        return outbox.lane(platform + ":" + key).stream().filter(r -> r.text().startsWith(prefix)).toList();
    }

    @Test
    void statusUpdateRemindersComeAtTheSeverityIntervalAndSnoozeHoldsThem() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        String key = People.open("Checkout slow", "2", "checkout");
        People.run(key, "role commander me", People.ANA).statusCode(200);
        at(Duration.ofMinutes(29).plusSeconds(59));
        assertEquals(List.of(), room("slack", key, "⏰"));

        at(Duration.ofSeconds(1));
        List<OutboxProbe.Row> reminders = room("slack", key, "⏰");
        assertEquals(1, reminders.size());
        assertEquals("⏰ " + key + " has had no status update since it opened 30m ago (SEV2: every 30m). <@U01ANA>, "
                + "please post one for stakeholders.", reminders.get(0).text());
        assertEquals(List.of(new Reply.Button("Post update", "update", Reply.ButtonStyle.PRIMARY, "Status update"),
                new Reply.Button("Snooze 15m", "snooze 15m", Reply.ButtonStyle.DEFAULT),
                new Reply.Button("Snooze 1h", "snooze 1h", Reply.ButtonStyle.DEFAULT)),
                reminders.get(0).message().buttons());
        assertEquals("⏰ " + key + " has had no status update since it opened 30m ago (SEV2: every 30m). "
                + "<@302050872383242240>, please post one for stakeholders.", room("discord", key, "⏰").get(0).text());
        java.util.concurrent.CompletableFuture.allOf(java.util.concurrent.CompletableFuture.runAsync(job::run),
                java.util.concurrent.CompletableFuture.runAsync(job::run)).join();
        assertEquals(1, room("slack", key, "⏰").size(), "two runs at once remind once");

        People.run(key, "snooze 1h", People.ANA).statusCode(200)
                .body("text", equalTo("Snoozed status-update reminders for " + key + " for 1h, until 11:30 UTC."));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then()
                .body("findAll { it.kind == 'system' }.text", org.hamcrest.Matchers.hasItem(
                        "Status-update reminders snoozed for 1h (until 11:30 UTC)"));
        at(Duration.ofMinutes(59));
        assertEquals(1, room("slack", key, "⏰").size());
        at(Duration.ofMinutes(1));
        assertEquals(2, room("slack", key, "⏰").size());

        at(Duration.ofMinutes(1));
        People.run(key, "update rolled back, errors falling", People.ANA).statusCode(200);
        at(Duration.ofMinutes(29).plusSeconds(59));
        assertEquals(2, room("slack", key, "⏰").size());
        at(Duration.ofSeconds(1));
        assertEquals("⏰ " + key + " has had no status update for 30m (SEV2: every 30m). <@U01ANA>, please post one for "
                + "stakeholders.", room("slack", key, "⏰").get(2).text());

        People.run(key, "resolve rolled back", People.ANA).statusCode(200);
        at(Duration.ofHours(3));
        assertEquals(3, room("slack", key, "⏰").size());
    }

    @Test
    void snoozeOffBringsRemindersBackAndSnoozeNeedsAnOpenIncident() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        String key = People.open("Search down", "1", "search");
        People.run(key, "snooze 2h", People.BO).statusCode(200);
        at(Duration.ofMinutes(20));
        assertEquals(List.of(), room("slack", key, "⏰"));
        People.run(key, "snooze off", People.BO).statusCode(200)
                .body("text", equalTo("Status-update reminders for " + key + " are back on (every 15m without an "
                        + "update)."));
        at(Duration.ZERO);
        assertEquals("⏰ " + key + " has had no status update since it opened 20m ago (SEV1: every 15m). Please post "
                + "one for stakeholders.", room("slack", key, "⏰").get(0).text());
        People.run(key, "snooze 2d", People.BO).statusCode(422).body("error", startsWith("Snooze for 1m to 24h"));
        People.run(key, "resolve", People.BO).statusCode(200);
        People.run(key, "snooze 15m", People.BO).statusCode(409)
                .body("error", equalTo(key + " is resolved; status-update reminders only run while an incident is "
                        + "open."));
    }

    @Test
    void anIncidentInTriageWithoutACommanderIsNudgedUntilItHasOne() {
        clock.fix(Instant.parse("2025-01-07T10:00:00Z"));
        String key = People.open("Search ranking off", "3", "search");
        People.run(key, "ack", People.BO).statusCode(200);
        at(Duration.ofMinutes(4).plusSeconds(59));
        assertEquals(List.of(), room("slack", key, "🧭"));
        at(Duration.ofSeconds(1));
        OutboxProbe.Row nudge = room("slack", key, "🧭").get(0);
        assertEquals("🧭 " + key + " still has no incident commander, 5m after triage started. Someone take it, so one "
                + "person decides and keeps stakeholders informed.", nudge.text());
        assertEquals(List.of(new Reply.Button("I'll be commander", "role commander me", Reply.ButtonStyle.PRIMARY)),
                nudge.message().buttons());
        at(Duration.ofMinutes(14).plusSeconds(59));
        assertEquals(1, room("slack", key, "🧭").size());
        at(Duration.ofSeconds(1));
        assertEquals(2, room("slack", key, "🧭").size());
        People.run(key, "role commander me", People.BO).statusCode(200);
        at(Duration.ofHours(2));
        assertEquals(2, room("slack", key, "🧭").size());
    }

    @Test
    void ownersOfOverdueActionItemsGetADailyReminderUntilDone() {
        clock.fix(Instant.parse("2025-01-07T08:00:00Z"));
        String key = People.open("Billing double charges", "3", "billing");
        People.run(key, "resolve refunds issued", People.ANA).statusCode(200);
        People.run(key, "action add a canary stage owner:<@U01BO> due:2025-01-06", People.ANA).statusCode(200);
        People.run(key, "action page on queue depth owner:@lee due:2025-01-05", People.ANA).statusCode(200);
        People.run(key, "action write the reproduction test owner:@zoe due:2025-01-06", People.ANA).statusCode(200);
        People.run(key, "action update the runbook owner:<@U01BO> due:2025-02-01", People.ANA).statusCode(200);
        People.run(key, "action fix the alert owner:<@U01BO> due:2025-01-06", People.ANA).statusCode(200);
        People.run(key, "action done 5", People.BO).statusCode(200);
        String open = People.open("Billing still open", "3", "billing");
        People.run(open, "action overdue but the incident is open owner:<@U01BO> due:2025-01-01", People.ANA)
                .statusCode(200);

        at(Duration.ofMinutes(59));
        assertEquals(List.of(), dms("slack:dm:U01BO", key));
        at(Duration.ofMinutes(1));
        assertEquals(List.of("📋 An action item from " + key + " (Billing double charges) is overdue:\n"
                + "• #1 add a canary stage — due 2025-01-06 (1d overdue)\n"
                + "Mark one done with `/incident " + key + " action done <n>`."), dms("slack:dm:U01BO", key));
        assertEquals(1, dms("slack:dm:U01LEE", key).size());
        assertEquals("📋 An action item from " + key + " (Billing double charges) is overdue:\n"
                + "• #2 page on queue depth — due 2025-01-05 (2d overdue)\n"
                + "Mark one done with `/incident " + key + " action done <n>`.",
                dms("discord:dm:302050872383242242", key).get(0));
        OutboxProbe.Row room = room("slack", key, "📋").get(0);
        assertEquals("📋 Overdue action items of " + key + ":\n• #3 write the reproduction test — due 2025-01-06 "
                + "(1d overdue), owner zoe", room.text());
        assertEquals(List.of(new Reply.Button("Mark #3 done", "action done 3", Reply.ButtonStyle.DEFAULT)),
                room.message().buttons());
        assertEquals(List.of(), dms("slack:dm:U01BO", open));

        at(Duration.ofHours(3));
        assertEquals(1, dms("slack:dm:U01BO", key).size());
        at(Duration.ofHours(21));
        assertEquals(2, dms("slack:dm:U01BO", key).size());
        assertEquals(2, room("discord", key, "📋").size());

        People.run(key, "action done 1", People.BO).statusCode(200);
        at(Duration.ofDays(1));
        assertEquals(2, dms("slack:dm:U01BO", key).size());
        assertEquals(3, dms("slack:dm:U01LEE", key).size());
    }

    private List<String> dms(String lane, String key) {
        return outbox.lane(lane).stream().map(OutboxProbe.Row::text).filter(t -> t.startsWith("📋")
                && t.contains(key + " ")).toList();
    }
}
