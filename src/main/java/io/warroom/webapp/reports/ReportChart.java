package io.warroom.webapp.reports;

import java.util.Arrays;
import java.util.Optional;

/** The charts of the reports page; the id names its section, its SVG and its CSV file. */
public enum ReportChart {
    INCIDENTS_BY_WEEK("incidents-by-week"),
    RESPONSE_BY_WEEK("response-by-week"),
    RESPONSE_BY_SEVERITY("response-by-severity"),
    TOP_SERVICES("top-services"),
    ACTION_ITEMS("action-items");

    private final String id;

    ReportChart(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ReportChart> byId(String id) {
        return Arrays.stream(values()).filter(chart -> chart.id.equals(id)).findFirst();
    }
}
