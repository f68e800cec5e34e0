package io.warroom.oncall;

import java.time.Duration;
import java.util.List;

/** One level of an escalation policy: whom to page, and how long to wait for an acknowledgement. */
public record EscalationLevel(List<Target> targets, Duration ackWait) {

    public EscalationLevel {
        targets = List.copyOf(targets);
    }

    /** A rotation (its on-call at the time of the page) or one person. */
    public sealed interface Target {
        String label();
    }

    public record RotationTarget(String rotation) implements Target {
        @Override
        public String label() {
            return rotation;
        }
    }

    public record PersonTarget(OnCallPerson person) implements Target {
        @Override
        public String label() {
            return person.name();
        }
    }

    public String label() {
        return String.join(" + ", targets.stream().map(Target::label).toList());
    }
}
