package io.warroom.oncall;

import java.time.Instant;

/** Who is on call in a rotation from one change to the next; override says an override put them there. */
public record Shift(String rotation, OnCallPerson person, Instant from, Instant until, boolean override) {
}
