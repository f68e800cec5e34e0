package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GitHub's REST API (github.com or Enterprise Server): {@code POST /repos/{owner}/{repo}/issues}, then its state. */
@ApplicationScoped
class GitHubIssues implements TrackerClient {

    static final String API_VERSION = "2022-11-28";

    @Inject
    TrackerHttp http;

    @Override
    public TrackerKind kind() {
        return TrackerKind.GITHUB;
    }

    @Override
    public FiledIssue create(Tracker tracker, IssueDraft draft, String token) throws TrackerException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", draft.title());
        body.put("body", draft.body());
        if (!tracker.labels().isEmpty()) {
            body.put("labels", tracker.labels());
        }
        JsonNode issue = http.send(authorized(tracker, "/issues", token).POST(http.body(body)).build(), tracker, token,
                GitHubIssues::explain);
        return FiledIssue.checked(tracker, tracker.project() + "#" + issue.path("number").asLong(0),
                issue.path("html_url").asText(""));
    }

    @Override
    public IssueState state(Tracker tracker, String ref, String token) throws TrackerException {
        String number = ref.substring(ref.lastIndexOf('#') + 1);
        JsonNode issue = http.send(authorized(tracker, "/issues/" + number, token).GET().build(), tracker, token,
                GitHubIssues::explain);
        if (!"closed".equals(issue.path("state").asText())) {
            return IssueState.open();
        }
        String by = issue.path("closed_by").path("login").asText(null);
        String how = "not_planned".equals(issue.path("state_reason").asText()) ? "as not planned" : null;
        return new IssueState(true, by, how);
    }

    private HttpRequest.Builder authorized(Tracker tracker, String path, String token) {
        return http.request(tracker.url() + "/repos/" + tracker.project() + path)
                .header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", API_VERSION)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    /** GitHub says {@code message}, and for validation failures which field in {@code errors}. */
    static String explain(JsonNode error) {
        List<String> parts = new ArrayList<>();
        parts.add(error.path("message").asText(""));
        for (JsonNode e : error.path("errors")) {
            parts.add(e.isTextual() ? e.asText() : e.path("message").asText(e.path("field").asText("") + " "
                    + e.path("code").asText("")).strip());
        }
        return String.join("; ", parts.stream().filter(p -> !p.isBlank()).toList());
    }
}
