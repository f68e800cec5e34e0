package io.warroom.command;

import io.warroom.reply.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentNotFoundException;
import io.warroom.incident.IncidentRuleException;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Languages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs {@code /incident} commands for every surface: Slack, Discord, the REST API and the web page. Each command runs
 * in one transaction holding the incident's row lock; a command that fails changes nothing.
 */
@ApplicationScoped
public class CommandExecutor {

    private static final Logger LOG = Logger.getLogger(CommandExecutor.class);

    @Inject
    @All
    List<CommandHandler<?>> handlerBeans;

    @Inject
    IncidentService incidents;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();

    // The registry's own lookup builds tags and hashes them on every call; commands count on the hot path.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @PostConstruct
    void index() {
        for (CommandHandler<?> handler : handlerBeans) {
            if (handlers.put(handler.handles(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.handles().getSimpleName());
            }
        }
    }

    public Reply execute(String text, CommandContext context) {
        try {
            return execute(CommandParser.parse(text), context);
        } catch (UsageException e) {
            count("unknown", Reply.Outcome.USAGE);
            return usage(e, context);
        }
    }

    /** Runs a button click: the command it names, on the incident it names. */
    public Reply execute(InteractionId interaction, CommandContext context) {
        return execute(interaction.commandLine(), context);
    }

    public Reply execute(ParsedCommand parsed, CommandContext context) {
        Reply reply;
        // Set once the incident is known: the language of its answers, errors included.
        Language[] spoken = new Language[1];
        try {
            reply = QuarkusTransaction.joiningExisting().call(() -> run(parsed, context, spoken));
        } catch (UsageException e) {
            reply = spoken[0] != null ? usage(e, spoken[0]) : usage(e.about(parsed.incidentNumber()), context);
        } catch (IncidentNotFoundException e) {
            reply = Reply.error(Reply.Outcome.NOT_FOUND, e.getMessage());
        } catch (IncidentRuleException e) {
            reply = Reply.error(Reply.Outcome.CONFLICT, e.getMessage());
        } catch (CommandRefusedException e) {
            reply = Reply.error(Reply.Outcome.REFUSED, e.getMessage());
        } catch (CommandFailedException e) {
            LOG.warnf("%s failed: %s", parsed.verb().id(), e.getMessage());
            reply = Reply.error(Reply.Outcome.FAILED, e.getMessage());
        }
        count(parsed.verb().id(), reply.outcome());
        if (!reply.isOk()) {
            LOG.debugf("%s %s: %s", parsed.verb().id(), reply.outcome(), reply.text());
        }
        return reply;
    }

    private Reply run(ParsedCommand parsed, CommandContext context, Language[] spoken) {
        Incident incident = null;
        if (parsed.verb().needsIncident()) {
            long number = incidentOf(parsed, context);
            incident = incidents.lock(number);
        }
        spoken[0] = incident == null ? languages.fallback() : incident.language;
        Reply reply = dispatch(parsed.command(),
                new CommandScope(context.actor(), incident, context, clock.instant(), spoken[0]));
        return incident == null || reply.incidentKey() != null ? reply : reply.about(incident.key());
    }

    @SuppressWarnings("unchecked")
    private <C extends Command> Reply dispatch(C command, CommandScope scope) {
        CommandHandler<C> handler = (CommandHandler<C>) handlers.get(command.getClass());
        if (handler == null) {
            throw new IllegalStateException("no handler for " + command.getClass().getSimpleName());
        }
        return handler.handle(command, scope);
    }

    private long incidentOf(ParsedCommand parsed, CommandContext context) {
        Optional<Long> fromRoom = context.room().flatMap(r -> incidents.numberOfRoom(r.platform(), r.channelId()));
        String verb = parsed.verb().id();
        return parsed.incidentNumber().or(() -> fromRoom).orElseThrow(() -> new UsageException(
                "Which incident? Name it (e.g. `/incident " + verb + " INC-42`) or run this in the incident's room.",
                parsed.verb(), m -> m.whichIncident(verb)));
    }

    /**
     * The answer to input that does not fit the grammar, read before it ran: in the language of the incident it named,
     * else of the incident whose room it came from, else Warroom's.
     */
    public Reply usage(UsageException e, CommandContext context) {
        return usage(e, e.incident().isPresent() ? languageOf(e.incident()) : languageOfRoom(context));
    }

    /** The language of the incident whose room the command came from, else Warroom's. */
    private Language languageOfRoom(CommandContext context) {
        if (context.room().isEmpty()) {
            return languages.fallback();
        }
        // Only on a usage error: its own short read, apart from any transaction the failed command rolled back.
        CommandContext.Room room = context.room().get();
        return languageOf(QuarkusTransaction.requiringNew().call(() -> incidents.numberOfRoom(room.platform(),
                room.channelId())));
    }

    /** The language of an incident, else Warroom's; read apart from any transaction the failed command rolled back. */
    private Language languageOf(Optional<Long> number) {
        if (number.isEmpty()) {
            return languages.fallback();
        }
        return QuarkusTransaction.requiringNew().call(() -> incidents.find(number.get()).map(i -> i.language))
                .orElseGet(languages::fallback);
    }

    /** The answer to input that does not fit the grammar, in English: what was wrong, then the usage line. */
    public static Reply usage(UsageException e) {
        return usage(e, Language.EN);
    }

    /** The answer to input that does not fit the grammar: what was wrong, then the usage line. */
    public static Reply usage(UsageException e, Language language) {
        UsageMessages messages = Bundles.in(UsageMessages.class, language);
        String usage = e.verb() == null ? messages.usageOfAny() : messages.usage(e.verb().usage());
        return Reply.error(Reply.Outcome.USAGE, e.message(language) + "\n" + usage);
    }

    private void count(String verb, Reply.Outcome outcome) {
        String outcomeName = outcome.name().toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(verb + '/' + outcomeName, key -> meters.counter("warroom.commands", "verb", verb,
                "outcome", outcomeName)).increment();
    }
}
