package io.warroom.webapp.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Severity;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code /reports}: incidents over time, response times, top services and open action items, each with a CSV. */
@Path("/reports")
@Authenticated
public class ReportsResource {

    static final String CSV_TYPE = "text/csv; charset=utf-8";
    static final List<Integer> QUICK_RANGES = List.of(4, 12, 26, 52);

    @Inject
    WarroomConfig config;

    @Inject
    Clock clock;

    @Inject
    ReportQueries queries;

    @Inject
    ReportCharts charts;

    @Inject
    PageLanguage page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(ReportData data, ReportCharts.ChartSet charts, String zone,
                List<Milestone> milestones, List<Severity> severities, List<Integer> quickRanges);

        static native TemplateInstance badRange(String reason);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("weeks") String weeks) {
        ReportRange range;
        try {
            range = range(from, to, weeks);
        } catch (ReportRange.InvalidRange e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML)
                    .entity(Templates.badRange(reason(e.problem()))).build();
        }
        ReportData data = data(range);
        return Response.ok(Templates.reports(data, charts.draw(data), config.timeZone().getId(),
                List.of(Milestone.values()), List.of(Severity.values()), QUICK_RANGES)).build();
    }

    @GET
    @Path("{chart: [a-z-]+}.csv")
    @Produces(CSV_TYPE)
    public Response csv(@PathParam("chart") String chartId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("weeks") String weeks) {
        ReportChart chart = ReportChart.byId(chartId).orElseThrow(NotFoundException::new);
        ReportRange range;
        try {
            range = range(from, to, weeks);
        } catch (ReportRange.InvalidRange e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(reason(e.problem()) + "\n").build();
        }
        String file = "warroom-" + chart.id() + "-" + range.first().monday() + "-to-" + range.last().sunday()
                + ".csv";
        return Response.ok(ReportCsv.of(chart, data(range)), CSV_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private ReportRange range(String from, String to, String weeks) {
        return ReportRange.parse(from, to, weeks, today(), config.timeZone());
    }

    private ReportData data(ReportRange range) {
        return ReportData.compute(range, today(), queries.incidentsOpenedIn(range), queries.openActionItems());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.timeZone());
    }

    private String reason(ReportRange.Problem problem) {
        return switch (problem) {
            case NOT_A_DATE -> messages().notADate();
            case NOT_A_WEEK_COUNT -> messages().notAWeekCount(ReportRange.MAX_WEEKS);
            case WEEKS_WITH_DATES -> messages().weeksWithDates();
            case FROM_AFTER_TO -> messages().fromAfterTo();
            case TOO_LONG -> messages().tooLong(ReportRange.MAX_WEEKS);
        };
    }

    /** The page's texts in its language. */
    private ReportMessages messages() {
        return page.texts(ReportMessages.class);
    }
}
