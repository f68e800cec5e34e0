package io.warroom.webapp.reports;

import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Draws the five charts of the reports page from its numbers, with titles and descriptions in the page's words. */
@ApplicationScoped
@Named("reportCharts")
public class ReportCharts {

    /** The page's charts by name, for the template. */
    public record ChartSet(SvgChart incidentsByWeek, SvgChart responseByWeek, SvgChart responseBySeverity,
            SvgChart topServices, SvgChart actionItems) {
    }

    @Inject
    PageLanguage page;

    @Inject
    DurationText durations;

    public ChartSet draw(ReportData data) {
        String from = data.range().first().monday().toString();
        String to = data.range().last().sunday().toString();
        DurationPanels.Labels labels = new DurationPanels.Labels(this::milestone, messages().median(), messages().p90(),
                durations::of);
        return new ChartSet(
                WeekBars.draw(ReportChart.INCIDENTS_BY_WEEK.id(), data.weekly(), messages().incidentsByWeekTitle(),
                        messages().incidentsByWeekDesc(from, to, data.incidentCount())),
                DurationPanels.byWeek(ReportChart.RESPONSE_BY_WEEK.id(), data.responseByWeek(), labels,
                        messages().responseByWeekTitle(), messages().responseByWeekDesc()),
                DurationPanels.bySeverity(ReportChart.RESPONSE_BY_SEVERITY.id(), data.responseBySeverity(), labels,
                        messages().responseBySeverityTitle(), messages().responseBySeverityDesc(from, to)),
                HorizontalBars.draw(ReportChart.TOP_SERVICES.id(),
                        data.topServices().stream()
                                .map(row -> new HorizontalBars.Bar(row.service(), List.of(row.count()))).toList(),
                        List.of(new HorizontalBars.Part("service", messages().incidents())), messages().noServices(),
                        messages().topServicesTitle(),
                        messages().topServicesDesc(data.topServices().size(), from, to)),
                HorizontalBars.draw(ReportChart.ACTION_ITEMS.id(),
                        data.owners().stream().map(row -> new HorizontalBars.Bar(
                                row.owner() == null ? messages().noOwner() : row.owner(),
                                List.of(row.overdue(), row.onTime()))).toList(),
                        List.of(new HorizontalBars.Part("overdue", messages().overdue()),
                                new HorizontalBars.Part("on-time", messages().notOverdue())),
                        messages().noActionItems(), messages().actionItemsTitle(),
                        messages().actionItemsDesc(data.openActionItems(), data.overdue().size())));
    }

    public String milestone(Milestone milestone) {
        return switch (milestone) {
            case DETECT -> messages().detect();
            case ACKNOWLEDGE -> messages().acknowledge();
            case MITIGATE -> messages().mitigate();
            case RESOLVE -> messages().resolve();
        };
    }

    /** The page's texts in its language. */
    private ReportMessages messages() {
        return page.texts(ReportMessages.class);
    }
}
