package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseRulesTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Person ANA = new Person(Platform.SLACK, "U1", "Ana");
    static final Person BO = new Person(Platform.SLACK, "U2", "Bo");

    static Incident fresh() {
        Incident incident = Incident.open(new NewIncident("DB down", Severity.SEV3, null, null, ANA, null),
                (phase, language) -> switch (phase) {
                    case TRIAGE -> List.of(new PlaybookStep("scope-impact", "Scope"),
                            new PlaybookStep(ChecklistKeys.SET_SEVERITY, "Set severity"),
                            new PlaybookStep(ChecklistKeys.NAME_COMMANDER, "Name a commander"));
                    case POSTMORTEM -> List.of(new PlaybookStep(ChecklistKeys.FIVE_WHYS, "5 whys"));
                    default -> List.of();
                }, io.warroom.i18n.Language.EN, T0);
        incident.number = 3L;
        return incident;
    }

    @Test
    void severityChangeIsRecordedAndTicksTheTriageStep() {
        Incident incident = fresh();
        List<IncidentEvent> events = ResponseRules.setSeverity(incident, Severity.SEV1, ANA, T0);
        assertEquals(Severity.SEV1, incident.severity);
        assertEquals("Severity SEV3 → SEV1", events.get(0).text());
        assertEquals("Checked Triage 2: Set severity", events.get(1).text());
        assertTrue(incident.checklist(Phase.TRIAGE).get(1).done());
    }

    @Test
    void confirmingTheSameSeverityStillTicksTheStepButRecordsNoChange() {
        Incident incident = fresh();
        List<IncidentEvent> events = ResponseRules.setSeverity(incident, Severity.SEV3, ANA, T0);
        assertEquals(1, events.size());
        assertEquals(TimelineKind.CHECKLIST, events.get(0).kind());
    }

    @Test
    void namingACommanderTicksItsStepAndReplacingOneSaysWhoItWas() {
        Incident incident = fresh();
        ResponseRules.assign(incident, Role.COMMANDER, ANA, ANA, T0);
        List<IncidentEvent> events = ResponseRules.assign(incident, Role.COMMANDER, BO, ANA, T0);
        assertEquals("Incident commander: Bo (was Ana)", events.get(0).text());
        assertTrue(incident.checklist(Phase.TRIAGE).get(2).done());
        assertTrue(ResponseRules.assign(incident, Role.COMMANDER, BO, ANA, T0).isEmpty());
    }

    @Test
    void checkingAnItemOutOfRangeSaysHowManyThereAre() {
        Incident incident = fresh();
        IncidentRuleException e = assertThrows(IncidentRuleException.class,
                () -> ResponseRules.tick(incident, Phase.TRIAGE, 4, true, ANA, T0));
        assertEquals("The Triage checklist has 3 items; there is no item 4.", e.getMessage());
    }

    @Test
    void checkAndUncheckRecordWhoAndWhen() {
        Incident incident = fresh();
        ResponseRules.tick(incident, Phase.TRIAGE, 1, true, BO, T0.plusSeconds(5));
        ChecklistItem item = incident.checklist(Phase.TRIAGE).get(0);
        assertEquals(BO, item.doneBy);
        assertEquals(T0.plusSeconds(5), item.doneAt);
        assertTrue(ResponseRules.tick(incident, Phase.TRIAGE, 1, true, BO, T0).isEmpty());
        List<IncidentEvent> events = ResponseRules.tick(incident, Phase.TRIAGE, 1, false, BO, T0);
        assertEquals("Unchecked Triage 1: Scope", events.get(0).text());
        assertFalse(item.done());
    }

    @Test
    void whysChainInOrderAndTheFifthTicksTheStep() {
        Incident incident = fresh();
        for (int i = 1; i <= 6; i++) {
            ResponseRules.addWhy(incident, "answer " + i, ANA, T0);
        }
        assertEquals(6, incident.whys.size());
        assertEquals(6, incident.whys.get(5).position);
        assertTrue(incident.checklist(Phase.POSTMORTEM).get(0).done());
    }

    @Test
    void actionItemsAreNumberedAndDoneOnce() {
        Incident incident = fresh();
        ResponseRules.addAction(incident, "add canary", BO, LocalDate.of(2026, 4, 1), null, ANA, T0);
        List<IncidentEvent> second = ResponseRules.addAction(incident, "alert on 5xx", null, null,
                "https://tracker.example/T-2", ANA, T0);
        assertEquals("Action item #2: alert on 5xx", second.get(0).text());
        assertEquals("https://tracker.example/T-2", second.get(0).link());
        assertEquals("Action item #1 done: add canary",
                ResponseRules.completeAction(incident, 1, T0).get(0).text());
        assertTrue(ResponseRules.completeAction(incident, 1, T0).isEmpty());
        IncidentRuleException e = assertThrows(IncidentRuleException.class,
                () -> ResponseRules.completeAction(incident, 9, T0));
        assertEquals("INC-3 has 2 action items; there is no #9.", e.getMessage());
    }

    @Test
    void statusUpdateBecomesTheLastUpdate() {
        Incident incident = fresh();
        ResponseRules.postUpdate(incident, "  rolled back, watching errors ", T0.plusSeconds(7));
        assertEquals("rolled back, watching errors", incident.lastUpdate);
        assertEquals(T0.plusSeconds(7), incident.lastUpdateAt);
    }

    @Test
    void aKoreanIncidentRecordsItsChangesInKoreanAndTeamTextAsWritten() {
        Incident incident = fresh();
        incident.language = io.warroom.i18n.Language.KO;
        List<IncidentEvent> severity = ResponseRules.setSeverity(incident, Severity.SEV1, ANA, T0);
        assertEquals(List.of("심각도 SEV3 → SEV1", "체크리스트 완료: 분류 2. Set severity"),
                severity.stream().map(IncidentEvent::text).toList());
        ResponseRules.assign(incident, Role.COMMANDER, ANA, ANA, T0);
        assertEquals("장애 지휘자: Bo (이전: Ana)",
                ResponseRules.assign(incident, Role.COMMANDER, BO, ANA, T0).get(0).text());
        assertEquals("체크리스트 완료 취소: 분류 2. Set severity",
                ResponseRules.tick(incident, Phase.TRIAGE, 2, false, ANA, T0).get(0).text());
        assertEquals("후속 조치 #1: 캐시 TTL 조정, 담당자 Bo, 기한 2026-03-10", ResponseRules.addAction(incident,
                "캐시 TTL 조정", BO, LocalDate.of(2026, 3, 10), null, ANA, T0).get(0).text());
        assertEquals("후속 조치 #1 완료: 캐시 TTL 조정", ResponseRules.completeAction(incident, 1, T0).get(0).text());
        assertEquals("영향: 결제 실패", ResponseRules.setImpact(incident, "결제 실패", T0).get(0).text());
        assertEquals("서비스 지정: checkout (이전: 없음)", ResponseRules.setService(incident, "checkout", T0).get(0).text());
        assertEquals("제목 변경: DB down → DB 장애", ResponseRules.retitle(incident, "DB 장애", T0).get(0).text());
    }
}
