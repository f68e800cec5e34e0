package io.warroom.postmortem;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Lesson;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.Phase;
import io.warroom.incident.Platform;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.support.Api;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The postmortem in Korean: a Seoul team's incident exports in Korean with Seoul time beside UTC, and either language
 * can be asked for per export.
 */
@QuarkusTest
@TestProfile(KoreanPostmortemTest.SeoulTeam.class)
class KoreanPostmortemTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/postmortem.ko.md");

    /** The payments team works in Seoul and speaks Korean; services no team owns fall back to English. */
    public static class SeoulTeam implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path file = Path.of("target", "seoul-oncall.yaml").toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, """
                        people:
                          minji: { name: 김민지 }
                          junho: { name: 이준호 }
                        teams:
                          payments:
                            services: [payments]
                            language: ko
                            zone: Asia/Seoul
                            rotations:
                              primary: { people: [minji, junho], length: 1w, start: 2026-01-05 }
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("warroom.oncall.file", file.toString(), "warroom.oncall.page-up-to", "SEV1");
        }
    }

    @Inject
    PostmortemExporter exporter;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSeoulTeamsIncidentExportsAsTheReviewedKoreanPostmortem() throws IOException {
        clock.fix(at("05:40:00"));
        Person minji = new Person(Platform.SLACK, "U01MINJI", "김민지");
        Person junho = new Person(Platform.SLACK, "U01JUNHO", "이준호");
        Incident incident = Incident.open(new NewIncident("결제 승인 지연", Severity.SEV2, "payments", null, minji,
                at("02:50:00"), null), (phase, language) -> List.of(), Language.KO, at("03:02:00"));
        incident.number = 4242L;
        incident.roles.put(Role.COMMANDER, minji);
        incident.roles.put(Role.COMMS, junho);
        incident.acknowledgedBy = minji;
        incident.acknowledgedAt = at("03:04:00");
        incident.mitigatedAt = at("03:20:00");
        incident.resolvedAt = at("03:45:00");
        incident.status = IncidentStatus.RESOLVED;
        incident.phase = Phase.POSTMORTEM;
        incident.summary = "PG사 API 타임아웃이 100 ms로 줄어 결제 승인이 실패했고, 배포 5120을 롤백해 복구했습니다.";
        incident.trigger = "배포 5120에서 결제 클라이언트 타임아웃 설정이 바뀌었습니다.";
        ResponseRules.addWhy(incident, "결제 승인 요청이 타임아웃됐습니다.", minji, at("03:30:00"));
        ResponseRules.addWhy(incident, "PG사 API 타임아웃이 100 ms였습니다.", minji, at("03:31:00"));
        ResponseRules.addWhy(incident, "설정 변경이 리뷰 없이 배포됐습니다.", minji, at("03:32:00"));
        ResponseRules.addAction(incident, "결제 실패율 알림 추가", junho, LocalDate.of(2026, 12, 11),
                "https://tracker.example/PAY-31", minji, at("03:50:00"));
        ResponseRules.addAction(incident, "타임아웃 재현 테스트 작성", null, null, null, minji, at("03:51:00"));
        ResponseRules.addLesson(incident, Lesson.Kind.WELL, "롤백이 3분 만에 끝났습니다.", minji, at("03:52:00"));
        ResponseRules.addLesson(incident, Lesson.Kind.WRONG, "결제 실패율 알림이 없었습니다.", minji, at("03:53:00"));
        // Ids are the database's; these parts are never stored.
        for (int n = 0; n < incident.lessons.size(); n++) {
            incident.lessons.get(n).id = (long) n + 1;
        }

        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry("02:58:00", "03:03:00", Phase.DETECT, minji, TimelineKind.NOTE,
                "첫 결제 실패 로그 확인", true));
        entries.add(entry("03:02:00", Phase.DETECT, minji, TimelineKind.OPENED,
                "김민지님이 장애를 선언했습니다: 결제 승인 지연 (SEV2, 서비스 payments)"));
        entries.add(entry("03:04:00", Phase.TRIAGE, minji, TimelineKind.PHASE,
                "김민지님이 확인했습니다. 단계: 탐지 → 분류"));
        entries.add(entry("03:10:00", Phase.TRIAGE, junho, TimelineKind.STATUS_UPDATE,
                "배포 5120을 롤백하고 있습니다."));
        entries.add(entry("03:12:00", Phase.MITIGATE, minji, TimelineKind.PHASE, "단계: 분류 → 완화"));
        entries.add(entry("03:20:00", Phase.RCA, minji, TimelineKind.PHASE, "단계: 완화 → 원인 분석, 완화됨"));
        entries.add(entry("03:45:00", Phase.POSTMORTEM, minji, TimelineKind.PHASE,
                "김민지님이 해결했습니다 (단계: 복구 → 포스트모템)"));

        String exported = QuarkusTransaction.requiringNew().call(() -> exporter.render(IncidentSnapshot.of(incident),
                entries)).markdown();

        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(exported)) {
            // Kept for review: diff it against the golden file.
            Files.writeString(Path.of("target/postmortem-ko-actual.md"), exported);
        }
        assertEquals(expected, exported);
        assertEquals(List.of(), LeftoverEnglish.in(exported, "payments", "PG", "dateFormat YYYY-MM-DD HH:mm:ss"));
    }

    @Test
    void anEnglishIncidentExportsInKoreanWhenAsked() {
        String key = Api.open("Disk full", "3", "db");
        String file = Api.run(key, "postmortem ko").statusCode(200)
                .body("text", startsWith("Postmortem of " + key + " exported as " + key + "-postmortem.md ("))
                .extract().path("file.content");
        assertTrue(file.startsWith("# " + key + ": Disk full\n\n> 이 회고는 비난 없는 포스트모템입니다."), file);
        assertTrue(file.contains("\n| 시각 (UTC) | 단계 | 작업자 | 내용 |\n"), file);
    }

    @Test
    void aKoreanIncidentExportsInEnglishWhenAskedAndInKoreanByDefault() {
        String key = Api.open("결제 지연", "3", "payments");
        String english = Api.run(key, "postmortem en").statusCode(200)
                .body("text", startsWith(key + " 포스트모템을 내보냈습니다: " + key + "-postmortem.md ("))
                .extract().path("file.content");
        assertTrue(english.startsWith("# " + key + ": 결제 지연\n\n> This review is blameless."), english);
        assertTrue(english.contains("\n| Time (UTC) | Time (Asia/Seoul) | Phase | Actor | Event |\n|---|---|---|---|---|\n"),
                english);
        String korean = Api.run(key, "postmortem").statusCode(200).extract().path("file.content");
        assertTrue(korean.contains("\n| 시각 (UTC) | 시각 (Asia/Seoul) | 단계 | 작업자 | 내용 |\n"), korean);
    }

    @Test
    void aLanguageWarroomDoesNotSpeakIsAnsweredWithTheUsageLine() {
        String key = Api.open("Cache cold", "4", "edge");
        Api.run(key, "postmortem fr").statusCode(422).body("error", equalTo(
                "`postmortem` takes a language (en|ko) or nothing, not `fr`.\nUsage: /incident postmortem [en|ko]"));
    }

    @Test
    void theRestExportTakesTheLanguage() {
        String key = Api.open("Queue backlog", "3", "jobs");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md?lang=ko").then().statusCode(200)
                .body(startsWith("# " + key + ": Queue backlog\n\n> 이 회고는 비난 없는 포스트모템입니다."));
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md?lang=en").then().statusCode(200)
                .body(startsWith("# " + key + ": Queue backlog\n\n> This review is blameless."));
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md?lang=fr").then().statusCode(400)
                .body("error", equalTo("lang must be one of en|ko, not `fr`."));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-12-04T" + time + "Z");
    }

    private static TimelineEntry entry(String time, Phase phase, Person actor, TimelineKind kind, String text) {
        return entry(time, time, phase, actor, kind, text, false);
    }

    private static TimelineEntry entry(String occurred, String recorded, Phase phase, Person actor, TimelineKind kind,
            String text, boolean backfilled) {
        // Entries are written by the incident's services; the constructor is theirs, the fields are public.
        TimelineEntry e = new TimelineEntry() {
        };
        e.id = (long) occurred.hashCode();
        e.incidentNumber = 4242L;
        e.occurredAt = at(occurred);
        e.recordedAt = at(recorded);
        e.phase = phase;
        e.actor = actor;
        e.kind = kind;
        e.text = text;
        e.backfilled = backfilled;
        return e;
    }
}
