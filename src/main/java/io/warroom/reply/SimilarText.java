package io.warroom.reply;

import io.warroom.i18n.Language;
import io.warroom.incident.similar.SimilarView;
import io.warroom.incident.similar.SimilarityRule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Similar past incidents as chat shows them: one line each on the card, a few lines each when asked for. */
public final class SimilarText {

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
        return cardLines(similar, zone, publicUrl, Language.EN);
    }

    public static String cardLines(List<SimilarView> similar, ZoneId zone, Optional<String> publicUrl,
            Language language) {
        CardMessages words = IncidentText.words(language);
        StringBuilder text = new StringBuilder();
        for (SimilarView s : similar) {
            String head = s.key() + " · " + clip(s.title(), CARD_TITLE) + " (" + DATE.format(s.detected().atZone(zone))
                    + ")";
            text.append(text.isEmpty() ? "" : "\n").append(words.similarCardLine(head,
                    clip(rootCause(s, language), CARD_CAUSE), clip(resolution(s, language), CARD_FIX)));
            link(publicUrl, s.key()).ifPresent(url -> text.append(" · ").append(url));
        }
        return text.toString();
    }

    /** The answer to {@code similar}: every incident with why it was picked, its root cause and resolution. */
    public static String reply(String key, List<SimilarView> similar, ZoneId zone, Optional<String> publicUrl) {
        return reply(key, similar, zone, publicUrl, Language.EN);
    }

    public static String reply(String key, List<SimilarView> similar, ZoneId zone, Optional<String> publicUrl,
            Language language) {
        CardMessages words = IncidentText.words(language);
        if (similar.isEmpty()) {
            return words.noSimilar(key);
        }
        StringBuilder text = new StringBuilder(words.similarReplyTitle(key));
        int n = 1;
        for (SimilarView s : similar) {
            text.append("\n").append(n++).append(". ").append(s.key()).append(" · ").append(clip(s.title(), REPLY_PART))
                    .append(" · ").append(s.status().label(language)).append(" · ")
                    .append(DATE.format(s.detected().atZone(zone))).append(" · ").append(words.points(s.score()))
                    .append(" (").append(reasons(s, language)).append(")")
                    .append("\n   ").append(words.rootCauseLine(clip(rootCause(s, language), REPLY_PART)))
                    .append("\n   ").append(words.resolutionLine(clip(resolution(s, language), REPLY_PART)));
            link(publicUrl, s.key()).ifPresent(url -> text.append("\n   ").append(url));
        }
        return text.toString();
    }

    /** "Similar past incidents now: INC-3 (title), INC-7 (title)." for a list that just changed. */
    public static String changed(List<SimilarView> similar) {
        return changed(similar, Language.EN);
    }

    public static String changed(List<SimilarView> similar, Language language) {
        return IncidentText.words(language).similarChanged(String.join(", ", similar.stream()
                .map(s -> s.key() + " (" + clip(s.title(), CARD_TITLE) + ")").toList()));
    }

    /** Why it was picked, "same alert; shared words: db, timeout", in a language. */
    public static String reasons(SimilarView s, Language language) {
        return String.join("; ", s.reasons().stream().map(r -> reason(r, language)).toList());
    }

    /** A stored reason by its kind; one of an unknown kind (cut short when stored) is shown as stored. */
    static String reason(String stored, Language language) {
        CardMessages words = IncidentText.words(language);
        return switch (stored) {
            case SimilarityRule.REASON_SAME_ALERT -> words.similarSameAlert();
            case SimilarityRule.REASON_SAME_GROUP -> words.similarSameAlertGroup();
            case SimilarityRule.REASON_SAME_SERVICE -> words.similarSameService();
            default -> stored.startsWith(SimilarityRule.REASON_SHARED_WORDS) ? words.similarSharedWords(
                    stored.substring(SimilarityRule.REASON_SHARED_WORDS.length())) : stored;
        };
    }

    public static String rootCause(SimilarView s) {
        return rootCause(s, Language.EN);
    }

    public static String rootCause(SimilarView s, Language language) {
        return s.rootCause() == null ? IncidentText.words(language).noRootCause() : s.rootCause();
    }

    public static String resolution(SimilarView s) {
        return resolution(s, Language.EN);
    }

    public static String resolution(SimilarView s, Language language) {
        return s.resolution() == null ? IncidentText.words(language).noResolution() : s.resolution();
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
