package io.warroom.command;

/** Input that does not fit the grammar; the message says what was wrong. */
public class UsageException extends RuntimeException {

    private final Verb verb;

    public UsageException(String message, Verb verb) {
        super(message);
        this.verb = verb;
    }

    /** The subcommand whose usage line to show; null when the subcommand itself was not understood. */
    public Verb verb() {
        return verb;
    }
}
