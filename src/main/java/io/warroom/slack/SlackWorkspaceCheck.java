package io.warroom.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * With SLACK_TEAM_ID set, only requests from that workspace are run: the slash command's {@code team_id}, the
 * interaction's {@code team.id} and {@code user.team_id}, the event's {@code team_id}. Read only after the signature
 * was checked; Slack's own url_verification and ssl_check carry no workspace and pass.
 */
final class SlackWorkspaceCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String installed;

    SlackWorkspaceCheck(String installedTeamId) {
        this.installed = installedTeamId;
    }

    /** Why the request is refused, or empty when it comes from the installed workspace. */
    Optional<String> refusal(String body) {
        Set<String> teams;
        try {
            teams = teams(body);
        } catch (IOException unreadable) {
            return Optional.empty(); // not a Slack request at all: the parser answers 400
        }
        return teams == null ? Optional.empty() : judge(teams);
    }

    /**
     * Why a Socket Mode envelope's payload is refused, or empty: a slash command or event names its {@code team_id},
     * an interaction its {@code team.id} and {@code user.team_id}.
     */
    Optional<String> refusal(JsonNode payload) {
        Set<String> teams = new LinkedHashSet<>();
        add(teams, payload.path("team_id"));
        add(teams, payload.path("team").path("id"));
        add(teams, payload.path("user").path("team_id"));
        return judge(teams);
    }

    private Optional<String> judge(Set<String> teams) {
        if (teams.isEmpty()) {
            return Optional.of("request names no workspace");
        }
        for (String team : teams) {
            if (!team.equals(installed)) {
                return Optional.of("request from workspace " + clip(team) + ", not " + installed);
            }
        }
        return Optional.empty();
    }

    /**
     * The workspaces a request names; null for Slack's own checks, which name none, and for bodies that are no
     * command, interaction or event at all (the parser refuses those with 400).
     */
    private static Set<String> teams(String body) throws IOException {
        Set<String> teams = new LinkedHashSet<>();
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{")) {
            JsonNode event = JSON.readTree(trimmed);
            if ("url_verification".equals(event.path("type").asText())) {
                return null;
            }
            add(teams, event.path("team_id"));
            return teams.isEmpty() && !event.has("event") ? null : teams;
        }
        String payload = null;
        boolean command = false;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (name) {
                case "ssl_check" -> {
                    return null;
                }
                case "team_id" -> teams.add(value);
                case "command" -> command = true;
                case "payload" -> payload = value;
                default -> {
                }
            }
        }
        if (payload != null) {
            JsonNode interaction = JSON.readTree(payload);
            add(teams, interaction.path("team").path("id"));
            add(teams, interaction.path("user").path("team_id"));
        }
        return teams.isEmpty() && !command && payload == null ? null : teams;
    }

    private static void add(Set<String> teams, JsonNode id) {
        if (id.isTextual() && !id.asText().isBlank()) {
            teams.add(id.asText());
        }
    }

    private static String clip(String team) {
        String safe = team.replaceAll("[^A-Za-z0-9_-]", "?");
        return safe.length() <= 20 ? safe : safe.substring(0, 20) + "…";
    }
}
