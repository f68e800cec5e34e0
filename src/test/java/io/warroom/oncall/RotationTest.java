package io.warroom.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final OnCallPerson ANA = new OnCallPerson("ana", "Ana Lima", "U01ANA", null);
    static final OnCallPerson BO = new OnCallPerson("bo", "Bo Chen", "U01BO", null);
    static final OnCallPerson CY = new OnCallPerson("cy", "Cy Diaz", null, "302050872383242241");

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static Rotation weekly() {
        return new Rotation("primary", List.of(ANA, BO, CY), Duration.ofDays(7), LocalDate.of(2025, 1, 6),
                LocalTime.of(9, 0), BERLIN);
    }

    @Test
    void weeklyTurnsHandOffAtTheHandoffTimeInTheRotationsZone() {
        Rotation rotation = weekly();
        assertEquals(new Shift("primary", ANA, berlin("2025-01-06T09:00"), berlin("2025-01-13T09:00"), false),
                rotation.turnAt(berlin("2025-01-06T09:00")));
        assertEquals(ANA, rotation.turnAt(berlin("2025-01-13T08:59")).person());
        assertEquals(BO, rotation.turnAt(berlin("2025-01-13T09:00")).person());
        assertEquals(CY, rotation.turnAt(berlin("2025-01-22T03:00")).person());
        assertEquals(ANA, rotation.turnAt(berlin("2025-01-27T09:00")).person());
    }

    @Test
    void beforeTheStartTheCycleRunsBackwards() {
        Shift before = weekly().turnAt(berlin("2025-01-06T08:59"));
        assertEquals(CY, before.person());
        assertEquals(berlin("2024-12-30T09:00"), before.from());
        assertEquals(berlin("2025-01-06T09:00"), before.until());
    }

    @Test
    void dayBasedTurnsKeepTheWallClockHandoffAcrossDaylightSaving() {
        // Berlin moves to summer time on 30 March 2025: that week's turn is an hour shorter.
        Shift turn = weekly().turnAt(berlin("2025-03-26T12:00"));
        assertEquals(berlin("2025-03-24T09:00"), turn.from());
        assertEquals(Instant.parse("2025-03-31T07:00:00Z"), turn.until());
        assertEquals(Duration.ofHours(167), Duration.between(turn.from(), turn.until()));
    }

    @Test
    void hourBasedTurnsAreExactDurations() {
        Rotation halfDays = new Rotation("follow-the-sun", List.of(ANA, BO), Duration.ofHours(12),
                LocalDate.of(2025, 1, 6), LocalTime.of(9, 0), ZoneId.of("UTC"));
        assertEquals(ANA, halfDays.turnAt(Instant.parse("2025-01-06T20:59:59Z")).person());
        assertEquals(BO, halfDays.turnAt(Instant.parse("2025-01-06T21:00:00Z")).person());
        assertEquals(ANA, halfDays.turnAt(Instant.parse("2025-01-07T09:00:00Z")).person());
        assertEquals(Instant.parse("2025-01-07T21:00:00Z"), halfDays.turnAt(
                Instant.parse("2025-01-07T09:00:00Z")).until());
    }
}
