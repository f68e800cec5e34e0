package io.warroom.tracker;

import io.warroom.config.YamlFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the trackers YAML file (format in docs/trackers.md) into a {@link TrackerDirectory}, refusing anything
 * unclear.
 */
public final class TrackersFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    private static final Pattern GITHUB_REPO = Pattern.compile("[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}");
    private static final Pattern GITLAB_PROJECT = Pattern.compile(
            "\\d{1,19}|[A-Za-z0-9_.-]{1,255}(/[A-Za-z0-9_.-]{1,255}){1,20}");
    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    private static final Pattern LABEL = Pattern.compile("[^,\\p{Cntrl}]{1,50}");
    private static final Pattern ISSUE_TYPE = Pattern.compile("[^\\p{Cntrl}]{1,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private TrackersFile() {
    }

    record FileYaml(Map<String, TrackerYaml> trackers, String defaultTracker) {
    }

    record TrackerYaml(String kind, String url, String project, String tokenEnv, String email, String issueType,
            List<String> labels, Boolean fileOnExport, List<String> teams, List<String> services) {
    }

    public static TrackerDirectory parse(String yaml, String source) {
        YamlFile file = YamlFile.read(yaml, source, true);
        FileYaml root = file.bind(FileYaml.class);
        Map<String, Tracker> trackers = new LinkedHashMap<>();
        Map<String, String> services = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        root.trackers().forEach((name, yamlTracker) -> {
            Tracker tracker = tracker(file, name, yamlTracker);
            trackers.put(name, tracker);
            for (String service : tracker.services()) {
                once(file, "trackers." + name + ".services", services, service.toLowerCase(Locale.ROOT), name,
                        "service `" + service + "`");
            }
            for (String team : tracker.teams()) {
                once(file, "trackers." + name + ".teams", teams, team, name, "team `" + team + "`");
            }
        });
        String defaultTracker = root.defaultTracker();
        if (defaultTracker != null && !trackers.containsKey(defaultTracker)) {
            throw file.error("default_tracker", "no tracker `" + defaultTracker + "` in trackers (known: "
                    + String.join(", ", trackers.keySet()) + ")");
        }
        return new TrackerDirectory(trackers, defaultTracker);
    }

    private static Tracker tracker(YamlFile file, String name, TrackerYaml t) {
        String path = "trackers." + name;
        if (!NAME.matcher(name).matches()) {
            throw file.error(path, "`" + name + "` is not a usable name (letters, digits, `.`, `-`, `_`)");
        }
        String kindText = file.required(t.kind(), path, "kind");
        TrackerKind kind = TrackerKind.parse(kindText).orElseThrow(() -> file.error(path + ".kind", "`" + kindText
                + "` is not one of github, gitlab, jira"));
        String url = url(file, path, kind, t.url());
        String project = project(file, path, kind, file.required(t.project(), path, "project"));
        String tokenEnv = file.required(t.tokenEnv(), path, "token_env");
        if (!ENV_NAME.matcher(tokenEnv).matches()) {
            throw file.error(path + ".token_env", "must name an environment variable (e.g. WARROOM_GITHUB_TOKEN); "
                    + "the token itself never goes in this file");
        }
        if (t.email() != null && (kind != TrackerKind.JIRA || !EMAIL.matcher(t.email()).matches())) {
            throw file.error(path + ".email", kind != TrackerKind.JIRA ? "only Jira signs in with an email"
                    : "`" + t.email() + "` is not an email address");
        }
        if (t.issueType() != null && (kind != TrackerKind.JIRA || !ISSUE_TYPE.matcher(t.issueType()).matches())) {
            throw file.error(path + ".issue_type", kind != TrackerKind.JIRA ? "only Jira has issue types"
                    : "must be an issue type's name, such as Task");
        }
        for (int i = 0; i < t.labels().size(); i++) {
            if (!LABEL.matcher(t.labels().get(i)).matches()) {
                throw file.error(path + ".labels[" + i + "]", "a label is 1-50 characters without commas");
            }
            if (kind == TrackerKind.JIRA && t.labels().get(i).contains(" ")) {
                throw file.error(path + ".labels[" + i + "]", "Jira labels cannot contain spaces");
            }
        }
        return new Tracker(name, kind, url, project, tokenEnv, t.email(),
                kind == TrackerKind.JIRA ? (t.issueType() == null ? "Task" : t.issueType()) : null, t.labels(),
                Boolean.TRUE.equals(t.fileOnExport()), t.teams(), t.services());
    }

    private static String url(YamlFile file, String path, TrackerKind kind, String url) {
        if (url == null) {
            return kind.defaultUrl().orElseThrow(() -> file.error(path, "`url` is required for " + kind.label()
                    + " (the site's address, e.g. https://acme.atlassian.net)"));
        }
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getUserInfo() != null) {
                throw new URISyntaxException(url, "not a plain http(s) address");
            }
        } catch (URISyntaxException e) {
            throw file.error(path + ".url", "`" + url + "` is not an http(s) address without query or user");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String project(YamlFile file, String path, TrackerKind kind, String project) {
        Pattern shape = switch (kind) {
            case GITHUB -> GITHUB_REPO;
            case GITLAB -> GITLAB_PROJECT;
            case JIRA -> JIRA_KEY;
        };
        // A segment of dots only would walk up the API's path.
        boolean dotsOnly = java.util.Arrays.stream(project.split("/")).anyMatch(part -> part.matches("\\.+"));
        if (!shape.matcher(project).matches() || dotsOnly) {
            throw file.error(path + ".project", switch (kind) {
                case GITHUB -> "`" + project + "` is not a repository; write owner/repo";
                case GITLAB -> "`" + project + "` is not a project; write its path (group/project) or numeric id";
                case JIRA -> "`" + project + "` is not a Jira project key (capital letters and digits, e.g. OPS)";
            });
        }
        return project;
    }

    private static void once(YamlFile file, String path, Map<String, String> seen, String key, String tracker,
            String what) {
        String before = seen.put(key, tracker);
        if (before != null) {
            throw file.error(path, what + " is also served by tracker `" + before + "`; one tracker each");
        }
    }
}
