package io.warroom.webapp.incidents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.warroom.command.Arguments;
import io.warroom.command.CommandParser;
import io.warroom.command.ParsedCommand;
import io.warroom.command.UsageException;
import io.warroom.command.Verb;
import io.warroom.i18n.Language;
import io.warroom.incident.Echo;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentNotFoundException;
import io.warroom.incident.TimelineKind;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExporter;
import io.warroom.postmortem.PostmortemTemplateException;
import io.warroom.reply.Reply;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One incident's page, and acting on it. Every action goes through the {@code /incident} grammar as the signed-in
 * account; the answer is the page itself, rendered with the command's reply and a status that says how it went
 * (a refused or mistyped command keeps what was typed in its box).
 */
@Path("/incidents/{key}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IncidentPageResource {

    /** Longer text is refused before parsing; the grammar's own limits (4,000 for a note) are below it. */
    static final int MAX_TEXT = 10_000;

    @Inject
    IncidentPages pages;

    @Inject
    WebCommands commands;

    @Inject
    PostmortemExporter postmortems;

    @Inject
    PageLanguage page;

    /** The outcome of a post, shown once above the command box, and the texts its form shows again. */
    public record Answer(String reply, boolean ok, List<Reply.Field> fields, Reply.Confirmation confirmation,
            Typed typed) {

        static final Answer NONE = new Answer(null, true, List.of(), null, Typed.EMPTY);
    }

    /** Texts forms show again after a refusal, so nothing typed is lost. */
    public record Typed(String command, String why, String action, String owner, String due, String update) {

        static final Typed EMPTY = new Typed("", "", "", "", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(IncidentView view, Answer answer, String kindProblem);

        static native TemplateInstance notFound(String message);

        static native TemplateInstance entries(List<TimelineRow> rows);
    }

    @GET
    public Response page(@PathParam("key") String key, @QueryParam("kind") String kind) {
        Optional<Long> number = IncidentKey.parse(key);
        if (number.isEmpty()) {
            return notAKey(key);
        }
        Optional<TimelineKind> parsedKind = kind(kind);
        String kindProblem = kind != null && !kind.isBlank() && parsedKind.isEmpty()
                ? messages().badChoice(messages().timelineKind(), Echo.of(kind)) : null;
        return render(number.get(), parsedKind, Answer.NONE, kindProblem, kindProblem == null ? 200 : 400);
    }

    @POST
    @Path("commands")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response command(@PathParam("key") String key, @FormParam("text") String text) {
        return act(key, text, number -> () -> aimed(CommandParser.parse(text), number),
                typed -> new Typed(typed, "", "", "", "", ""));
    }

    @POST
    @Path("whys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response why(@PathParam("key") String key, @FormParam("text") String text) {
        return act(key, text, number -> () -> CommandParser.typed(Verb.WHY,
                Arguments.typed(text, Map.of()), Optional.of(number)), typed -> new Typed("", typed, "", "", "", ""));
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response action(@PathParam("key") String key, @FormParam("text") String text,
            @FormParam("owner") String owner, @FormParam("due") String due) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("owner", owner);
        options.put("due", due);
        String shownOwner = owner == null || owner.length() > 200 ? "" : owner;
        String shownDue = due == null || due.length() > 20 ? "" : due;
        return act(key, text, number -> () -> CommandParser.typed(Verb.ACTION,
                Arguments.typed(text, options), Optional.of(number)),
                typed -> new Typed("", "", typed, shownOwner, shownDue, ""));
    }

    @POST
    @Path("updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, @FormParam("text") String text,
            @FormParam("public") String isPublic) {
        // The same words as typed in chat; `--public` is read by the grammar, not here.
        String words = (isPublic != null ? "--public " : "") + (text == null ? "" : text);
        return act(key, text, number -> () -> new ParsedCommand(Verb.UPDATE,
                Verb.UPDATE.parseText(words), Optional.of(number)), typed -> new Typed("", "", "", "", "", typed));
    }

    @GET
    @Path("timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public Response timeline(@PathParam("key") String key, @QueryParam("after") String after,
            @QueryParam("kind") String kind) {
        Optional<Long> number = IncidentKey.parse(key);
        if (number.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity(messages().notAKey(Echo.of(key))).build();
        }
        long afterId;
        try {
            afterId = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            afterId = -1;
        }
        Optional<TimelineKind> parsedKind = kind(kind);
        if (afterId < 0 || (kind != null && !kind.isBlank() && parsedKind.isEmpty())) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity(messages().badPoll()).build();
        }
        Optional<IncidentPages.LiveUpdate> update = pages.after(number.get(), afterId, parsedKind);
        if (update.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN)
                    .entity(messages().noSuchIncident(IncidentKey.of(number.get()))).build();
        }
        IncidentPages.LiveUpdate u = update.get();
        return Response.ok(new LiveJson(Templates.entries(u.entries()).render(), u.entries().size(), u.lastId(),
                u.phase(), u.phaseText(), u.phaseNumber(), u.status())).build();
    }

    /** A poll's answer: the new entries as the page's own markup (escaped), and the header's facts. */
    public record LiveJson(String html, int count, long lastId, String phase, String phaseText, int phaseNumber,
            String status) {
    }

    @GET
    @Path("postmortem.md")
    @Produces("text/markdown; charset=utf-8")
    public Response postmortem(@PathParam("key") String key, @QueryParam("lang") String lang) {
        Optional<Long> number = IncidentKey.parse(key);
        if (number.isEmpty()) {
            return notAKey(key);
        }
        Postmortem postmortem;
        try {
            // An unknown lang falls back to the incident's language: this is a download link, not an API.
            postmortem = postmortems.export(number.get(), Language.parse(lang).orElse(null));
        } catch (IncidentNotFoundException e) {
            return noSuchIncident(number.get());
        } catch (PostmortemTemplateException e) {
            return Response.status(500).type(MediaType.TEXT_PLAIN).entity(messages().postmortemFailed(e.getMessage()))
                    .build();
        }
        return Response.ok(postmortem.markdown(), "text/markdown; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + postmortem.filename() + "\"").build();
    }

    /** Runs what a form asked for on this incident, then shows the page with the reply. */
    private Response act(String key, String text, LongFunction<Supplier<ParsedCommand>> command,
            Function<String, Typed> retyped) {
        Optional<Long> number = IncidentKey.parse(key);
        if (number.isEmpty()) {
            return notAKey(key);
        }
        if (text != null && text.length() > MAX_TEXT) {
            return render(number.get(), Optional.empty(), new Answer(messages().tooLong(text.length(), MAX_TEXT), false,
                    List.of(), null, Typed.EMPTY), null, 413);
        }
        if (!pages.exists(number.get())) {
            // Checked first: a command that needs no incident (help, open) must not run from a page that is not one.
            return noSuchIncident(number.get());
        }
        Reply reply = commands.run(command.apply(number.get()));
        Typed typed = reply.isOk() ? Typed.EMPTY : retyped.apply(text == null ? "" : text);
        return render(number.get(), Optional.empty(), new Answer(reply.text(), reply.isOk(), reply.fields(),
                reply.confirmation(), typed),
                null, WebCommands.status(reply));
    }

    /** The command box acts on this page's incident; text naming another incident is a mistake, not a redirect. */
    private ParsedCommand aimed(ParsedCommand parsed, long number) {
        if (parsed.incidentNumber().isPresent() && parsed.incidentNumber().get() != number) {
            throw new UsageException(messages().otherIncident(IncidentKey.of(number),
                    IncidentKey.of(parsed.incidentNumber().get())), parsed.verb());
        }
        return new ParsedCommand(parsed.verb(), parsed.command(), Optional.of(number));
    }

    private Response render(long number, Optional<TimelineKind> kind, Answer answer, String kindProblem,
            int status) {
        Optional<IncidentView> view = pages.incident(number, kind);
        if (view.isEmpty()) {
            return noSuchIncident(number);
        }
        return Response.status(status).entity(Templates.detail(view.get(), answer, kindProblem)).build();
    }

    private Response noSuchIncident(long number) {
        return Response.status(404).type(MediaType.TEXT_HTML)
                .entity(Templates.notFound(messages().noSuchIncident(IncidentKey.of(number)))).build();
    }

    private Response notAKey(String key) {
        return Response.status(404).type(MediaType.TEXT_HTML)
                .entity(Templates.notFound(messages().notAKey(Echo.of(key)))).build();
    }

    private static Optional<TimelineKind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(TimelineKind.values()).filter(k -> k.id().equals(kind.strip())).findFirst();
    }

    /** The page's texts in its language. */
    private IncidentPageMessages messages() {
        return page.texts(IncidentPageMessages.class);
    }
}
