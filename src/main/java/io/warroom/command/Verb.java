package io.warroom.command;

import io.warroom.i18n.Language;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The {@code /incident} grammar: every subcommand, its usage line and how its arguments are read. */
public enum Verb {
    OPEN("open", "open <title> [sev:1-4] [service:<name>] [started:HH:MM]", "Open an incident", false,
            Set.of("sev", "severity", "service", "started"), VerbParsers::open),
    STATUS("status", "status", "Show phase, roles, checklist and last update", true, Set.of(), VerbParsers::status),
    LIST("list", "list [all]", "List active incidents (all: include closed)", false, Set.of(), VerbParsers::list),
    ONCALL("oncall", "oncall [service]", "Show who is on call now and next", false, Set.of(), VerbParsers::oncall),
    ACK("ack", "ack", "Acknowledge: you are on it (moves Detect to Triage)", true, Set.of(), VerbParsers::ack),
    SEV("sev", "sev <1-4>", "Set severity (1 is worst)", true, Set.of(), VerbParsers::sev),
    PHASE("phase", "phase <" + Phase.names() + ">", "Jump ahead to a phase", true, Set.of(), VerbParsers::phase),
    NEXT("next", "next", "Move to the next phase", true, Set.of(), VerbParsers::next),
    BACK("back", "back <reason>", "Go back one phase, saying why", true, Set.of(), VerbParsers::back),
    ROLE("role", "role <" + Role.names() + "> <user|me>", "Give someone a role", true, Set.of(), VerbParsers::role),
    CHECK("check", "check [phase] <item-number>", "Tick a checklist item", true, Set.of(), VerbParsers::check),
    UNCHECK("uncheck", "uncheck [phase] <item-number>", "Untick a checklist item", true, Set.of(),
            VerbParsers::uncheck),
    NOTE("note", "note [--at HH:MM] <text>", "Add a note to the timeline (--at backfills)", true, Set.of(),
            VerbParsers::note),
    UPDATE("update", "update [--public] <text> | update --publish <update-id>",
            "Post a status update for stakeholders (--public: also on the status page)", true, Set.of(),
            VerbParsers::update),
    SNOOZE("snooze", "snooze <15m|1h|…|off>", "Pause status-update reminders for a while", true, Set.of(),
            VerbParsers::snooze),
    WHY("why", "why <text>", "Add the next of the 5 whys; the last is the root cause", true, Set.of(),
            ReviewVerbParsers::why),
    ACTION("action",
            "action <text> [owner:<user>] [due:YYYY-MM-DD] [link:<url>] | action done <n> | action file <n>",
            "Add an action item, mark one done, or file it in the team's tracker", true,
            Set.of("owner", "due", "link"), ReviewVerbParsers::action),
    IMPACT("impact", "impact <text>", "Describe who and what is affected", true, Set.of(), VerbParsers::impact),
    STARTED("started", "started <HH:MM | YYYY-MM-DD HH:MM>",
            "Say when the impact began, before it was detected (time to detect)", true, Set.of(),
            VerbParsers::started),
    LINK("link", "link <url> [label]", "Attach a link (dashboard, ticket, doc)", true, Set.of(), ReviewVerbParsers::link),
    TRIGGER("trigger", "trigger <text>", "Record what set the incident off", true, Set.of(), VerbParsers::trigger),
    TITLE("title", "title <new title>", "Give the incident a better title (the channel keeps its name)", true,
            Set.of(), VerbParsers::title),
    SERVICE("service", "service <name> | service none", "Set or clear the affected service", true, Set.of(),
            VerbParsers::service),
    SIMILAR("similar", "similar", "Earlier incidents that look like this one, with their root cause and fix", true,
            Set.of(), VerbParsers::similar),
    LEARNED("learned", "learned <well|wrong|lucky> <text>", "What went well, what went wrong, where we got lucky",
            true, Set.of(), ReviewVerbParsers::learned),
    ROLLBACK("rollback", "rollback [confirm]", "Roll back the last change (asks to confirm)", true, Set.of(),
            VerbParsers::rollback),
    RUN("run", "run [<action> [service] [param=value …]] | run confirm <run> <code> | run approve <run> | run deny <run> "
            + "[reason]",
            "Run a runbook action (asks to confirm first); alone, list the actions", true, Set.of(), RunVerbParser::run),
    RESOLVE("resolve", "resolve [summary]", "Impact is over: move to Postmortem", true, Set.of(),
            VerbParsers::resolve),
    CLOSE("close", "close", "Close after the postmortem", true, Set.of(), VerbParsers::close),
    POSTMORTEM("postmortem", "postmortem [" + Language.names() + "]", "Export the postmortem as Markdown", true,
            Set.of(), VerbParsers::postmortem),
    HELP("help", "help [subcommand]", "Show this help", false, Set.of(), VerbParsers::help);

    private final String id;
    private final String usage;
    private final String summary;
    private final boolean needsIncident;
    private final Set<String> optionKeys;
    private final BiFunction<Arguments, Verb, Command> parser;

    Verb(String id, String usage, String summary, boolean needsIncident, Set<String> optionKeys,
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

    public String summary() {
        return summary;
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
