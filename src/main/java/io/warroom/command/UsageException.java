package io.warroom.command;

import io.warroom.incident.Echo;

/** Input that does not fit the grammar; the message says what was wrong. */
public class UsageException extends RuntimeException {

    private static final int MESSAGE_MAX = 1000;

    private final Verb verb;

    public UsageException(String message, Verb verb) {
        // Parsers clip what they quote; this keeps any message they missed from echoing a pasted payload.
        super(Echo.of(message, MESSAGE_MAX));
        this.verb = verb;
    }

    /** The subcommand whose usage line to show; null when the subcommand itself was not understood. */
    public Verb verb() {
        return verb;
    }
}
