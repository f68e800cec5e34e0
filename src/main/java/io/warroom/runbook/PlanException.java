package io.warroom.runbook;

import java.util.Optional;
import java.util.function.Function;

/** A run that cannot be planned: bad parameters (the person's to fix) or a broken action (the operator's). */
public class PlanException extends RuntimeException {

    private final boolean badInput;
    private final transient Function<RunbookMessages, String> localized;

    private PlanException(String message, boolean badInput, Function<RunbookMessages, String> localized) {
        super(message);
        this.badInput = badInput;
        this.localized = localized;
    }

    public static PlanException badInput(String message) {
        return new PlanException(message, true, null);
    }

    /** Bad input whose message can also be said in the incident's language. */
    public static PlanException badInput(String message, Function<RunbookMessages, String> localized) {
        return new PlanException(message, true, localized);
    }

    public static PlanException cannotRun(String message) {
        return new PlanException(message, false, null);
    }

    public boolean badInput() {
        return badInput;
    }

    /** The message from the runbook bundle, when it came with one. */
    public Optional<Function<RunbookMessages, String>> localized() {
        return Optional.ofNullable(localized);
    }
}
