package io.warroom.command;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Echo;
import java.util.Optional;
import java.util.function.Function;

/**
 * Input that does not fit the grammar; the message says what was wrong. The grammar is read before anyone knows
 * which incident (and so which language) a command is for, so a message may carry its text from the usage bundle too,
 * to be said in the language chosen once the incident is known.
 */
public class UsageException extends RuntimeException {

    private static final int MESSAGE_MAX = 1000;

    private final Verb verb;
    private final transient Function<UsageMessages, String> localized;
    private Long incident;

    public UsageException(String message, Verb verb) {
        this(message, verb, null);
    }

    public UsageException(String message, Verb verb, Function<UsageMessages, String> localized) {
        // Parsers clip what they quote; this keeps any message they missed from echoing a pasted payload.
        super(Echo.of(message, MESSAGE_MAX));
        this.verb = verb;
        this.localized = localized;
    }

    /** The subcommand whose usage line to show; null when the subcommand itself was not understood. */
    public Verb verb() {
        return verb;
    }

    /** The incident the command named, when it named one before the mistake; its language answers. */
    public Optional<Long> incident() {
        return Optional.ofNullable(incident);
    }

    UsageException about(Optional<Long> number) {
        incident = number.orElse(incident);
        return this;
    }

    /** What was wrong, in a language; in English, or when no translation came with it, the message as written. */
    public String message(Language language) {
        if (language == Language.EN || localized == null) {
            return getMessage();
        }
        return Echo.of(localized.apply(Bundles.in(UsageMessages.class, language)), MESSAGE_MAX);
    }
}
