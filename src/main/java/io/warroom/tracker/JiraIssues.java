package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's REST API v2 (Cloud and Data Center alike; v2 takes the description as plain text, where v3 wants the
 * Atlassian Document Format): {@code POST /rest/api/2/issue}; done when the status is in the done category.
 */
@ApplicationScoped
class JiraIssues implements TrackerClient {

    @Inject
    TrackerHttp http;

    @Override
    public TrackerKind kind() {
        return TrackerKind.JIRA;
    }

    @Override
    public FiledIssue create(Tracker tracker, IssueDraft draft, String token) throws TrackerException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", tracker.project()));
        fields.put("summary", draft.title());
        fields.put("issuetype", Map.of("name", tracker.issueType()));
        fields.put("description", draft.body());
        if (!tracker.labels().isEmpty()) {
            fields.put("labels", tracker.labels());
        }
        if (draft.due() != null) {
            fields.put("duedate", draft.due().toString());
        }
        JsonNode issue = http.send(authorized(tracker, "/rest/api/2/issue", token)
                .POST(http.body(Map.of("fields", fields))).build(), tracker, token, JiraIssues::explain);
        String key = issue.path("key").asText("");
        return FiledIssue.checked(tracker, key, tracker.url() + "/browse/" + key);
    }

    @Override
    public IssueState state(Tracker tracker, String ref, String token) throws TrackerException {
        JsonNode issue = http.send(authorized(tracker, "/rest/api/2/issue/" + ref + "?fields=status", token).GET()
                .build(), tracker, token, JiraIssues::explain);
        JsonNode status = issue.path("fields").path("status");
        if (!"done".equals(status.path("statusCategory").path("key").asText())) {
            return IssueState.open();
        }
        return new IssueState(true, null, status.path("name").isMissingNode() ? null
                : "as " + status.path("name").asText());
    }

    private HttpRequest.Builder authorized(Tracker tracker, String path, String token) {
        String authorization = tracker.email() == null ? "Bearer " + token : "Basic " + Base64.getEncoder()
                .encodeToString((tracker.email() + ":" + token).getBytes(StandardCharsets.UTF_8));
        return http.request(tracker.url() + path).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json");
    }

    /** Jira says {@code errorMessages} (a list) and {@code errors} (field names to complaints). */
    static String explain(JsonNode error) {
        List<String> parts = new ArrayList<>();
        error.path("errorMessages").forEach(m -> parts.add(m.asText()));
        error.path("errors").fields().forEachRemaining(f -> parts.add(f.getKey() + ": " + f.getValue().asText()));
        return String.join("; ", parts);
    }
}
