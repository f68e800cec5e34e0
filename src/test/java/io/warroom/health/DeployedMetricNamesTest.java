package io.warroom.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.Eventually;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped Grafana dashboard and Prometheus rules in step with the code: every metric their queries name
 * is served by /q/metrics once Warroom has done each kind of work once.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.health.outbox-stuck-after", value = "3s")})
class DeployedMetricNamesTest {

    static final Path RULES = Path.of("deploy/prometheus/warroom-rules.yml");
    static final Path DASHBOARD = Path.of("deploy/grafana/warroom-dashboard.json");
    static final Pattern METRIC = Pattern.compile("\\b(?:warroom|jvm|http_server|process)_[a-z0-9_]+");
    /** Written by the Discord gateway lease (another part of the cluster work): 1 on the holder, 0 elsewhere. */
    static final Set<String> NOT_SERVED_HERE = Set.of("warroom_discord_gateway_connected");

    @InjectFakeSlack
    FakeSlack slack;

    @Inject
    TestClock clock;

    @Inject
    EscalationJob escalations;

    @Inject
    Heartbeat heartbeat;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void everyMetricTheRulesAndTheDashboardQueryIsServed() throws IOException {
        List<String> queries = new ArrayList<>();
        new YAMLMapper().readTree(RULES.toFile()).path("groups").forEach(group -> group.path("rules")
                .forEach(rule -> queries.add(rule.path("expr").asText())));
        new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> queries.add(target.path("expr").asText())));
        Set<String> named = new TreeSet<>();
        for (String query : queries) {
            Matcher metric = METRIC.matcher(query);
            while (metric.find()) {
                named.add(metric.group());
            }
        }
        assertTrue(named.size() >= 15, "the queries were read: " + named);

        doEachKindOfWorkOnce();
        Set<String> served = Scrape.now().names();
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(served);
        missing.removeAll(NOT_SERVED_HERE);
        assertEquals(Set.of(), missing, "named in deploy/ but not served by /q/metrics");
    }

    @Test
    void theDashboardTakesItsDatasourceFromAVariable() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertEquals("datasource", dashboard.path("templating").path("list").get(0).path("type").asText());
        dashboard.path("panels").forEach(panel -> assertEquals("${datasource}",
                panel.path("datasource").path("uid").asText("${datasource}"), panel.path("title").asText()));
    }

    /** A command, a failed Slack delivery, an escalation page and a runbook run: counters appear on first use. */
    private void doEachKindOfWorkOnce() {
        slack.failNext(1, 503, null);
        clock.fix(SelfMetricsTest.TUESDAY);
        String key = People.open("Checkout metrics", "1", "checkout");
        String confirm = People.run(key, "run say message=metrics", People.ANA).statusCode(200).extract()
                .path("confirmation.command");
        People.run(key, confirm, People.ANA).statusCode(200);
        heartbeat.tick();
        Eventually.until("a failed delivery and a finished run are counted", () -> {
            Set<String> names = Scrape.now().names();
            return names.contains("warroom_deliveries_failed_total") && names.contains("warroom_runbook_runs_total")
                    && names.contains("warroom_escalations_total");
        });
    }
}
