package io.warroom.command;

import static io.warroom.command.VerbParsers.clip;
import static io.warroom.command.VerbParsers.number;
import static io.warroom.command.VerbParsers.required;
import static io.warroom.command.VerbParsers.text;

import io.warroom.incident.FieldLimits;
import io.warroom.incident.Lesson;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of what the review keeps: the 5 whys, action items, lessons and links. */
final class ReviewVerbParsers {

    /** Slack sends links as {@code <https://…>} or {@code <https://…|label>}. */
    private static final Pattern SLACK_LINK = Pattern.compile("<(https?://[^|>]+)(?:\\|[^>]*)?>");

    private ReviewVerbParsers() {
    }

    static Command why(Arguments a, Verb v) {
        return new Command.AddWhy(FieldLength.within(text(required(a.text(), "an answer to the next why", v), v),
                "why", FieldLimits.ITEM_TEXT, v));
    }

    static Command action(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.size() == 2 && words.get(0).equalsIgnoreCase("done") && a.options().isEmpty()) {
            return new Command.CompleteAction(number(words.get(1), "action item number", v));
        }
        if (words.size() == 2 && words.get(0).equalsIgnoreCase("file") && a.options().isEmpty()) {
            return new Command.FileAction(number(words.get(1), "action item number", v));
        }
        String text = FieldLength.within(text(required(a.text(), "what needs doing", v), v), "action",
                FieldLimits.ITEM_TEXT, v);
        LocalDate due = a.option("due").map(d -> date(d, v)).orElse(null);
        String link = a.option("link").map(l -> FieldLength.within(url(l, v), "link", FieldLimits.URL, v))
                .orElse(null);
        UserRef owner = a.option("owner").map(o -> FieldLength.person(UserRef.parse(o), "owner", v)).orElse(null);
        return new Command.AddAction(text, owner, due, link);
    }

    static Command link(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.isEmpty()) {
            throw new UsageException("`link` needs a URL.", v, UsageMessages::linkNeedsUrl);
        }
        String url = FieldLength.within(url(words.get(0), v), "url", FieldLimits.URL, v);
        String label = a.textAfterWords(1);
        return new Command.AddLink(url, label.isEmpty() ? null : FieldLength.within(label, "label",
                FieldLimits.LINK_LABEL, v));
    }

    static Command learned(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.isEmpty()) {
            throw new UsageException("`learned` needs well, wrong or lucky, then the lesson.", v,
                    UsageMessages::learnedNeedsKind);
        }
        Lesson.Kind kind = Lesson.Kind.parse(words.get(0)).orElseThrow(() -> new UsageException(
                "`" + clip(words.get(0)) + "` is not one of well, wrong, lucky.", v,
                m -> m.badLessonKind(clip(words.get(0)))));
        return new Command.Learned(kind, FieldLength.within(text(required(a.textAfterWords(1), "the lesson", v), v),
                "lesson", FieldLimits.ITEM_TEXT, v));
    }

    private static LocalDate date(String text, Verb v) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("`due:" + clip(text) + "` is not a date; use YYYY-MM-DD, e.g. due:2030-01-31.", v,
                    m -> m.badDue(clip(text)));
        }
    }

    private static String url(String text, Verb v) {
        Matcher slackLink = SLACK_LINK.matcher(text);
        if (slackLink.matches()) {
            text = slackLink.group(1);
        }
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        String given = clip(text);
        throw new UsageException("`" + given + "` is not an http(s) URL.", v, m -> m.notAUrl(given));
    }
}
