package io.warroom.command;

import io.warroom.i18n.Language;
import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import io.warroom.config.HumanDuration;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How each subcommand reads its arguments. Pure functions: no state, no services. */
final class VerbParsers {

    private static final int TEXT_MAX = 3000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Duration SNOOZE_MAX = Duration.ofHours(24);
    private static final String PUBLIC = "--public";
    private static final String PUBLISH = "--publish";
    private static final String NO_SERVICE = "none";

    private VerbParsers() {
    }

    static Command open(Arguments a, Verb v) {
        String title = required(a.text(), "a title", v);
        Severity severity = a.option("sev", "severity").map(s -> severity(s, v)).orElse(null);
        String service = FieldLength.within(a.option("service").orElse(null), "service", FieldLimits.SERVICE, v);
        String description = FieldLength.within(a.option("description").orElse(null), "description",
                FieldLimits.INCIDENT_TEXT, v);
        BackfillTime started = a.option("started").map(t -> BackfillTime.parse(t, "started:", v)).orElse(null);
        return new Command.Open(title, severity, service, description, started);
    }

    static Command status(Arguments a, Verb v) {
        return noArguments(a, v, new Command.Status());
    }

    static Command list(Arguments a, Verb v) {
        if (a.isEmpty()) {
            return new Command.ListIncidents(false);
        }
        if (a.text().equalsIgnoreCase("all")) {
            return new Command.ListIncidents(true);
        }
        String given = clip(a.text());
        throw new UsageException("`list` takes nothing or `all`, not `" + given + "`.", v, m -> m.listTakes(given));
    }

    static Command oncall(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.size() > 1) {
            String given = clip(a.text());
            throw new UsageException("`oncall` takes one service at most, not `" + given + "`.", v,
                    m -> m.oncallTakes(given));
        }
        return new Command.OnCall(words.isEmpty() ? null : name(words.get(0), "a service", v));
    }

    static Command ack(Arguments a, Verb v) {
        return noArguments(a, v, new Command.Acknowledge());
    }

    static Command sev(Arguments a, Verb v) {
        return new Command.SetSeverity(severity(required(a.text(), "a severity 1-4", v), v));
    }

    static Command phase(Arguments a, Verb v) {
        String name = required(a.text(), "a phase", v);
        return new Command.JumpToPhase(phaseNamed(name, v));
    }

    static Command next(Arguments a, Verb v) {
        return noArguments(a, v, new Command.NextPhase());
    }

    static Command back(Arguments a, Verb v) {
        return new Command.Back(text(required(a.text(), "a reason (why go back?)", v), v));
    }

    static Command role(Arguments a, Verb v) {
        List<String> words = a.words();
        if (words.size() < 2) {
            throw new UsageException("`role` needs a role and a person.", v, UsageMessages::roleNeedsRoleAndPerson);
        }
        String given = clip(words.get(0));
        Role role = Role.parse(words.get(0)).orElseThrow(() -> new UsageException(
                "`" + given + "` is not a role; roles are " + Role.names() + ".", v,
                m -> m.badRole(given, Role.names())));
        return new Command.AssignRole(role, FieldLength.person(UserRef.parse(a.textAfterWords(1)), "person", v));
    }

    static Command check(Arguments a, Verb v) {
        return checkItem(a, v, true);
    }

    static Command uncheck(Arguments a, Verb v) {
        return checkItem(a, v, false);
    }

    static Command note(Arguments a, Verb v) {
        List<String> words = a.words();
        if (!words.isEmpty() && words.get(0).equals("--at")) {
            if (words.size() < 2) {
                throw new UsageException("`--at` needs a time, e.g. `note --at 14:26 rolled back`.", v,
                        UsageMessages::atNeedsTime);
            }
            boolean dateAndTime = words.size() > 2 && words.get(1).matches("\\d{4}-\\d{2}-\\d{2}")
                    && words.get(2).matches("\\d{1,2}:\\d{2}(:\\d{2})?");
            int used = dateAndTime ? 3 : 2;
            BackfillTime at = BackfillTime.parse(String.join(" ", words.subList(1, used)), v);
            return new Command.Note(text(required(a.textAfterWords(used), "the note's text", v), v), at);
        }
        return new Command.Note(text(required(a.text(), "the note's text", v), v), null);
    }

    /** {@code update [--public] <text>} posts an update; {@code update --publish <id>} makes a posted one public. */
    static Command update(Arguments a, Verb v) {
        List<String> words = a.words();
        if (!words.isEmpty() && words.get(0).equals(PUBLISH)) {
            if (words.size() != 2) {
                throw new UsageException("`--publish` needs the number of one posted update, e.g. "
                        + "`update --publish 42`.", v, UsageMessages::publishNeedsNumber);
            }
            return new Command.PublishUpdate(number(words.get(1), "update number", v));
        }
        boolean published = !words.isEmpty() && words.get(0).equals(PUBLIC);
        String text = published ? a.textAfterWords(1) : a.text();
        String what = published ? "the public update's text" : "the update's text";
        return new Command.Update(text(required(text, what, v), v), published);
    }

    static Command snooze(Arguments a, Verb v) {
        String text = required(a.text(), "a duration such as 15m or 1h, or `off`", v);
        if (text.equalsIgnoreCase("off")) {
            return new Command.Snooze(Duration.ZERO);
        }
        Duration duration = text.matches("\\d{1,4}") ? Duration.ofMinutes(Long.parseLong(text))
                : HumanDuration.parse(text).orElseThrow(() -> new UsageException(
                        "`" + clip(text) + "` is not a duration; use e.g. 15m, 1h or 1h30m.", v,
                        m -> m.badDuration(clip(text))));
        if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(SNOOZE_MAX) > 0) {
            String given = HumanDuration.format(duration);
            throw new UsageException("Snooze for 1m to 24h, not " + given + ".", v, m -> m.snoozeRange(given));
        }
        return new Command.Snooze(duration);
    }

    static Command impact(Arguments a, Verb v) {
        return new Command.Impact(text(required(a.text(), "who and what is affected", v), v));
    }

    /** {@code started 14:26} or {@code started 2026-03-01 14:26}: the same times as {@code note --at}. */
    static Command started(Arguments a, Verb v) {
        String at = required(a.text(), "the time the impact began, e.g. `started 14:26`", v);
        if (a.words().size() > 2) {
            String given = clip(at);
            throw new UsageException("`started` takes one time, not `" + given + "`.", v, m -> m.startedTakes(given));
        }
        return new Command.Started(BackfillTime.parse(at, "started ", v));
    }

    static Command trigger(Arguments a, Verb v) {
        return new Command.Trigger(text(required(a.text(), "what set the incident off", v), v));
    }

    static Command title(Arguments a, Verb v) {
        // A title is one line wherever it shows: card, channel topic, lists.
        String title = required(a.text(), "the new title", v).replaceAll("\\s+", " ");
        return new Command.Retitle(FieldLength.within(title, "title", FieldLimits.TITLE, v));
    }

    /** One word, as {@code open}'s {@code service:} takes it; {@code none} clears it. */
    static Command service(Arguments a, Verb v) {
        String service = required(a.text(), "a service name, or `none` to clear it", v);
        if (a.words().size() > 1) {
            String given = clip(service);
            throw new UsageException("`service` takes one name, not `" + given + "`.", v, m -> m.serviceTakes(given));
        }
        if (service.equalsIgnoreCase(NO_SERVICE)) {
            return new Command.SetService(null);
        }
        return new Command.SetService(FieldLength.within(service, "service", FieldLimits.SERVICE, v));
    }

    static Command similar(Arguments a, Verb v) {
        return noArguments(a, v, new Command.Similar());
    }

    static Command rollback(Arguments a, Verb v) {
        if (a.isEmpty()) {
            return new Command.Rollback(false);
        }
        if (a.text().equalsIgnoreCase("confirm")) {
            return new Command.Rollback(true);
        }
        String given = clip(a.text());
        throw new UsageException("`rollback` takes nothing or `confirm`, not `" + given + "`.", v,
                m -> m.rollbackTakes(given));
    }

    static Command resolve(Arguments a, Verb v) {
        return new Command.Resolve(a.isEmpty() ? null : text(a.text(), v));
    }

    static Command close(Arguments a, Verb v) {
        return noArguments(a, v, new Command.Close());
    }

    static Command postmortem(Arguments a, Verb v) {
        if (a.isEmpty()) {
            return new Command.Postmortem(null);
        }
        return new Command.Postmortem(Language.parse(a.text()).filter(l -> l.tag().equalsIgnoreCase(a.text()))
                .orElseThrow(() -> new UsageException("`postmortem` takes a language (" + Language.names()
                        + ") or nothing, not `" + clip(a.text()) + "`.", v,
                        m -> m.postmortemTakes(Language.names(), clip(a.text())))));
    }

    static Command help(Arguments a, Verb v) {
        return new Command.Help(a.isEmpty() ? null : a.words().get(0));
    }

    private static Command checkItem(Arguments a, Verb v, boolean done) {
        List<String> words = a.words();
        if (words.size() == 1) {
            return new Command.Check(null, number(words.get(0), "item number", v), done);
        }
        if (words.size() == 2) {
            return new Command.Check(phaseNamed(words.get(0), v), number(words.get(1), "item number", v), done);
        }
        throw new UsageException("`" + v.id() + "` needs an item number from the checklist in `status`.", v,
                m -> m.needsItemNumber(v.id()));
    }

    private static Command noArguments(Arguments a, Verb v, Command command) {
        if (!a.isEmpty()) {
            String given = clip(a.text());
            throw new UsageException("`" + v.id() + "` takes no arguments; got `" + given + "`.", v,
                    m -> m.takesNoArguments(v.id(), given));
        }
        return command;
    }

    static String required(String value, String what, Verb v) {
        if (value == null || value.isBlank()) {
            throw new UsageException("`" + v.id() + "` needs " + what + ".", v, m -> m.needs(v.id(), what));
        }
        return value.strip();
    }

    static String text(String value, Verb v) {
        if (value.length() > TEXT_MAX) {
            int length = value.length();
            throw new UsageException("The text is " + length + " characters; keep it under " + TEXT_MAX + ".", v,
                    m -> m.textTooLong(length, TEXT_MAX));
        }
        return value;
    }

    private static Severity severity(String text, Verb v) {
        return Severity.parse(text).orElseThrow(() -> new UsageException(
                "Severity must be 1-4 (1 is worst), not `" + clip(text) + "`.", v, m -> m.badSeverity(clip(text))));
    }

    private static Phase phaseNamed(String name, Verb v) {
        return Phase.parse(name).orElseThrow(() -> new UsageException(
                "`" + clip(name) + "` is not a phase; phases are " + Phase.names() + ".", v,
                m -> m.badPhase(clip(name), Phase.names())));
    }

    static int number(String text, String what, Verb v) {
        try {
            int n = Integer.parseInt(text.replaceFirst("^#", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("`" + clip(text) + "` is not a valid " + what + " (1, 2, 3, ...).", v,
                m -> m.badNumber(clip(text), what));
    }

    /** A service or action name as it appears in the config files. */
    static String name(String text, String what, Verb v) {
        if (!NAME.matcher(text).matches()) {
            throw new UsageException("`" + clip(text) + "` is not " + what + " name (letters, digits, `.`, `-`, `_`).",
                    v, m -> m.badName(clip(text), what));
        }
        return text;
    }

    /** Echoes user text in errors without letting a pasted essay fill the reply. */
    static String clip(String text) {
        return Echo.of(text);
    }

}
