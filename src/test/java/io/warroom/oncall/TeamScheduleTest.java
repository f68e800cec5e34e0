package io.warroom.oncall;

import static io.warroom.oncall.RotationTest.ANA;
import static io.warroom.oncall.RotationTest.BERLIN;
import static io.warroom.oncall.RotationTest.BO;
import static io.warroom.oncall.RotationTest.CY;
import static io.warroom.oncall.RotationTest.berlin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamScheduleTest {

    static final OnCallPerson LEE = new OnCallPerson("lee", "Lee Park", "U01LEE", "302050872383242242");

    private static Team payments(int repeat) {
        Rotation primary = new Rotation("primary", List.of(ANA, BO, CY), Duration.ofDays(7), LocalDate.of(2025, 1, 6),
                LocalTime.of(9, 0), BERLIN);
        Rotation secondary = new Rotation("secondary", List.of(BO, CY, ANA), Duration.ofDays(7),
                LocalDate.of(2025, 1, 6), LocalTime.of(9, 0), BERLIN);
        RotationOverride longWeekend = new RotationOverride("primary", LEE, berlin("2025-01-10T18:00"),
                berlin("2025-01-13T09:00"));
        EscalationPolicy policy = new EscalationPolicy(List.of(
                new EscalationLevel(List.of(new EscalationLevel.RotationTarget("primary")), Duration.ofMinutes(5)),
                new EscalationLevel(List.of(new EscalationLevel.RotationTarget("secondary")), Duration.ofMinutes(5)),
                new EscalationLevel(List.of(new EscalationLevel.PersonTarget(LEE),
                        new EscalationLevel.RotationTarget("primary")), Duration.ofMinutes(10))), repeat);
        Map<String, Rotation> rotations = new LinkedHashMap<>();
        rotations.put("primary", primary);
        rotations.put("secondary", secondary);
        return new Team("payments", List.of("checkout", "billing"), rotations, List.of(longWeekend), policy, null);
    }

    @Test
    void anOverrideEndsTheCurrentTurnEarlyAndNamesTheStandIn() {
        Team team = payments(0);
        Shift now = team.onCall("primary", berlin("2025-01-08T12:00"));
        assertEquals(ANA, now.person());
        assertEquals(berlin("2025-01-10T18:00"), now.until());
        Shift next = team.next("primary", berlin("2025-01-08T12:00"));
        assertEquals(LEE, next.person());
        assertTrue(next.override());
    }

    @Test
    void duringAnOverrideTheStandInIsOnCallUntilItEnds() {
        Team team = payments(0);
        Shift during = team.onCall("primary", berlin("2025-01-11T03:00"));
        assertEquals(new Shift("primary", LEE, berlin("2025-01-10T18:00"), berlin("2025-01-13T09:00"), true), during);
        assertEquals(BO, team.next("primary", berlin("2025-01-11T03:00")).person());
        assertEquals(BO, team.onCall("secondary", berlin("2025-01-11T03:00")).person());
    }

    @Test
    void afterAnOverrideTheRotationResumesFromItsEnd() {
        Rotation daily = new Rotation("primary", List.of(ANA, BO), Duration.ofDays(1), LocalDate.of(2025, 1, 6),
                LocalTime.of(9, 0), BERLIN);
        Team team = new Team("t", List.of(), Map.of("primary", daily), List.of(new RotationOverride("primary", LEE,
                berlin("2025-01-06T09:00"), berlin("2025-01-06T13:00"))), new EscalationPolicy(List.of(
                new EscalationLevel(List.of(new EscalationLevel.RotationTarget("primary")), Duration.ofMinutes(5))),
                0), null);
        Shift afternoon = team.onCall("primary", berlin("2025-01-06T15:00"));
        assertEquals(ANA, afternoon.person());
        assertEquals(berlin("2025-01-06T13:00"), afternoon.from());
        assertFalse(afternoon.override());
    }

    @Test
    void aLevelPagesEachPersonOnceInItsOrder() {
        Team team = payments(0);
        EscalationLevel last = team.escalation().step(2).orElseThrow();
        assertEquals(List.of(LEE), team.paged(last, berlin("2025-01-11T03:00")));
        assertEquals(List.of(LEE, ANA), team.paged(last, berlin("2025-01-07T10:00")));
        assertEquals(List.of(ANA, BO), team.onCallNow(berlin("2025-01-07T10:00")));
    }

    @Test
    void thePolicyCountsStepsAcrossRepeatedPasses() {
        EscalationPolicy once = payments(0).escalation();
        assertEquals(3, once.steps());
        assertTrue(once.step(3).isEmpty());
        EscalationPolicy twice = payments(1).escalation();
        assertEquals(6, twice.steps());
        assertEquals(1, twice.levelNumber(3));
        assertEquals(2, twice.pass(3));
        assertEquals("primary 5m → secondary 5m → Lee Park + primary 10m (repeated once)", twice.describe());
    }

    @Test
    void servicesMatchWithoutRegardToCase() {
        assertTrue(payments(0).owns("Checkout "));
        assertFalse(payments(0).owns("search"));
    }
}
