package io.warroom.reply;

import io.warroom.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * The Approve and Deny buttons of a runbook run waiting for four-eyes approval. The run's timeline entry carries
 * {@link #dedupKey(long)}, so the room's echo of that entry can carry the buttons.
 */
public final class ApprovalButtons {

    private static final String KEY_PREFIX = "run-approval:";

    private ApprovalButtons() {
    }

    public static String dedupKey(long runId) {
        return KEY_PREFIX + runId;
    }

    /** The run a timeline entry asks to approve, if it is such an entry. */
    public static Optional<Long> runOf(String dedupKey) {
        if (dedupKey == null || !dedupKey.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(dedupKey.substring(KEY_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static List<Reply.Button> of(long runId) {
        return of(runId, Language.EN);
    }

    public static List<Reply.Button> of(long runId, Language language) {
        CardMessages words = IncidentText.words(language);
        return List.of(new Reply.Button(words.approve(), "run approve " + runId, Reply.ButtonStyle.PRIMARY),
                new Reply.Button(words.deny(), "run deny " + runId, Reply.ButtonStyle.DANGER, words.whyDeny(runId)));
    }
}
