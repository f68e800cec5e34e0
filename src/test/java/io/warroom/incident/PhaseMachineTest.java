package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhaseMachineTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Person ANA = new Person(Platform.SLACK, "U1", "Ana");

    static Incident fresh() {
        Incident incident = Incident.open(new NewIncident("Checkout 5xx spike", Severity.SEV2, "checkout", null, ANA,
                null), (phase, language) -> List.of(new PlaybookStep("k-" + phase.id(), "step of " + phase.id())),
                io.warroom.i18n.Language.EN, T0);
        incident.number = 7L;
        return incident;
    }

    @Test
    void opensInDetectWithMilestonesOnlyForDetection() {
        Incident incident = fresh();
        assertEquals(Phase.DETECT, incident.phase);
        assertEquals(IncidentStatus.OPEN, incident.status);
        assertEquals(T0, incident.detectedAt);
        assertNull(incident.acknowledgedAt);
        assertEquals(6, incident.checklist.size());
    }

    @Test
    void enteringTriageAcknowledges() {
        Incident incident = fresh();
        List<IncidentEvent> events = PhaseMachine.advance(incident, ANA, T0.plusSeconds(60));
        assertEquals(Phase.TRIAGE, incident.phase);
        assertEquals(T0.plusSeconds(60), incident.acknowledgedAt);
        assertEquals(ANA, incident.acknowledgedBy);
        assertEquals("Phase Detect → Triage; acknowledged by Ana", events.get(0).text());
    }

    @Test
    void acknowledgingTwiceChangesNothing() {
        Incident incident = fresh();
        PhaseMachine.acknowledge(incident, ANA, T0.plusSeconds(30));
        List<IncidentEvent> again = PhaseMachine.acknowledge(incident, new Person(Platform.SLACK, "U2", "Bo"),
                T0.plusSeconds(90));
        assertTrue(again.isEmpty());
        assertEquals(T0.plusSeconds(30), incident.acknowledgedAt);
        assertEquals("Ana", incident.acknowledgedBy.displayName);
    }

    @Test
    void leavingMitigateMitigatesAndLeavingRecoverResolves() {
        Incident incident = fresh();
        PhaseMachine.advance(incident, ANA, T0.plusSeconds(10));
        PhaseMachine.advance(incident, ANA, T0.plusSeconds(20));
        assertNull(incident.mitigatedAt);
        PhaseMachine.advance(incident, ANA, T0.plusSeconds(30));
        assertEquals(Phase.RCA, incident.phase);
        assertEquals(T0.plusSeconds(30), incident.mitigatedAt);
        PhaseMachine.advance(incident, ANA, T0.plusSeconds(40));
        assertNull(incident.resolvedAt);
        List<IncidentEvent> events = PhaseMachine.advance(incident, ANA, T0.plusSeconds(50));
        assertEquals(Phase.POSTMORTEM, incident.phase);
        assertEquals(IncidentStatus.RESOLVED, incident.status);
        assertEquals(T0.plusSeconds(50), incident.resolvedAt);
        assertEquals(TimelineKind.RESOLVED, events.get(1).kind());
    }

    @Test
    void nextFromPostmortemPointsToClose() {
        Incident incident = fresh();
        PhaseMachine.jump(incident, Phase.POSTMORTEM, ANA, T0);
        IncidentRuleException e = assertThrows(IncidentRuleException.class,
                () -> PhaseMachine.advance(incident, ANA, T0));
        assertTrue(e.getMessage().contains("use `close`"), e.getMessage());
    }

    @Test
    void jumpAheadSetsEveryMilestonePassedAndSaysSo() {
        Incident incident = fresh();
        List<IncidentEvent> events = PhaseMachine.jump(incident, Phase.RECOVER, ANA, T0.plusSeconds(5));
        assertEquals(Phase.RECOVER, incident.phase);
        assertNotNull(incident.acknowledgedAt);
        assertNotNull(incident.mitigatedAt);
        assertNull(incident.resolvedAt);
        assertTrue(events.get(0).text().contains("(jumped ahead)"), events.get(0).text());
    }

    @Test
    void jumpBackwardsIsRefusedWithAHintToUseBack() {
        Incident incident = fresh();
        PhaseMachine.jump(incident, Phase.RCA, ANA, T0);
        IncidentRuleException e = assertThrows(IncidentRuleException.class,
                () -> PhaseMachine.jump(incident, Phase.TRIAGE, ANA, T0));
        assertTrue(e.getMessage().contains("back <reason>"), e.getMessage());
        assertThrows(IncidentRuleException.class, () -> PhaseMachine.jump(incident, Phase.RCA, ANA, T0));
    }

    @Test
    void backNeedsAReasonAndReentersMitigateUnmitigated() {
        Incident incident = fresh();
        PhaseMachine.jump(incident, Phase.RCA, ANA, T0);
        assertThrows(IncidentRuleException.class, () -> PhaseMachine.back(incident, " ", T0));
        List<IncidentEvent> events = PhaseMachine.back(incident, "errors are back", T0.plusSeconds(9));
        assertEquals(Phase.MITIGATE, incident.phase);
        assertNull(incident.mitigatedAt);
        assertEquals("Phase RCA → Mitigate (back): errors are back", events.get(0).text());
    }

    @Test
    void backFromPostmortemReopens() {
        Incident incident = fresh();
        PhaseMachine.resolve(incident, null, ANA, T0);
        List<IncidentEvent> events = PhaseMachine.back(incident, "it came back", T0.plusSeconds(1));
        assertEquals(IncidentStatus.OPEN, incident.status);
        assertNull(incident.resolvedAt);
        assertEquals(TimelineKind.REOPENED, events.get(0).kind());
    }

    @Test
    void resolveFromTriageFillsMissingMilestonesAndKeepsSummary() {
        Incident incident = fresh();
        PhaseMachine.acknowledge(incident, ANA, T0.plusSeconds(10));
        List<IncidentEvent> events = PhaseMachine.resolve(incident, "false alarm", ANA, T0.plusSeconds(20));
        assertEquals(Phase.POSTMORTEM, incident.phase);
        assertEquals(T0.plusSeconds(10), incident.acknowledgedAt);
        assertEquals(T0.plusSeconds(20), incident.mitigatedAt);
        assertEquals("false alarm", incident.summary);
        assertTrue(events.get(0).text().contains("also marked mitigated"), events.get(0).text());
        assertThrows(IncidentRuleException.class, () -> PhaseMachine.resolve(incident, null, ANA, T0));
    }

    @Test
    void closeOnlyAfterResolveAndThenNothingChanges() {
        Incident incident = fresh();
        IncidentRuleException early = assertThrows(IncidentRuleException.class,
                () -> PhaseMachine.close(incident, T0));
        assertTrue(early.getMessage().contains("resolve it"), early.getMessage());
        PhaseMachine.resolve(incident, null, ANA, T0);
        PhaseMachine.close(incident, T0.plusSeconds(3600));
        assertEquals(IncidentStatus.CLOSED, incident.status);
        assertEquals(T0.plusSeconds(3600), incident.closedAt);
        assertThrows(IncidentRuleException.class, () -> PhaseMachine.back(incident, "oops", T0));
        assertThrows(IncidentRuleException.class,
                () -> ResponseRules.setSeverity(incident, Severity.SEV1, ANA, T0));
    }

    @Test
    void aKoreanIncidentWritesItsPhaseChangesInKorean() {
        Incident incident = fresh();
        incident.language = io.warroom.i18n.Language.KO;
        assertEquals("단계 탐지 → 분류; Ana님이 확인했습니다",
                PhaseMachine.advance(incident, ANA, T0.plusSeconds(60)).get(0).text());
        assertEquals("단계 분류 → 원인 분석 (중간 단계 건너뜀); 완화됨",
                PhaseMachine.jump(incident, Phase.RCA, ANA, T0.plusSeconds(120)).get(0).text());
        assertEquals("Ana님이 해결했습니다 (단계 원인 분석 → 포스트모템): 캐시 설정 복원",
                PhaseMachine.resolve(incident, "캐시 설정 복원", ANA, T0.plusSeconds(180)).get(0).text());
        assertEquals(List.of("다시 열었습니다: 재발", "단계 포스트모템 → 복구 (되돌림): 재발"),
                PhaseMachine.back(incident, "재발", T0.plusSeconds(240)).stream().map(IncidentEvent::text).toList());
        assertEquals(List.of("단계 복구 → 포스트모템", "Ana님이 해결했습니다"),
                PhaseMachine.advance(incident, ANA, T0.plusSeconds(300)).stream().map(IncidentEvent::text).toList());
        assertEquals("종료했습니다", PhaseMachine.close(incident, T0.plusSeconds(360)).get(0).text());
    }

    @Test
    void acknowledgingAKoreanIncidentSaysWhoInKorean() {
        Incident incident = fresh();
        incident.language = io.warroom.i18n.Language.KO;
        assertEquals("Ana님이 확인했습니다. 단계 탐지 → 분류",
                PhaseMachine.acknowledge(incident, ANA, T0.plusSeconds(30)).get(0).text());
        Incident other = fresh();
        other.language = io.warroom.i18n.Language.KO;
        assertEquals("Ana님이 해결했습니다 (단계 탐지 → 포스트모템); 확인과 완화도 함께 처리했습니다",
                PhaseMachine.resolve(other, null, ANA, T0.plusSeconds(30)).get(0).text());
    }
}
