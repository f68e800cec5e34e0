package io.warroom.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.alert.AlertIncidents;
import io.warroom.alert.AlertRouter;
import io.warroom.reminder.ReminderJob;
import io.warroom.reply.Reply;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.FakeChatPlatform;
import io.warroom.support.KoreanOnCallProfile;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.OnCallWorld;
import io.warroom.support.OutboxProbe;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Korean incident's timeline, pages, escalation, reminders and announcement, word for word. */
@QuarkusTest
@TestProfile(KoreanOnCallProfile.class)
class KoreanPagingTest {

    @Inject
    TestClock clock;

    @Inject
    EscalationJob escalations;

    @Inject
    ReminderJob reminders;

    @Inject
    OutboxProbe outbox;

    @Inject
    AlertIncidents alerts;

    @Inject
    FakeChatPlatform.Slack slack;

    @BeforeEach
    void fixTheClock() {
        clock.fix(EscalationTest.TUESDAY);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private void after(Duration wait) {
        clock.advance(wait);
        escalations.run();
    }

    @Test
    void openingAndPagingSpeakKorean() {
        String key = People.open("결제 5xx 급증", "1", "checkout");
        assertEquals(List.of("Ana (via API)님이 장애를 선언했습니다: 결제 5xx 급증 (SEV1, 서비스 checkout)"),
                Api.timeline(key, "opened"));
        assertEquals(List.of("Ana Lima님을 호출했습니다 (payments: primary, 3단계 중 1단계). 확인하지 않으면 5분 후 "
                + "다음 단계로 에스컬레이션합니다"), Api.timeline(key, "page"));

        OutboxProbe.Row mention = outbox.lane("slack:" + key).stream().filter(r -> r.text().startsWith("📟"))
                .findFirst().orElseThrow();
        assertEquals("📟 <@U01ANA> (Ana Lima)님을 호출합니다: payments 온콜 — 3단계 중 1단계. 확인하지 않으면 5분 후 "
                + "다음 단계로 에스컬레이션합니다.", mention.text());
        assertEquals(List.of(new Reply.Button("확인", "ack", Reply.ButtonStyle.PRIMARY)), mention.message().buttons());

        String dm = "📟 " + key + " · SEV1 · 결제 5xx 급증 (서비스 checkout) 장애로 호출되었습니다. payments primary 온콜 "
                + "(3단계 중 1단계). 에스컬레이션을 멈추려면 `/incident ack " + key + "`로 확인하거나 장애 대응 채널의 "
                + "확인 버튼을 눌러 주세요.";
        assertTrue(outbox.lane("slack:dm:U01ANA").stream().anyMatch(r -> r.text().equals(dm)),
                () -> outbox.lane("slack:dm:U01ANA").toString());
        assertTrue(outbox.lane("discord:dm:" + EscalationTest.ANA_DISCORD).stream().anyMatch(r -> r.text().equals(dm)));
        assertEquals(List.of(), LeftoverEnglish.in(dm + "\n" + mention.text(), "Ana Lima", "payments primary",
                "payments"));

        assertTrue(outbox.lane("slack:announce").stream().anyMatch(r -> r.text().equals(
                "🚨 " + key + " 장애가 발생했습니다: 결제 5xx 급증 (SEV1 · checkout)")),
                () -> outbox.lane("slack:announce").toString());

        JsonNode trigger = Eventually.await(() -> pagerDutyTriggers(key), found -> !found.isEmpty(),
                Duration.ofSeconds(10)).get(0);
        assertEquals(key + " · SEV1 · 결제 5xx 급증", trigger.path("payload").path("summary").asText());

        after(Duration.ofMinutes(3));
        People.run(key, "ack", People.ANA).statusCode(200);
        List<String> phases = Api.timeline(key, "phase");
        assertEquals("Ana (via API)님이 확인했습니다. 단계 탐지 → 분류", phases.get(0));
        assertEquals("에스컬레이션을 멈췄습니다: 첫 호출 후 3분 만에 Ana (via API)님이 확인했습니다",
                Api.timeline(key, "page").get(1));
    }

    @Test
    void theCardSaysWhoWasPagedInKorean() {
        String key = People.open("결제 카드", "1", "checkout");
        Reply.Field paging = new Reply.Field("호출", "10:00 UTC에 payments 호출 (3단계 중 1단계); 확인하지 않으면 "
                + "10:05 UTC에 다음 단계로 에스컬레이션");
        Eventually.await(() -> slack.delivered().stream()
                .filter(e -> e.card() != null && e.card().incident().key().equals(key))
                .map(e -> e.card().fields()).toList(), cards -> cards.stream().anyMatch(f -> f.contains(paging)),
                Duration.ofSeconds(30));
    }

    @Test
    void escalationAndItsEndSpeakKorean() {
        String key = People.open("결제 지연", "2", "billing");
        escalations.run();
        after(Duration.ofMinutes(5));
        assertEquals("5분 동안 확인이 없어 에스컬레이션했습니다. Bo Chen님을 호출했습니다 (payments: secondary, 3단계 중 "
                + "2단계). 확인하지 않으면 5분 후 다음 단계로 에스컬레이션합니다", Api.timeline(key, "page").get(1));
        after(Duration.ofMinutes(5));
        after(Duration.ofMinutes(10));
        String exhausted = "아무도 확인하지 않았습니다: 20분 동안 payments 에스컬레이션 정책의 3단계를 모두 호출했습니다. "
                + "직접 호출해 주세요.";
        assertEquals(exhausted, Api.timeline(key, "page").get(3));
        assertTrue(outbox.lane("slack:" + key).stream().anyMatch(r -> r.text().equals("⚠️ " + exhausted)));
    }

    @Test
    void remindersSpeakKorean() {
        String key = People.open("검색 지연", "2", "checkout");
        People.run(key, "ack", People.ANA).statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        reminders.run();
        OutboxProbe.Row nudge = room(key, "🧭").get(0);
        assertEquals("🧭 " + key + "에 아직 장애 지휘자가 없습니다 (분류 시작 후 5분 지남). 한 사람이 결정하고 "
                + "이해관계자에게 상황을 알릴 수 있도록 누군가 맡아 주세요.", nudge.text());
        assertEquals(List.of(new Reply.Button("지휘자 맡기", "role commander me", Reply.ButtonStyle.PRIMARY)),
                nudge.message().buttons());

        People.run(key, "role commander me", People.ANA).statusCode(200);
        clock.advance(Duration.ofMinutes(25));
        reminders.run();
        OutboxProbe.Row reminder = room(key, "⏰").get(0);
        assertEquals("⏰ " + key + ": 장애가 열린 후 30분 동안 상황 공유가 없었습니다 (SEV2는 30분마다 공유). "
                + "<@U01ANA>님, 이해관계자에게 상황을 공유해 주세요.", reminder.text());
        assertEquals(List.of(new Reply.Button("상황 공유", "update", Reply.ButtonStyle.PRIMARY, "상황 공유"),
                new Reply.Button("15분 미루기", "snooze 15m", Reply.ButtonStyle.DEFAULT),
                new Reply.Button("1시간 미루기", "snooze 1h", Reply.ButtonStyle.DEFAULT)),
                reminder.message().buttons());
        assertEquals(List.of(), LeftoverEnglish.in(nudge.text() + "\n" + reminder.text()));
    }

    @Test
    void overdueActionItemRemindersSpeakKorean() {
        clock.fix(Instant.parse("2025-01-07T08:00:00Z"));
        String key = People.open("이중 결제", "3", "billing");
        People.run(key, "resolve 환불 완료", People.ANA).statusCode(200);
        People.run(key, "action 카나리 단계 추가 owner:<@U01BO> due:2025-01-06", People.ANA).statusCode(200);
        People.run(key, "action 재현 테스트 작성 owner:@zoe due:2025-01-06", People.ANA).statusCode(200);
        clock.advance(Duration.ofHours(1));
        reminders.run();
        List<String> dms = outbox.lane("slack:dm:U01BO").stream().map(OutboxProbe.Row::text)
                .filter(t -> t.startsWith("📋") && t.contains(key)).toList();
        assertEquals(List.of("📋 기한이 지난 후속 조치가 있습니다. " + key + " (이중 결제):\n"
                + "• #1 카나리 단계 추가 — 기한 2025-01-06 (1일 지남)\n"
                + "완료한 항목은 `/incident " + key + " action done <n>` 명령으로 표시해 주세요."), dms);
        OutboxProbe.Row inRoom = room(key, "📋").get(0);
        assertEquals("📋 " + key + "의 기한이 지난 후속 조치:\n• #2 재현 테스트 작성 — 기한 2025-01-06 (1일 지남), "
                + "담당자 zoe", inRoom.text());
        assertEquals(List.of(new Reply.Button("#2 완료", "action done 2", Reply.ButtonStyle.DEFAULT)),
                inRoom.message().buttons());
        assertEquals("Ana (via API)님이 해결했습니다 (단계 탐지 → 포스트모템); 확인과 완화도 함께 처리했습니다: 환불 완료",
                Api.timeline(key, "resolved").get(0));
    }

    @Test
    void coalescedAlertFiringsSpeakKorean() {
        String key = People.open("CPU 과부하", "4", "search");
        alerts.recordFirings(People.number(key), "CPU 과부하", 0, AlertRouter.personFor("alertmanager"));
        alerts.recordFirings(People.number(key), "CPU 과부하", 1, AlertRouter.personFor("alertmanager"));
        alerts.recordFirings(People.number(key), "CPU 과부하", 41, AlertRouter.personFor("alertmanager"));
        List<String> expected = List.of("🔁 알림 재발생: CPU 과부하", "🔁 알림 1회 추가 발생 (묶어서 표시): CPU 과부하",
                "🔁 알림 41회 추가 발생 (묶어서 표시): CPU 과부하");
        assertEquals(expected, Api.timeline(key, "alert"));
        assertEquals(expected, room(key, "🔁").stream().map(OutboxProbe.Row::text).toList());
    }

    private List<OutboxProbe.Row> room(String key, String prefix) {
        return outbox.lane("slack:" + key).stream().filter(r -> r.text().startsWith(prefix)).toList();
    }

    private static List<JsonNode> pagerDutyTriggers(String key) {
        ObjectMapper json = new ObjectMapper();
        return OnCallWorld.pagerDuty().requests().stream().map(r -> {
            try {
                return json.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(e -> e.path("dedup_key").asText().equals(key)
                && e.path("event_action").asText().equals("trigger")).toList();
    }
}
