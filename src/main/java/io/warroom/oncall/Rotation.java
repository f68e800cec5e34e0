package io.warroom.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * People taking turns: the first person's turn starts on {@code start} at {@code handoff} (local time in
 * {@code zone}), each turn lasts {@code length}, then the next person takes over, round and round. Lengths of whole
 * days hand off at the same wall-clock time across daylight-saving changes; shorter ones are exact durations.
 * Before the start the same cycle runs backwards, so a rotation starting next Monday already has someone on call.
 */
public record Rotation(String name, List<OnCallPerson> people, Duration length, LocalDate start, LocalTime handoff,
        ZoneId zone) {

    private static final long DAY_SECONDS = 86_400;

    public Rotation {
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs people");
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a rotation length must be positive");
        }
    }

    /** The turn that covers {@code at}, ignoring overrides. */
    public Shift turnAt(Instant at) {
        LocalDateTime first = start.atTime(handoff);
        long index;
        Instant from;
        Instant until;
        if (length.getSeconds() % DAY_SECONDS == 0) {
            long days = length.getSeconds() / DAY_SECONDS;
            LocalDateTime local = LocalDateTime.ofInstant(at, zone);
            long elapsed = ChronoUnit.DAYS.between(first, local);
            if (first.plusDays(elapsed).isAfter(local)) {
                elapsed--;
            }
            index = Math.floorDiv(elapsed, days);
            LocalDateTime turnStart = first.plusDays(index * days);
            from = turnStart.atZone(zone).toInstant();
            until = turnStart.plusDays(days).atZone(zone).toInstant();
            // A hand-off inside a daylight-saving gap or overlap can land on either side of `at`; step once.
            if (from.isAfter(at)) {
                index--;
                until = from;
                from = first.plusDays(index * days).atZone(zone).toInstant();
            } else if (!until.isAfter(at)) {
                index++;
                from = until;
                until = first.plusDays((index + 1) * days).atZone(zone).toInstant();
            }
        } else {
            Instant origin = first.atZone(zone).toInstant();
            long seconds = length.getSeconds();
            index = Math.floorDiv(Duration.between(origin, at).getSeconds(), seconds);
            from = origin.plusSeconds(index * seconds);
            until = from.plusSeconds(seconds);
        }
        OnCallPerson person = people.get((int) Math.floorMod(index, (long) people.size()));
        return new Shift(name, person, from, until, false);
    }
}
