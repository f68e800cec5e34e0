package io.warroom.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.warroom.config.ConfigFileException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trackers file: what it means, and what a wrong one is told at start. */
class TrackersFileTest {

    static final String GOOD = """
            default_tracker: ops
            trackers:
              payments:
                kind: github
                project: acme/payments
                token_env: GITHUB_TOKEN
                labels: [incident-follow-up]
                teams: [payments]
              search:
                kind: gitlab
                url: https://gitlab.acme.example/api/v4/
                project: infra/search
                token_env: GITLAB_TOKEN
                services: [search, Indexer]
                file_on_export: true
              ops:
                kind: jira
                url: https://acme.atlassian.net
                project: OPS
                email: bot@acme.example
                token_env: JIRA_TOKEN
            """;

    @Test
    void servicesComeFirstThenTeamsThenTheDefault() {
        TrackerDirectory trackers = TrackersFile.parse(GOOD, "trackers.yaml");
        assertEquals("search", trackers.forIncident("indexer", Optional.of("payments")).orElseThrow().name());
        assertEquals("payments", trackers.forIncident("checkout", Optional.of("payments")).orElseThrow().name());
        assertEquals("ops", trackers.forIncident("dns", Optional.empty()).orElseThrow().name());
        assertEquals("ops", trackers.forIncident(null, Optional.empty()).orElseThrow().name());
    }

    @Test
    void eachKindGetsItsDefaultsAndUrlsLoseTheirTrailingSlash() {
        TrackerDirectory trackers = TrackersFile.parse(GOOD, "trackers.yaml");
        Tracker github = trackers.named("payments").orElseThrow();
        assertEquals("https://api.github.com", github.url());
        assertEquals(List.of("incident-follow-up"), github.labels());
        assertEquals(false, github.fileOnExport());
        assertEquals("https://gitlab.acme.example/api/v4", trackers.named("search").orElseThrow().url());
        assertEquals(true, trackers.named("search").orElseThrow().fileOnExport());
        assertEquals("Task", trackers.named("ops").orElseThrow().issueType());
    }

    @Test
    void withoutADefaultAnUnlistedServiceHasNoTracker() {
        TrackerDirectory trackers = TrackersFile.parse(GOOD.replace("default_tracker: ops\n", ""), "trackers.yaml");
        assertEquals(Optional.empty(), trackers.forIncident("dns", Optional.of("platform")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kind: github                  | kind: bugzilla                      | trackers.payments.kind: `bugzilla` is not one of github, gitlab, jira
            project: acme/payments        | project: payments                   | trackers.payments.project: `payments` is not a repository; write owner/repo
            project: acme/payments        | project: '../payments'              | trackers.payments.project: `../payments` is not a repository; write owner/repo
            project: infra/search         | project: '../search'                | trackers.search.project: `../search` is not a project; write its path (group/project) or numeric id
            project: OPS                  | project: ops                        | trackers.ops.project: `ops` is not a Jira project key (capital letters and digits, e.g. OPS)
            token_env: GITHUB_TOKEN       | token_env: ghp_abc-123              | trackers.payments.token_env: must name an environment variable (e.g. WARROOM_GITHUB_TOKEN); the token itself never goes in this file
            url: https://acme.atlassian.net | url: ftp://acme.example           | trackers.ops.url: `ftp://acme.example` is not an http(s) address without query or user
            url: https://acme.atlassian.net | email: x@y.example               | trackers.ops: `url` is required for Jira (the site's address, e.g. https://acme.atlassian.net)
            default_tracker: ops          | default_tracker: nope               | default_tracker: no tracker `nope` in trackers (known: payments, search, ops)
            teams: [payments]             | teams: [payments]\\n    services: [search] | trackers.search.services: service `search` is also served by tracker `payments`; one tracker each
            labels: [incident-follow-up]  | labels: ['a,b']                     | trackers.payments.labels[0]: a label is 1-50 characters without commas
            file_on_export: true          | file_on_export: sometimes           | trackers.search.file_on_export: must be true or false
            """)
    void aWrongFileSaysWhereAndWhat(String good, String bad, String problem) {
        String yaml = GOOD.replaceFirst(java.util.regex.Pattern.quote(good), bad.replace("\\n", "\n"));
        ConfigFileException error = assertThrows(ConfigFileException.class, () -> TrackersFile.parse(yaml,
                "trackers.yaml"));
        assertEquals(problem, error.getMessage().replaceFirst("^trackers\\.yaml: (line \\d+: )?", ""));
    }

    @Test
    void anEmailIsForJiraOnly() {
        ConfigFileException error = assertThrows(ConfigFileException.class, () -> TrackersFile.parse(GOOD.replace(
                "token_env: GITHUB_TOKEN", "token_env: GITHUB_TOKEN\n    email: a@b.example"), "trackers.yaml"));
        assertEquals("trackers.yaml: line 7: trackers.payments.email: only Jira signs in with an email",
                error.getMessage());
    }
}
