package io.warroom.command;

import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The {@code /incident} grammar: every subcommand, its usage line and how its arguments are read. */
public enum Verb {
    OPEN("open", "open <title> [sev:1-4] [service:<name>] [started:HH:MM]", UsageMessages::summaryOpen, false,
            Set.of("sev", "severity", "service", "started"), VerbParsers::open),
    STATUS("status", "status", UsageMessages::summaryStatus, true, Set.of(), VerbParsers::status),
    LIST("list", "list [all]", UsageMessages::summaryList, false, Set.of(), VerbParsers::list),
    ONCALL("oncall", "oncall [service]", UsageMessages::summaryOncall, false, Set.of(), VerbParsers::oncall),
    ACK("ack", "ack", UsageMessages::summaryAck, true, Set.of(), VerbParsers::ack),
    SEV("sev", "sev <1-4>", UsageMessages::summarySev, true, Set.of(), VerbParsers::sev),
    PHASE("phase", "phase <" + Phase.names() + ">", UsageMessages::summaryPhase, true, Set.of(), VerbParsers::phase),
    NEXT("next", "next", UsageMessages::summaryNext, true, Set.of(), VerbParsers::next),
    BACK("back", "back <reason>", UsageMessages::summaryBack, true, Set.of(), VerbParsers::back),
    ROLE("role", "role <" + Role.names() + "> <user|me>", UsageMessages::summaryRole, true, Set.of(),
            VerbParsers::role),
    CHECK("check", "check [phase] <item-number>", UsageMessages::summaryCheck, true, Set.of(), VerbParsers::check),
    UNCHECK("uncheck", "uncheck [phase] <item-number>", UsageMessages::summaryUncheck, true, Set.of(),
            VerbParsers::uncheck),
    NOTE("note", "note [--at HH:MM] <text>", UsageMessages::summaryNote, true, Set.of(),
            VerbParsers::note),
    UPDATE("update", "update [--public] <text> | update --publish <update-id>",
            UsageMessages::summaryUpdate, true, Set.of(),
            VerbParsers::update),
    SNOOZE("snooze", "snooze <15m|1h|…|off>", UsageMessages::summarySnooze, true, Set.of(),
            VerbParsers::snooze),
    WHY("why", "why <text>", UsageMessages::summaryWhy, true, Set.of(),
            ReviewVerbParsers::why),
    ACTION("action",
            "action <text> [owner:<user>] [due:YYYY-MM-DD] [link:<url>] | action done <n> | action file <n>",
            UsageMessages::summaryAction, true,
            Set.of("owner", "due", "link"), ReviewVerbParsers::action),
    IMPACT("impact", "impact <text>", UsageMessages::summaryImpact, true, Set.of(), VerbParsers::impact),
    STARTED("started", "started <HH:MM | YYYY-MM-DD HH:MM>",
            UsageMessages::summaryStarted, true, Set.of(),
            VerbParsers::started),
    LINK("link", "link <url> [label]", UsageMessages::summaryLink, true, Set.of(), ReviewVerbParsers::link),
    TRIGGER("trigger", "trigger <text>", UsageMessages::summaryTrigger, true, Set.of(), VerbParsers::trigger),
    TITLE("title", "title <new title>", UsageMessages::summaryTitle, true,
            Set.of(), VerbParsers::title),
    SERVICE("service", "service <name> | service none", UsageMessages::summaryService, true, Set.of(),
            VerbParsers::service),
    SIMILAR("similar", "similar", UsageMessages::summarySimilar, true,
            Set.of(), VerbParsers::similar),
    LEARNED("learned", "learned <well|wrong|lucky> <text>", UsageMessages::summaryLearned,
            true, Set.of(), ReviewVerbParsers::learned),
    ROLLBACK("rollback", "rollback [confirm]", UsageMessages::summaryRollback, true, Set.of(),
            VerbParsers::rollback),
    RUN("run", "run [<action> [service] [param=value …]] | run confirm <run> <code> | run approve <run> | run deny <run> "
            + "[reason]",
            UsageMessages::summaryRun, true, Set.of(), RunVerbParser::run),
    RESOLVE("resolve", "resolve [summary]", UsageMessages::summaryResolve, true, Set.of(),
            VerbParsers::resolve),
    CLOSE("close", "close", UsageMessages::summaryClose, true, Set.of(), VerbParsers::close),
    POSTMORTEM("postmortem", "postmortem [" + Language.names() + "]", UsageMessages::summaryPostmortem, true,
            Set.of(), VerbParsers::postmortem),
    HELP("help", "help [subcommand]", UsageMessages::summaryHelp, false, Set.of(), VerbParsers::help);

    private final String id;
    private final String usage;
    private final Function<UsageMessages, String> summary;
    private final boolean needsIncident;
    private final Set<String> optionKeys;
    private final BiFunction<Arguments, Verb, Command> parser;

    Verb(String id, String usage, Function<UsageMessages, String> summary, boolean needsIncident,
            Set<String> optionKeys,
            BiFunction<Arguments, Verb, Command> parser) {
        this.id = id;
        this.usage = usage;
        this.summary = summary;
        this.needsIncident = needsIncident;
        this.optionKeys = optionKeys;
        this.parser = parser;
    }

    public String id() {
        return id;
    }

    public String usage() {
        return "/incident " + usage;
    }

    /** What the subcommand does, in English. */
    public String summary() {
        return summary(Language.EN);
    }

    public String summary(Language language) {
        return summary.apply(Bundles.in(UsageMessages.class, language));
    }

    /** Whether the subcommand acts on one incident, named or implied by the room. */
    public boolean needsIncident() {
        return needsIncident;
    }

    public Set<String> optionKeys() {
        return optionKeys;
    }

    public Command parse(Arguments arguments) {
        return parser.apply(arguments, this);
    }

    public Command parseText(String text) {
        return parse(Arguments.parse(text, optionKeys, this));
    }

    public static Optional<Verb> find(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Verb::id).toList();
    }
}
