package io.warroom.oncall;

import java.time.Instant;

/** Someone standing in for a rotation during [from, until). */
public record RotationOverride(String rotation, OnCallPerson person, Instant from, Instant until) {

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
