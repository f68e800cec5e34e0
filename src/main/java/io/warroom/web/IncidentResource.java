package io.warroom.web;

import io.warroom.command.Arguments;
import io.warroom.command.BackfillTime;
import io.warroom.command.CommandContext;
import io.warroom.command.CommandExecutor;
import io.warroom.command.CommandParser;
import io.warroom.command.CommandQueue;
import io.warroom.command.ParsedCommand;
import io.warroom.reply.Reply;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.i18n.Language;
import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentNotFoundException;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Severity;
import io.warroom.incident.Timeline;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.config.WarroomConfig;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExporter;
import io.warroom.postmortem.PostmortemTemplateException;
import io.warroom.web.ApiModels.CommandRequest;
import io.warroom.web.ApiModels.CommandResult;
import io.warroom.web.ApiModels.IncidentSummary;
import io.warroom.web.ApiModels.OpenIncidentRequest;
import io.warroom.web.ApiModels.TimelineItem;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Incidents over HTTP: the same commands as chat, through the same grammar. */
@Path("/api/incidents")
@ApiToken
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private static final int MAX_LIMIT = 500;
    private static final int STARTED_AT_MAX = 40;

    @Inject
    IncidentService incidents;

    @Inject
    CommandExecutor executor;

    @Inject
    CommandQueue queue;

    @Inject
    Timeline timeline;

    @Inject
    PostmortemExporter postmortems;

    @Inject
    SimilarIncidents similarIncidents;

    @Inject
    WarroomConfig config;

    @GET
    @Transactional
    @Operation(summary = "List incidents, newest first; status=open|resolved|closed filters")
    public List<IncidentSummary> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BadInputException.invalid("limit", "`limit` must be 1-" + MAX_LIMIT + ", not " + limit + ".");
        }
        return incidents.list(parseStatus(status), limit).stream()
                .map(i -> IncidentSummary.of(IncidentSnapshot.of(i))).toList();
    }

    @GET
    @Path("{key}")
    @Transactional
    @Operation(summary = "One incident with roles, checklist, whys, action items and rooms")
    public IncidentSnapshot get(@PathParam("key") String key) {
        return IncidentSnapshot.of(incidents.get(number(key)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an incident")
    public CompletionStage<Response> open(OpenIncidentRequest body) {
        if (body == null) {
            throw new BadInputException(400, null, "The request body must be a JSON object with at least `title`.");
        }
        if (body.title() == null || body.title().isBlank()) {
            throw BadInputException.invalid("title", "`title` is required.");
        }
        BadInputException.requireLength("title", body.title().strip(), FieldLimits.TITLE);
        if (body.severity() != null && Severity.parse(body.severity()).isEmpty()) {
            throw BadInputException.invalid("severity", "`severity` must be SEV1-SEV4 (or 1-4), not `"
                    + Echo.of(body.severity()) + "`.");
        }
        BadInputException.requireLength("service", body.service(), FieldLimits.SERVICE);
        BadInputException.requireLength("description", body.description(), FieldLimits.INCIDENT_TEXT);
        requireTime("started_at", body.startedAt());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("started", body.startedAt());
        options.put("sev", body.severity());
        options.put("service", body.service());
        options.put("description", body.description());
        ParsedCommand open = CommandParser.typed(Verb.OPEN, Arguments.typed(body.title(), options), Optional.empty());
        CommandContext context = CommandContext.api(ApiUser.toPerson(body.user()));
        return queue.submit(() -> {
            Reply reply = executor.execute(open, context);
            if (!reply.isOk()) {
                return failure(reply);
            }
            return Response.created(URI.create("/api/incidents/" + reply.incidentKey()))
                    .entity(get(reply.incidentKey())).build();
        });
    }

    @POST
    @Path("{key}/commands")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run any /incident subcommand on this incident, e.g. {\"text\": \"note rolled back\"}")
    public CompletionStage<Response> command(@PathParam("key") String key, CommandRequest body) {
        long number = number(key);
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw BadInputException.invalid("text", "`text` is required: a subcommand such as `status` or "
                    + "`note rolled back the deploy`.");
        }
        CommandContext context = CommandContext.api(ApiUser.toPerson(body.user()));
        ParsedCommand parsed;
        try {
            parsed = CommandParser.parse(body.text());
        } catch (UsageException e) {
            return queue.submit(() -> {
                requireExists(number);
                return failure(executor.execute(body.text(), context));
            });
        }
        if (parsed.incidentNumber().isPresent() && parsed.incidentNumber().get() != number) {
            throw BadInputException.invalid("text", "The text names " + IncidentKey.of(parsed.incidentNumber().get())
                    + " but the URL names " + IncidentKey.of(number) + ".");
        }
        ParsedCommand aimed = new ParsedCommand(parsed.verb(), parsed.command(), Optional.of(number));
        return queue.submit(() -> {
            // A command on an incident loads it under its row lock and answers 404 itself; only commands that need
            // none (help, list) are checked here, so the usual path reads the incident once.
            if (!parsed.verb().needsIncident()) {
                requireExists(number);
            }
            Reply reply = executor.execute(aimed, context);
            return reply.isOk() ? Response.ok(CommandResult.of(reply)).build() : failure(reply);
        });
    }

    @GET
    @Path("{key}/timeline")
    @Transactional
    @Operation(summary = "The incident's timeline, oldest first")
    public List<TimelineItem> timeline(@PathParam("key") String key) {
        long number = number(key);
        incidents.get(number);
        return timeline.of(number).stream().map(TimelineItem::of).toList();
    }

    @GET
    @Path("{key}/similar")
    @Transactional
    @Operation(summary = "Earlier incidents that look like this one, most alike first (at most three)")
    public List<SimilarItem> similar(@PathParam("key") String key) {
        long number = number(key);
        incidents.get(number);
        return similarIncidents.of(number).stream().map(s -> SimilarItem.of(s, config.publicUrl())).toList();
    }

    @GET
    @Path("{key}/postmortem.md")
    @Produces("text/markdown; charset=utf-8")
    @Operation(summary = "The blameless postmortem in Markdown, rendered from templates/postmortem.md "
            + "(postmortem.ko.md in Korean); lang=en|ko, default the incident's language")
    public Response postmortem(@PathParam("key") String key, @QueryParam("lang") String lang) {
        Language language = null;
        if (lang != null) {
            try {
                language = Language.require(lang, "lang");
            } catch (IllegalArgumentException e) {
                return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage() + ".");
            }
        }
        Postmortem postmortem;
        try {
            postmortem = postmortems.export(number(key), language);
        } catch (PostmortemTemplateException e) {
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, e.getMessage());
        }
        return Response.ok(postmortem.markdown(), "text/markdown; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + postmortem.filename() + "\"").build();
    }

    /** The grammar's own check, answered with the field's name; whether it is in the past is checked on opening. */
    private static void requireTime(String field, String value) {
        if (value == null) {
            return;
        }
        BadInputException.requireLength(field, value, STARTED_AT_MAX);
        try {
            BackfillTime.parse(value, "", Verb.OPEN);
        } catch (UsageException e) {
            throw BadInputException.invalid(field, "`" + field + "` must be an ISO-8601 time with an offset, e.g. "
                    + "2026-03-01T14:26:00Z (or HH:MM, YYYY-MM-DD HH:MM in Warroom's time zone), not `"
                    + Echo.of(value, 40) + "`.");
        }
    }

    static Response failure(Reply reply) {
        int status = switch (reply.outcome()) {
            case USAGE -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 403;
            case FAILED -> 500;
            case OK -> 200;
        };
        return ApiError.response(status, reply.text(), null);
    }

    private void requireExists(long number) {
        incidents.find(number).orElseThrow(() -> new IncidentNotFoundException(IncidentKey.of(number)));
    }

    private static long number(String key) {
        return IncidentKey.parse(key).orElseThrow(() -> new BadInputException(404, null,
                "`" + Echo.of(key) + "` is not an incident key; keys look like INC-42."));
    }

    private static Optional<IncidentStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        Optional<IncidentStatus> parsed = Arrays.stream(IncidentStatus.values())
                .filter(s -> s.label().equals(status.toLowerCase(Locale.ROOT))).findFirst();
        if (parsed.isEmpty()) {
            throw BadInputException.invalid("status", "`status` must be open, resolved or closed, not `"
                    + Echo.of(status) + "`.");
        }
        return parsed;
    }
}
