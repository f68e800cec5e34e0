package io.warroom.webapp.incidents;

import io.warroom.incident.Phase;

/** One step of the phase stepper: done, current or still to come, with the time spent in it (empty if none). */
public record PhaseStep(Phase phase, int number, String label, String state, String spent) {

    public boolean current() {
        return "current".equals(state);
    }
}
