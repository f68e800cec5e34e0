package io.warroom.webapp.incidents;

import io.warroom.incident.Echo;
import io.warroom.incident.FieldLimits;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Severity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The list page's query parameters, checked: a value that is not one of the choices is reported, not guessed at, and
 * leaves its filter off. status and severity are the choices of their select; service and q are free text.
 */
public record ListFilter(Optional<IncidentStatus> status, Optional<Severity> severity, String service, String q,
        int limit, List<String> problems) {

    public static final int PAGE = 200;
    public static final int MAX_LIMIT = 2_000;

    public static ListFilter read(String status, String severity, String service, String q, String limit,
            IncidentPageMessages messages) {
        List<String> problems = new ArrayList<>();
        Optional<IncidentStatus> parsedStatus = Optional.empty();
        if (present(status)) {
            parsedStatus = Arrays.stream(IncidentStatus.values())
                    .filter(s -> s.label().equals(status.strip().toLowerCase(Locale.ROOT))).findFirst();
            if (parsedStatus.isEmpty()) {
                problems.add(messages.badChoice(messages.status(), Echo.of(status)));
            }
        }
        Optional<Severity> parsedSeverity = Optional.empty();
        if (present(severity)) {
            parsedSeverity = Arrays.stream(Severity.values()).filter(s -> s.name().equals(severity.strip()))
                    .findFirst();
            if (parsedSeverity.isEmpty()) {
                problems.add(messages.badChoice(messages.severity(), Echo.of(severity)));
            }
        }
        String cleanService = text(service, FieldLimits.SERVICE, messages.service(), messages, problems);
        String cleanQ = text(q, FieldLimits.TITLE, messages.search(), messages, problems);
        int parsedLimit = PAGE;
        if (present(limit)) {
            try {
                parsedLimit = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
            if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                problems.add(messages.badLimit(MAX_LIMIT));
                parsedLimit = PAGE;
            }
        }
        return new ListFilter(parsedStatus, parsedSeverity, cleanService, cleanQ, parsedLimit, List.copyOf(problems));
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The query string of the next, longer page with the same filters. */
    public String moreQuery() {
        StringBuilder query = new StringBuilder("?limit=").append(Math.min(MAX_LIMIT, limit + PAGE));
        status.ifPresent(s -> query.append("&status=").append(s.label()));
        severity.ifPresent(s -> query.append("&severity=").append(s.name()));
        if (!service.isEmpty()) {
            query.append("&service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8));
        }
        if (!q.isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public String statusValue() {
        return status.map(IncidentStatus::label).orElse("");
    }

    public String severityValue() {
        return severity.map(Severity::name).orElse("");
    }

    private static String text(String value, int max, String field, IncidentPageMessages messages,
            List<String> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            problems.add(messages.fieldTooLong(field, stripped.length(), max));
            return "";
        }
        return stripped;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
