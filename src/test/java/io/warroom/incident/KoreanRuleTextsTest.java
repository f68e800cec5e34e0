package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Korean incident's state refuses, and the lessons it records, read in Korean; English stays as it was. */
@QuarkusTest
class KoreanRuleTextsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T07:05:00Z");
    private static final Person MIN = new Person(Platform.SLACK, "U01MIN", "김민준");

    private static Incident incident(Language language) {
        Incident incident = Incident.open(new NewIncident("결제 승인 실패", Severity.SEV2, "payments", null, MIN, null),
                (phase, lang) -> List.of(new PlaybookStep("k-" + phase.id(), "step of " + phase.id())), language, T0);
        incident.number = 12L;
        return incident;
    }

    @Test
    void closingBeforeResolvingIsRefusedInKorean() {
        Incident incident = incident(Language.KO);
        PhaseMachine.acknowledge(incident, MIN, T0);
        assertEquals("INC-12: 아직 해결되지 않았습니다 (분류 단계). 종료하기 전에 해결하고 포스트모템을 진행하세요.",
                refusal(() -> PhaseMachine.close(incident, T0)));
        assertEquals("INC-12 is still open (phase Triage); resolve it and hold the postmortem before closing.",
                refusal(() -> {
                    Incident english = incident(Language.EN);
                    PhaseMachine.acknowledge(english, MIN, T0);
                    PhaseMachine.close(english, T0);
                }));
    }

    @Test
    void acknowledgingAResolvedIncidentIsRefusedInKorean() {
        Incident incident = incident(Language.KO);
        PhaseMachine.resolve(incident, null, MIN, T0);
        assertEquals("INC-12: 이미 해결된 장애라서 진행할 수 없습니다. 다시 열려면 `back <reason>`을 실행하세요.",
                refusal(() -> PhaseMachine.acknowledge(incident, MIN, T0)));
        assertEquals("INC-12: 이미 마지막 단계인 포스트모템입니다. 리뷰를 마치면 `close`를 실행하세요.",
                refusal(() -> PhaseMachine.advance(incident, MIN, T0)));
        PhaseMachine.close(incident, T0);
        assertEquals("INC-12: 종료된 장애라서 더 이상 대응 내용을 바꿀 수 없습니다.",
                refusal(() -> ResponseRules.setImpact(incident, "결제 실패", T0)));
    }

    @Test
    void goingBackwardsAndMissingItemsAreRefusedInKorean() {
        Incident incident = incident(Language.KO);
        assertEquals("INC-12: 첫 단계인 탐지 단계라서 더 되돌릴 수 없습니다.",
                refusal(() -> PhaseMachine.back(incident, "잘못 눌렀습니다", T0)));
        assertEquals("되돌리려면 사유를 적어 주세요: `back <reason>`", refusal(() -> PhaseMachine.back(incident, " ", T0)));
        PhaseMachine.jump(incident, Phase.MITIGATE, MIN, T0);
        assertEquals("INC-12: 이미 완화 단계입니다.", refusal(() -> PhaseMachine.jump(incident, Phase.MITIGATE, MIN, T0)));
        assertEquals("분류 단계는 완화 단계보다 앞입니다. 되돌리려면 사유를 적어 주세요: `back <reason>`",
                refusal(() -> PhaseMachine.jump(incident, Phase.TRIAGE, MIN, T0)));
        assertEquals("완화 체크리스트 항목은 1개입니다. 4번 항목은 없습니다.",
                refusal(() -> ResponseRules.tick(incident, Phase.MITIGATE, 4, true, MIN, T0)));
        assertEquals("INC-12: 후속 조치는 0개입니다. #2 항목은 없습니다.",
                refusal(() -> ResponseRules.completeAction(incident, 2, T0)));
        assertEquals("INC-12: 제목이 이미 \"결제 승인 실패\"입니다.",
                refusal(() -> ResponseRules.retitle(incident, "결제 승인 실패", T0)));
        assertEquals("INC-12: 서비스가 이미 지정되어 있습니다: payments",
                refusal(() -> ResponseRules.setService(incident, "payments", T0)));
        assertEquals("영향 시작은 INC-12 탐지 시각(2026-12-06T07:05:00Z)보다 늦을 수 없습니다.",
                refusal(() -> ImpactStart.move(incident, T0.plusSeconds(60), T0)));
    }

    @Test
    void lessonsAreHeadedInTheIncidentsLanguage() {
        assertEquals("잘된 점: 롤백이 2분 만에 끝났습니다", ResponseRules.addLesson(incident(Language.KO), Lesson.Kind.WELL,
                "롤백이 2분 만에 끝났습니다", MIN, T0).get(0).text());
        assertEquals("운이 좋았던 점: 새벽이라 트래픽이 적었습니다", ResponseRules.addLesson(incident(Language.KO),
                Lesson.Kind.LUCKY, "새벽이라 트래픽이 적었습니다", MIN, T0).get(0).text());
        assertEquals("What went wrong: no alert on retries", ResponseRules.addLesson(incident(Language.EN),
                Lesson.Kind.WRONG, "no alert on retries", MIN, T0).get(0).text());
    }

    private static String refusal(Runnable command) {
        return assertThrows(IncidentRuleException.class, command::run).getMessage();
    }
}
