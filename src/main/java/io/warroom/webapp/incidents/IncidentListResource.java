package io.warroom.webapp.incidents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.warroom.command.Arguments;
import io.warroom.command.CommandParser;
import io.warroom.command.Verb;
import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Severity;
import io.warroom.config.WarroomConfig;
import io.warroom.reply.ImpactStartText;
import io.warroom.reply.Reply;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The incident list, its filters, and the form that opens an incident. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IncidentListResource {

    @Inject
    IncidentPages pages;

    @Inject
    WebCommands commands;

    @Inject
    PageLanguage page;

    @Inject
    WarroomConfig config;

    private static final int STARTED_MAX = 40;

    /** What the open form shows again after a refusal, so nothing typed is lost. */
    public record OpenForm(String title, String severity, String service, String description, String started,
            String error) {

        static final OpenForm EMPTY = new OpenForm("", "SEV3", "", "", "", null);
    }

    /** An option of a select: the value sent and the text shown. */
    public record Choice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<IncidentRow> rows, ListFilter filter, boolean capped,
                List<Choice> statuses, List<String> severities, OpenForm form, String zone);
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("severity") String severity,
            @QueryParam("service") String service, @QueryParam("q") String q, @QueryParam("limit") String limit) {
        ListFilter filter = ListFilter.read(status, severity, service, q, limit, messages());
        return page(filter, OpenForm.EMPTY, filter.valid() ? 200 : 400);
    }

    @POST
    @Path("incidents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@FormParam("title") String title, @FormParam("severity") String severity,
            @FormParam("service") String service, @FormParam("description") String description,
            @FormParam("started") String started) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanService = service == null ? "" : service.strip();
        String cleanDescription = description == null ? "" : description.strip();
        String cleanStarted = started == null ? "" : started.strip();
        Optional<String> problem = problem(cleanTitle, severity, cleanService, cleanDescription)
                .or(() -> cleanStarted.length() > STARTED_MAX ? Optional.of(messages().fieldTooLong(
                        messages().startedLabel(zone()), cleanStarted.length(), STARTED_MAX)) : Optional.empty());
        if (problem.isPresent()) {
            return refused(cleanTitle, severity, cleanService, cleanDescription, cleanStarted, problem.get(), 422);
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sev", severity);
        options.put("service", cleanService);
        options.put("description", cleanDescription);
        // A browser's datetime-local has no zone: it is read in Warroom's zone, which the label names.
        options.put("started", cleanStarted);
        Reply reply = commands.run(() -> CommandParser.typed(Verb.OPEN, Arguments.typed(cleanTitle, options),
                Optional.empty()));
        if (!reply.isOk()) {
            return refused(cleanTitle, severity, cleanService, cleanDescription, cleanStarted, reply.text(),
                    WebCommands.status(reply));
        }
        return Response.seeOther(URI.create("/incidents/" + reply.incidentKey())).build();
    }

    private Optional<String> problem(String title, String severity, String service, String description) {
        if (title.isEmpty()) {
            return Optional.of(messages().titleRequired());
        }
        if (title.length() > FieldLimits.TITLE) {
            return Optional.of(messages().fieldTooLong(messages().title(), title.length(), FieldLimits.TITLE));
        }
        if (severity == null || Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(severity))) {
            return Optional.of(messages().badChoice(messages().severity(),
                    Echo.of(severity == null ? "" : severity)));
        }
        if (service.length() > FieldLimits.SERVICE) {
            return Optional.of(messages().fieldTooLong(messages().service(), service.length(), FieldLimits.SERVICE));
        }
        if (description.length() > FieldLimits.INCIDENT_TEXT) {
            return Optional.of(messages().fieldTooLong(messages().description(), description.length(),
                    FieldLimits.INCIDENT_TEXT));
        }
        return Optional.empty();
    }

    private Response refused(String title, String severity, String service, String description, String started,
            String error, int status) {
        // Oversized input is not echoed back: the person still has it in the browser's history.
        OpenForm form = new OpenForm(clip(title, FieldLimits.TITLE), severity, clip(service, FieldLimits.SERVICE),
                clip(description, FieldLimits.INCIDENT_TEXT), clip(started, STARTED_MAX), error);
        return page(ListFilter.read(null, null, null, null, null, messages()), form, status);
    }

    private Response page(ListFilter filter, OpenForm form, int status) {
        List<IncidentRow> rows = pages.list(filter);
        List<String> severities = Arrays.stream(Severity.values()).map(Severity::name).toList();
        List<Choice> statuses = Arrays.stream(IncidentStatus.values())
                .map(s -> new Choice(s.label(), s.label(page.language()))).toList();
        return Response.status(status).entity(Templates.list(rows, filter, rows.size() >= filter.limit()
                && filter.limit() < ListFilter.MAX_LIMIT, statuses, severities, form, zone())).build();
    }

    private String zone() {
        return ImpactStartText.zoneLabel(config.timeZone());
    }

    private static String clip(String text, int max) {
        return text.length() > max ? "" : text;
    }

    /** The page's texts in its language. */
    private IncidentPageMessages messages() {
        return page.texts(IncidentPageMessages.class);
    }
}
