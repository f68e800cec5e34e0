package io.warroom.tracker;

import java.util.List;

/**
 * One tracker from the trackers file: where issues go (url is the API base; project is owner/repo on GitHub, the
 * project's path or id on GitLab, the project key on Jira) and the NAME of the environment variable holding its
 * token. email, when set, makes Jira use basic auth (email and API token) instead of a bearer token.
 */
public record Tracker(String name, TrackerKind kind, String url, String project, String tokenEnv, String email,
        String issueType, List<String> labels, boolean fileOnExport, List<String> teams, List<String> services) {

    public Tracker {
        labels = List.copyOf(labels);
        teams = List.copyOf(teams);
        services = List.copyOf(services);
    }

    /** How people read where an issue went: {@code GitHub acme/api}. */
    public String describe() {
        return kind.label() + " " + project;
    }

    public boolean lists(String service) {
        return service != null && services.stream().anyMatch(s -> s.equalsIgnoreCase(service.strip()));
    }

    public boolean servesTeam(String team) {
        return team != null && teams.contains(team);
    }
}
