package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** GitLab's REST API v4 (gitlab.com or self-managed): {@code POST /projects/:id/issues}, then its state. */
@ApplicationScoped
class GitLabIssues implements TrackerClient {

    @Inject
    TrackerHttp http;

    @Override
    public TrackerKind kind() {
        return TrackerKind.GITLAB;
    }

    @Override
    public FiledIssue create(Tracker tracker, IssueDraft draft, String token) throws TrackerException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", draft.title());
        body.put("description", draft.body());
        if (!tracker.labels().isEmpty()) {
            body.put("labels", String.join(",", tracker.labels()));
        }
        if (draft.due() != null) {
            body.put("due_date", draft.due().toString());
        }
        JsonNode issue = http.send(authorized(tracker, "/issues", token).POST(http.body(body)).build(), tracker, token,
                GitLabIssues::explain);
        return FiledIssue.checked(tracker, tracker.project() + "#" + issue.path("iid").asLong(0),
                issue.path("web_url").asText(""));
    }

    @Override
    public IssueState state(Tracker tracker, String ref, String token) throws TrackerException {
        String iid = ref.substring(ref.lastIndexOf('#') + 1);
        JsonNode issue = http.send(authorized(tracker, "/issues/" + iid, token).GET().build(), tracker, token,
                GitLabIssues::explain);
        if (!"closed".equals(issue.path("state").asText())) {
            return IssueState.open();
        }
        return new IssueState(true, issue.path("closed_by").path("username").asText(null), null);
    }

    private HttpRequest.Builder authorized(Tracker tracker, String path, String token) {
        String project = URLEncoder.encode(tracker.project(), StandardCharsets.UTF_8);
        return http.request(tracker.url() + "/projects/" + project + path).header("PRIVATE-TOKEN", token)
                .header("Content-Type", "application/json");
    }

    /** GitLab says {@code message} (a text, or field names to their complaints) or {@code error}. */
    static String explain(JsonNode error) {
        JsonNode message = error.path("message");
        if (message.isObject()) {
            StringBuilder text = new StringBuilder();
            message.fields().forEachRemaining(field -> text.append(text.isEmpty() ? "" : "; ").append(field.getKey())
                    .append(" ").append(field.getValue().isArray() && !field.getValue().isEmpty()
                            ? field.getValue().get(0).asText() : field.getValue().asText()));
            return text.toString();
        }
        return message.isTextual() ? message.asText() : error.path("error").asText("");
    }
}
