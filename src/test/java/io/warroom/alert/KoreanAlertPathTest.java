package io.warroom.alert;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.reply.Reply;
import io.warroom.support.Eventually;
import io.warroom.support.KoreanProfile;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With WARROOM_LANGUAGE=ko, an alert's incident, its similar incidents, lessons and refusals read in Korean. */
@QuarkusTest
@TestProfile(KoreanProfile.class)
class KoreanAlertPathTest {

    private static final Instant DETECTED = Instant.parse("2026-11-22T19:10:00Z");
    private static final Person MIN = new Person(Platform.SLACK, "U01MIN", "김민준");

    @Inject
    TestClock clock;

    @Inject
    CommandExecutor commands;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEarlierAlertMovesTheImpactStartInKorean() {
        String group = "Orders-" + UUID.randomUUID();
        clock.fix(DETECTED);
        String key = open(group, group + "-a", "주문 실패 " + group, "2026-11-22T19:05:00.000Z");
        clock.fix(DETECTED.plusSeconds(600));
        Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert(group + "-b", "결제 실패 " + group,
                "2026-11-22T18:40:00.000Z"))).statusCode(200).body("alerts[0].incident", equalTo(key));

        assertEquals(List.of("영향 시작: 18:40 UTC, 탐지 30분 전 (이전: 19:05 UTC) · 근거 알림: 결제 실패 " + group),
                Alerts.timeline(key).stream().filter(t -> t.startsWith("영향 시작")).toList());
    }

    @Test
    void aRepeatedAlertsIncidentListsTheEarlierOneWithKoreanReasons() {
        String group = "Payments-" + UUID.randomUUID();
        String title = "결제 승인 실패 " + group;
        clock.fix(DETECTED);
        String first = open(group, group + "-fp", title, "2026-11-22T19:05:00.000Z");
        List<String> said = new ArrayList<>();
        said.add(refused("close " + first));
        said.add(ok("learned " + first + " well 롤백이 2분 만에 끝났습니다"));
        said.add(ok("why " + first + " 커넥션 풀이 고갈됐습니다"));
        said.add(ok("resolve " + first + " 설정 롤백"));
        said.add(refused("ack " + first));
        assertEquals(first + ": 아직 해결되지 않았습니다 (탐지 단계). 종료하기 전에 해결하고 포스트모템을 진행하세요.",
                said.get(0));
        assertTrue(Alerts.timeline(first).contains("잘된 점: 롤백이 2분 만에 끝났습니다"), Alerts.timeline(first)::toString);

        clock.fix(DETECTED.plusSeconds(3600));
        String second = open(group, group + "-fp", title, "2026-11-22T20:05:00.000Z");
        String similar = Eventually.await(() -> ok("similar " + second), s -> s.contains(first),
                Duration.ofSeconds(15));
        assertTrue(similar.contains(" (같은 알림; ") && similar.contains("; 같은 서비스; 겹치는 단어: "), similar);
        said.add(similar);

        List<String> timelines = new ArrayList<>(Alerts.timeline(first));
        timelines.addAll(Alerts.timeline(second));
        for (String text : concat(said, timelines)) {
            assertEquals(List.of(), LeftoverEnglish.in(text, title, "CheckoutErrors", "5xx ratio above 10% for 5 "
                    + "minutes", "롤백이 2분 만에 끝났습니다", "커넥션 풀이 고갈됐습니다", "설정 롤백"), text);
        }
    }

    private String open(String group, String fingerprint, String title, String startsAt) {
        return Alerts.post("alertmanager", Alerts.alertmanager(group, "firing", alert(fingerprint, title, startsAt)))
                .statusCode(200).body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
    }

    private String ok(String text) {
        Reply reply = commands.execute(text, CommandContext.api(MIN));
        assertTrue(reply.isOk(), text + ": " + reply.text());
        return reply.text();
    }

    private String refused(String text) {
        Reply reply = commands.execute(text, CommandContext.api(MIN));
        assertEquals(Reply.Outcome.CONFLICT, reply.outcome(), text + ": " + reply.text());
        return reply.text();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** An alert of its own service, so it joins no other test's open incident. */
    private static String alert(String fingerprint, String summary, String startsAt) {
        return Alerts.amAlert(fingerprint, "firing", "critical", summary, "orders-1")
                .replace("\"startsAt\": \"2026-11-22T19:00:00.000Z\"", "\"startsAt\": \"" + startsAt + "\"")
                .replace("\"service\": \"checkout\"", "\"service\": \"svc-" + fingerprint.hashCode() + "\"");
    }
}
