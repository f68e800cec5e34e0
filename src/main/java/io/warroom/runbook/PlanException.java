package io.warroom.runbook;

/** A run that cannot be planned: bad parameters (the person's to fix) or a broken action (the operator's). */
public class PlanException extends RuntimeException {

    private final boolean badInput;

    private PlanException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    public static PlanException badInput(String message) {
        return new PlanException(message, true);
    }

    public static PlanException cannotRun(String message) {
        return new PlanException(message, false);
    }

    public boolean badInput() {
        return badInput;
    }
}
