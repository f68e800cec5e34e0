package io.warroom.runbook;

import java.time.Duration;

/**
 * How a run ended. code is the exit code or HTTP status (null when it never got one); killed counts the processes
 * stopped after a timeout; error says why it did not run or did not finish.
 */
public record RunOutcome(boolean succeeded, boolean timedOut, Integer code, Duration duration, String output,
        int killed, String error) {

    public static RunOutcome notStarted(String error, Duration duration) {
        return new RunOutcome(false, false, null, duration, "", 0, error);
    }
}
