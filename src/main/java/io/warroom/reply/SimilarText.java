package io.warroom.reply;

import io.warroom.incident.similar.SimilarView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Similar past incidents as chat shows them: one line each on the card, a few lines each when asked for. */
public final class SimilarText {

    public static final String TITLE = "Similar past incidents";
    public static final String NO_ROOT_CAUSE = "no root cause recorded";
    public static final String NO_RESOLUTION = "no resolution recorded";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    // Three lines must fit a Discord embed field (1,024 characters) with their links.
    private static final int CARD_TITLE = 60;
    private static final int CARD_CAUSE = 80;
    private static final int CARD_FIX = 50;
    private static final int REPLY_PART = 400;

    private SimilarText() {
    }

    /** One line per incident: key, title, date, root cause, fix and where to read more. */
    public static String cardLines(List<SimilarView> similar, ZoneId zone, Optional<String> publicUrl) {
        StringBuilder text = new StringBuilder();
        for (SimilarView s : similar) {
            text.append(text.isEmpty() ? "" : "\n").append(s.key()).append(" · ").append(clip(s.title(), CARD_TITLE))
                    .append(" (").append(DATE.format(s.detected().atZone(zone))).append(") — root cause: ")
                    .append(clip(rootCause(s), CARD_CAUSE)).append(" · fix: ").append(clip(resolution(s), CARD_FIX));
            link(publicUrl, s.key()).ifPresent(url -> text.append(" · ").append(url));
        }
        return text.toString();
    }

    /** The answer to {@code similar}: every incident with why it was picked, its root cause and resolution. */
    public static String reply(String key, List<SimilarView> similar, ZoneId zone, Optional<String> publicUrl) {
        if (similar.isEmpty()) {
            return "No earlier incident looks like " + key + ". It takes the same alert, or the same service and a "
                    + "shared word in the title, trigger or root cause, or two shared words.";
        }
        StringBuilder text = new StringBuilder(TITLE + " to " + key + ", most alike first:");
        int n = 1;
        for (SimilarView s : similar) {
            text.append("\n").append(n++).append(". ").append(s.key()).append(" · ").append(clip(s.title(), REPLY_PART))
                    .append(" · ").append(s.status().label()).append(" · ")
                    .append(DATE.format(s.detected().atZone(zone))).append(" · ").append(s.score()).append(" points (")
                    .append(String.join("; ", s.reasons())).append(")")
                    .append("\n   Root cause: ").append(clip(rootCause(s), REPLY_PART))
                    .append("\n   Resolution: ").append(clip(resolution(s), REPLY_PART));
            link(publicUrl, s.key()).ifPresent(url -> text.append("\n   ").append(url));
        }
        return text.toString();
    }

    /** "Similar past incidents now: INC-3 (title), INC-7 (title)." for a list that just changed. */
    public static String changed(List<SimilarView> similar) {
        return TITLE + " now: " + String.join(", ", similar.stream().map(s -> s.key() + " (" + clip(s.title(),
                CARD_TITLE) + ")").toList()) + ". `/incident similar` shows their root causes and fixes.";
    }

    public static String rootCause(SimilarView s) {
        return s.rootCause() == null ? NO_ROOT_CAUSE : s.rootCause();
    }

    public static String resolution(SimilarView s) {
        return s.resolution() == null ? NO_RESOLUTION : s.resolution();
    }

    /** The incident's web page, where its postmortem is, when Warroom knows its public address. */
    public static Optional<String> link(Optional<String> publicUrl, String key) {
        return publicUrl.filter(u -> !u.isBlank()).map(u -> (u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                + "/incidents/" + key + "#postmortem-section");
    }

    private static String clip(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
