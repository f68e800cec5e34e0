package io.warroom.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub, GitLab and Jira on loopback, answering as their REST APIs document (create an issue; read one), and the
 * trackers file pointing Warroom at them. Tests close issues here and script error answers with respondNext.
 */
public final class FakeTrackers {

    public static final String GITHUB_TOKEN = "ghp_test0github0token0a41c";
    public static final String GITLAB_TOKEN = "glpat-test-gitlab-token-77d0";
    public static final String JIRA_TOKEN = "jira-test-api-token-52be";
    public static final String JIRA_EMAIL = "warroom@acme.example";

    private static final Pattern GITHUB_ISSUE = Pattern.compile("/repos/([^/]+/[^/]+)/issues(?:/(\\d+))?");
    private static final Pattern GITLAB_ISSUE = Pattern.compile("/api/v4/projects/([^/]+)/issues(?:/(\\d+))?");
    private static final Pattern JIRA_ISSUE = Pattern.compile("/rest/api/2/issue(?:/([A-Z]+-\\d+))?");

    private static FakeHttp github;
    private static FakeHttp gitlab;
    private static FakeHttp jira;
    private static final AtomicInteger NEXT = new AtomicInteger(340);
    /** Closed issues (by their number or key) and who closed them. */
    private static final Map<String, String> CLOSED = new ConcurrentHashMap<>();

    private FakeTrackers() {
    }

    public static FakeHttp github() {
        return github;
    }

    public static FakeHttp gitlab() {
        return gitlab;
    }

    public static FakeHttp jira() {
        return jira;
    }

    /** Closes an issue there, as a person would: its number (GitHub, GitLab) or key (Jira). */
    public static void close(String numberOrKey, String by) {
        CLOSED.put(numberOrKey, by);
    }

    /** Starts the fakes and writes the trackers file into dir; returns the settings that use them. */
    static Map<String, String> start(Path dir) {
        github = FakeHttp.start(FakeTrackers::github);
        gitlab = FakeHttp.start(FakeTrackers::gitlab);
        jira = FakeHttp.start(FakeTrackers::jira);
        Path file = dir.resolve("trackers.yaml");
        try {
            Files.writeString(file, TRACKERS.replace("@GITHUB@", github.url("")).replace("@GITLAB@", gitlab.url(""))
                    .replace("@JIRA@", jira.url("")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("warroom.trackers.file", file.toString());
    }

    static void stop() {
        github.close();
        gitlab.close();
        jira.close();
    }

    private static FakeHttp.Response github(FakeHttp.Request request) {
        Matcher path = GITHUB_ISSUE.matcher(request.path());
        if (!path.matches() || !("Bearer " + GITHUB_TOKEN).equals(request.header("Authorization"))) {
            return FakeHttp.Response.of(path.matches() ? 401 : 404, "{\"message\":\"" + (path.matches()
                    ? "Bad credentials" : "Not Found") + "\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        }
        String repo = path.group(1);
        if (request.method().equals("POST")) {
            int number = NEXT.incrementAndGet();
            return FakeHttp.Response.of(201, "{\"id\":" + (1_000_000 + number) + ",\"number\":" + number
                    + ",\"state\":\"open\",\"title\":\"…\",\"html_url\":\"https://github.com/" + repo + "/issues/"
                    + number + "\",\"url\":\"" + github.url("/repos/" + repo + "/issues/" + number) + "\"}");
        }
        String number = path.group(2);
        String by = CLOSED.get(number);
        return FakeHttp.Response.of(200, "{\"number\":" + number + ",\"state\":\"" + (by == null ? "open" : "closed")
                + "\",\"state_reason\":" + (by == null ? "null" : "\"completed\"") + ",\"closed_by\":"
                + (by == null ? "null" : "{\"login\":\"" + by + "\",\"type\":\"User\"}") + "}");
    }

    private static FakeHttp.Response gitlab(FakeHttp.Request request) {
        Matcher path = GITLAB_ISSUE.matcher(request.path());
        if (!path.matches()) {
            return FakeHttp.Response.of(404, "{\"message\":\"404 Project Not Found\"}");
        }
        if (!GITLAB_TOKEN.equals(request.header("PRIVATE-TOKEN"))) {
            return FakeHttp.Response.of(401, "{\"message\":\"401 Unauthorized\"}");
        }
        String project = path.group(1).replace("%2F", "/");
        if (request.method().equals("POST")) {
            int iid = NEXT.incrementAndGet();
            return FakeHttp.Response.of(201, "{\"id\":" + (90_000 + iid) + ",\"iid\":" + iid + ",\"project_id\":7,"
                    + "\"state\":\"opened\",\"web_url\":\"https://gitlab.example.com/" + project + "/-/issues/" + iid
                    + "\"}");
        }
        String iid = path.group(2);
        String by = CLOSED.get(iid);
        return FakeHttp.Response.of(200, "{\"iid\":" + iid + ",\"state\":\"" + (by == null ? "opened" : "closed")
                + "\",\"closed_by\":" + (by == null ? "null" : "{\"username\":\"" + by + "\",\"name\":\"" + by
                + "\"}") + "}");
    }

    private static FakeHttp.Response jira(FakeHttp.Request request) {
        Matcher path = JIRA_ISSUE.matcher(request.path());
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((JIRA_EMAIL + ":" + JIRA_TOKEN)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!basic.equals(request.header("Authorization"))) {
            return FakeHttp.Response.of(401, "");
        }
        if (!path.matches()) {
            return FakeHttp.Response.of(404, "{\"errorMessages\":[\"Not found\"],\"errors\":{}}");
        }
        if (request.method().equals("POST")) {
            int id = NEXT.incrementAndGet();
            return FakeHttp.Response.of(201, "{\"id\":\"" + (10_000 + id) + "\",\"key\":\"OPS-" + id
                    + "\",\"self\":\"" + jira.url("/rest/api/2/issue/" + (10_000 + id)) + "\"}");
        }
        String key = path.group(1);
        boolean done = CLOSED.containsKey(key);
        return FakeHttp.Response.of(200, "{\"id\":\"10001\",\"key\":\"" + key + "\",\"fields\":{\"status\":{\"name\":\""
                + (done ? "Done" : "In Progress") + "\",\"statusCategory\":{\"id\":" + (done ? 3 : 4) + ",\"key\":\""
                + (done ? "done" : "indeterminate") + "\"}}}}");
    }

    static final String TRACKERS = """
            default_tracker: platform-jira
            trackers:
              payments-github:
                kind: github
                url: "@GITHUB@"
                project: acme/payments
                token_env: WARROOM_TEST_GITHUB_TOKEN
                labels: [incident-follow-up]
                teams: [payments]
              search-gitlab:
                kind: gitlab
                url: "@GITLAB@/api/v4"
                project: infra/search
                token_env: WARROOM_TEST_GITLAB_TOKEN
                labels: [incident, follow-up]
                services: [search]
                file_on_export: true
              platform-jira:
                kind: jira
                url: "@JIRA@"
                project: OPS
                email: warroom@acme.example
                token_env: WARROOM_TEST_JIRA_TOKEN
                labels: [postmortem]
            """;
}
