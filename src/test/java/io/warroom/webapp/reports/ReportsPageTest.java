package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.warroom.support.Api;
import io.warroom.support.TestClock;
import io.warroom.support.WebSession;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each test opens its incidents in its own weeks of 2019, which no other test uses, through a fixed clock. */
@QuarkusTest
class ReportsPageTest {

    private static final List<String> CHARTS = Arrays.stream(ReportChart.values()).map(ReportChart::id).toList();

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void loggedOutBrowserIsSentToLogin() {
        for (String path : List.of("/reports", "/reports/top-services.csv")) {
            Response page = WebSession.anonymous().get(path);
            assertEquals(303, page.statusCode(), path);
            assertTrue(page.header("Location").contains("/login?next="), page.header("Location"));
        }
    }

    @Test
    void everyChartIsAnAccessibleSvgInItsSectionWithACsvLink() {
        Document page = Jsoup.parse(WebSession.login("admin", WebSession.ADMIN_PASSWORD).html("/reports"));

        assertEquals(CHARTS.size(), page.select("svg").size());
        for (String id : CHARTS) {
            Element section = page.selectFirst("section.report[id=" + id + "]");
            assertNotNull(section, id);
            Element svg = section.selectFirst("svg.chart");
            assertNotNull(svg, id);
            assertEquals("img", svg.attr("role"), id);
            assertEquals("0 0", svg.attr("viewBox").substring(0, 3), id);
            assertEquals("100%", svg.attr("width"), id);
            assertFalse(svg.selectFirst("> title").text().isBlank(), id);
            assertFalse(svg.selectFirst("> desc").text().isBlank(), id);
            assertNotNull(section.selectFirst("table"), id);
            assertTrue(section.selectFirst("a.csv").attr("href").startsWith("/reports/" + id + ".csv?from="), id);
        }
        assertTrue(page.select("[style], style, script").isEmpty(), "the CSP allows no inline style or script");
    }

    @Test
    void numbersOfIncidentsOpenedThroughTheApiShowOnThePageAndInTheCsv() {
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        // 2019-W10: two SEV1 on reports-x, acknowledged after 4 and 10 minutes, mitigated after 20 and 60,
        // resolved after 60 and 60.
        clock.fix(Instant.parse("2019-03-04T09:00:00Z"));
        String first = Api.open("Checkout down", "SEV1", "reports-x");
        clock.advance(Duration.ofMinutes(4));
        Api.run(first, "ack").statusCode(200);
        clock.advance(Duration.ofMinutes(16));
        Api.run(first, "next").statusCode(200);
        Api.run(first, "next").statusCode(200);
        clock.advance(Duration.ofMinutes(40));
        Api.run(first, "resolve rolled back").statusCode(200);
        clock.fix(Instant.parse("2019-03-10T23:00:00Z"));
        String second = Api.open("Checkout slow", "SEV1", "reports-x");
        clock.advance(Duration.ofMinutes(10));
        Api.run(second, "ack").statusCode(200);
        clock.advance(Duration.ofMinutes(50));
        Api.run(second, "resolve scaled up").statusCode(200);
        // 2019-W11: one SEV3 on reports-y, never acknowledged; two action items on the first incident.
        clock.fix(Instant.parse("2019-03-12T09:00:00Z"));
        Api.open("Search stale", "SEV3", "reports-y");
        Api.run(first, "action add a rollback alarm owner:reportsowner due:2019-03-11").statusCode(200);
        Api.run(first, "action write the runbook owner:reportsowner due:2019-03-12").statusCode(200);

        String range = "from=2019-03-04&to=2019-03-17";
        Document page = Jsoup.parse(web.html("/reports?" + range));

        assertEquals("2", cell(page, "incidents-by-week", "tr[data-week=2019-W10] td[data-severity=SEV1]"));
        assertEquals("1", cell(page, "incidents-by-week", "tr[data-week=2019-W11] td[data-severity=SEV3]"));
        assertEquals("1", cell(page, "incidents-by-week", "tr[data-week=2019-W11] td[data-total]"));
        assertNotNull(page.selectFirst("#incidents-by-week svg rect > title:containsOwn(2019-W10 SEV1: 2)"));
        String w10 = "tr[data-week=2019-W10] ";
        assertEquals("7m", cell(page, "response-by-week", w10 + "td[data-milestone=acknowledge][data-stat=median]"));
        assertEquals("9m", cell(page, "response-by-week", w10 + "td[data-milestone=acknowledge][data-stat=p90]"));
        assertEquals("40m", cell(page, "response-by-week", w10 + "td[data-milestone=mitigate][data-stat=median]"));
        assertEquals("56m", cell(page, "response-by-week", w10 + "td[data-milestone=mitigate][data-stat=p90]"));
        assertEquals("1h 0m", cell(page, "response-by-week", w10 + "td[data-milestone=resolve][data-stat=p90]"));
        String w11 = "tr[data-week=2019-W11] ";
        assertEquals("0", cell(page, "response-by-week", w11 + "td[data-milestone=acknowledge][data-stat=count]"));
        assertEquals("—", cell(page, "response-by-week", w11 + "td[data-milestone=acknowledge][data-stat=median]"));
        assertEquals("—", cell(page, "response-by-severity",
                "tr[data-severity=SEV3] td[data-milestone=acknowledge][data-stat=p90]"));
        assertEquals("40m", cell(page, "response-by-severity",
                "tr[data-severity=SEV1] td[data-milestone=mitigate][data-stat=median]"));
        assertEquals(List.of("reports-x 2", "reports-y 1"),
                page.select("#top-services tbody tr").stream().map(Element::text).toList());
        assertEquals("reportsowner 2 1", page.select("#action-items tbody tr").stream().map(Element::text)
                .filter(row -> row.startsWith("reportsowner ")).findFirst().orElseThrow());
        assertNotNull(page.selectFirst("#action-items table.overdue-items a[href=/incidents/" + first + "]"));

        assertEquals(List.of("week,week_start,SEV1,SEV2,SEV3,SEV4,total", "2019-W10,2019-03-04,2,0,0,0,2",
                "2019-W11,2019-03-11,0,0,1,0,1"), csv(web, "incidents-by-week", range));
        assertEquals(List.of("week,week_start,milestone,incidents,median_seconds,p90_seconds",
                "2019-W10,2019-03-04,detect,0,,",
                "2019-W10,2019-03-04,acknowledge,2,420,564", "2019-W10,2019-03-04,mitigate,2,2400,3360",
                "2019-W10,2019-03-04,resolve,2,3600,3600", "2019-W11,2019-03-11,detect,0,,",
                "2019-W11,2019-03-11,acknowledge,0,,",
                "2019-W11,2019-03-11,mitigate,0,,", "2019-W11,2019-03-11,resolve,0,,"),
                csv(web, "response-by-week", range));
        assertTrue(csv(web, "response-by-severity", range).contains("SEV1,acknowledge,2,420,564"));
        assertEquals(List.of("service,incidents", "reports-x,2", "reports-y,1"), csv(web, "top-services", range));
        assertTrue(csv(web, "action-items", range).contains("reportsowner,2,1"));
    }

    @Test
    void timeToDetectCountsOnlyIncidentsWhoseImpactBeganBeforeDetection() {
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        // 2019-W20: impact 2h and 30m before detection; a third incident without a known start does not count.
        clock.fix(Instant.parse("2019-05-13T09:00:00Z"));
        Api.run(Api.open("Orders lost", "SEV2", "reports-detect"), "started 07:00").statusCode(200);
        clock.fix(Instant.parse("2019-05-14T10:00:00Z"));
        Api.run(Api.open("Carts emptied", "SEV2", "reports-detect"), "started 09:30").statusCode(200);
        Api.open("Search stale", "SEV2", "reports-detect");

        String range = "from=2019-05-13&to=2019-05-19";
        Document page = Jsoup.parse(web.html("/reports?" + range));

        String w20 = "tr[data-week=2019-W20] ";
        assertEquals("2", cell(page, "response-by-week", w20 + "td[data-milestone=detect][data-stat=count]"));
        assertEquals("1h 15m", cell(page, "response-by-week", w20 + "td[data-milestone=detect][data-stat=median]"));
        assertEquals("1h 51m", cell(page, "response-by-week", w20 + "td[data-milestone=detect][data-stat=p90]"));
        assertEquals("—", cell(page, "response-by-severity",
                "tr[data-severity=SEV1] td[data-milestone=detect][data-stat=median]"));
        assertNotNull(page.selectFirst("#response-by-week svg text:containsOwn(Time to detect)"));
        assertTrue(csv(web, "response-by-week", range).contains("2019-W20,2019-05-13,detect,2,4500,6660"));
        assertTrue(csv(web, "response-by-severity", range).contains("SEV2,detect,2,4500,6660"));
    }

    @Test
    void csvIsAnAttachmentWithOneRowPerTableRow() {
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        Response csv = web.get("/reports/incidents-by-week.csv?weeks=6");

        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", csv.contentType().replace(" ", "").toLowerCase());
        assertTrue(csv.header("Content-Disposition").matches(
                "attachment; filename=\"warroom-incidents-by-week-\\d{4}-\\d{2}-\\d{2}-to-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                csv.header("Content-Disposition"));
        assertTrue(csv.asString().endsWith("\r\n"));
        Document page = Jsoup.parse(web.html("/reports?weeks=6"));
        List<String> rows = page.select("#incidents-by-week tbody tr").stream()
                .map(tr -> String.join(",", tr.children().eachText())).toList();
        assertEquals(rows, csv(web, "incidents-by-week", "weeks=6").subList(1, 7));
        assertEquals(404, web.get("/reports/everything.csv").statusCode());
    }

    @Test
    void badQueryParametersGiveAClear400Page() {
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        List<List<String>> cases = List.of(
                List.of("from=2019-13-01", "Dates are written as YYYY-MM-DD"),
                List.of("weeks=0", "weeks is a whole number from 1 to 156."),
                List.of("weeks=4&from=2019-01-01", "Give either weeks, or from and to, not both."),
                List.of("from=2019-03-18&to=2019-03-10", "from is after to."),
                List.of("weeks=400", "A report covers at most 156 weeks."));
        for (List<String> c : cases) {
            Response page = web.get("/reports?" + c.get(0));
            assertEquals(400, page.statusCode(), c.get(0));
            assertTrue(page.contentType().startsWith("text/html"), c.get(0));
            assertTrue(Jsoup.parse(page.asString()).selectFirst("#range-error").text().startsWith(c.get(1)),
                    page.asString());
            Response csv = web.get("/reports/top-services.csv?" + c.get(0));
            assertEquals(400, csv.statusCode(), c.get(0));
            assertTrue(csv.asString().startsWith(c.get(1)), csv.asString());
        }
    }

    @Test
    void hostileServiceNamesAreEscapedInThePageAndDefusedInTheCsv() {
        WebSession web = WebSession.login("admin", WebSession.ADMIN_PASSWORD);
        clock.fix(Instant.parse("2019-05-07T09:00:00Z"));
        Api.open("Formula", "SEV2", "=HYPERLINK(\"http://evil.example\",\"x\")");
        Api.open("Script", "SEV2", "<script>x</script>");
        String range = "from=2019-05-06&to=2019-05-12";

        String html = web.html("/reports?" + range);

        assertFalse(html.contains("<script>x</script>"), html);
        Element topServices = Jsoup.parse(html).selectFirst("#top-services");
        assertTrue(topServices.select("svg text").eachText().stream().anyMatch(t -> t.startsWith("<script>x")));
        assertTrue(topServices.select("svg rect > title").eachText().contains("<script>x</script>: 1"));
        assertTrue(topServices.select("tbody th").eachText().contains("<script>x</script>"));
        assertTrue(topServices.select("script").isEmpty());
        assertEquals(List.of("service,incidents", "<script>x</script>,1",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",1"), csv(web, "top-services", range));
    }

    private static String cell(Document page, String chart, String selector) {
        Element cell = page.selectFirst("#" + chart + " " + selector);
        assertNotNull(cell, chart + " " + selector);
        return cell.text();
    }

    private static List<String> csv(WebSession web, String chart, String query) {
        Response csv = web.get("/reports/" + chart + ".csv?" + query);
        assertEquals(200, csv.statusCode(), csv.asString());
        return List.of(csv.asString().split("\r\n"));
    }
}
