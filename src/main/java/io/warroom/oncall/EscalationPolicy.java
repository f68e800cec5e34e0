package io.warroom.oncall;

import io.warroom.config.HumanDuration;
import java.util.List;
import java.util.Optional;

/**
 * Levels paged one after another while nobody acknowledges; {@code repeat} more passes through all levels after the
 * last. Steps count pages from 0 across passes: step s pages level s mod n.
 */
public record EscalationPolicy(List<EscalationLevel> levels, int repeat) {

    public EscalationPolicy {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an escalation policy needs a level");
        }
    }

    public int steps() {
        return levels.size() * (repeat + 1);
    }

    public Optional<EscalationLevel> step(int step) {
        return step >= 0 && step < steps() ? Optional.of(levels.get(step % levels.size())) : Optional.empty();
    }

    /** 1-based level of a step, as people say it ("level 2 of 3"). */
    public int levelNumber(int step) {
        return step % levels.size() + 1;
    }

    public int pass(int step) {
        return step / levels.size() + 1;
    }

    /** "primary 5m → secondary 5m → Lee Park 10m (repeated once)". */
    public String describe() {
        return chain() + switch (repeat) {
            case 0 -> "";
            case 1 -> " (repeated once)";
            default -> " (repeated " + repeat + " times)";
        };
    }

    /** "primary 5m → secondary 5m → Lee Park 10m": the levels and how long each waits, the same in every language. */
    public String chain() {
        return String.join(" → ", levels.stream().map(l -> l.label() + " " + HumanDuration.format(l.ackWait()))
                .toList());
    }

    /** How many more times the chain runs after the first. */
    public int repeats() {
        return repeat;
    }
}
