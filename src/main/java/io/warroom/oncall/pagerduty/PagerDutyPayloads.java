package io.warroom.oncall.pagerduty;

import io.warroom.i18n.Bundles;
import io.warroom.incident.Incident;
import io.warroom.oncall.PageMessages;
import io.warroom.incident.Role;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events API v2 bodies, as PagerDuty documents them; routing_key is added when sending. */
public final class PagerDutyPayloads {

    static final int SUMMARY_MAX = 1024;

    private PagerDutyPayloads() {
    }

    public static Map<String, Object> trigger(Incident incident, String team, String clientUrl) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("incident", incident.key());
        details.put("severity", incident.severity.label());
        details.put("phase", incident.phase.label(incident.language));
        details.put("status", incident.status.label(incident.language));
        if (incident.service != null) {
            details.put("service", incident.service);
        }
        if (incident.openedBy != null) {
            details.put("opened_by", incident.openedBy.displayName);
        }
        incident.role(Role.COMMANDER).ifPresent(c -> details.put("commander", c.displayName));
        if (incident.description != null) {
            details.put("description", incident.description);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("summary", clip(incident.key() + " · " + incident.severity.label() + " · " + incident.title));
        payload.put("source", incident.service == null ? "warroom" : incident.service);
        payload.put("severity", severity(incident));
        payload.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(incident.startedAt));
        if (incident.service != null) {
            payload.put("component", incident.service);
        }
        if (team != null) {
            payload.put("group", team);
        }
        payload.put("class", "incident");
        payload.put("custom_details", details);
        Map<String, Object> event = base(incident, "trigger");
        event.put("payload", payload);
        event.put("client", "Warroom");
        if (clientUrl != null) {
            event.put("client_url", clientUrl);
        }
        List<Map<String, String>> links = incident.rooms.stream().filter(r -> r.url != null)
                .map(r -> Map.of("href", r.url, "text",
                        Bundles.in(PageMessages.class, incident.language).roomLink(r.platform.id()))).toList();
        if (!links.isEmpty()) {
            event.put("links", links);
        }
        return event;
    }

    public static Map<String, Object> acknowledge(Incident incident) {
        return base(incident, "acknowledge");
    }

    public static Map<String, Object> resolve(Incident incident) {
        return base(incident, "resolve");
    }

    /** PagerDuty's four severities; SEV1 is critical. */
    static String severity(Incident incident) {
        return switch (incident.severity) {
            case SEV1 -> "critical";
            case SEV2 -> "error";
            case SEV3 -> "warning";
            case SEV4 -> "info";
        };
    }

    private static Map<String, Object> base(Incident incident, String action) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_action", action);
        event.put("dedup_key", incident.key());
        return event;
    }

    private static String clip(String text) {
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
