package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.config.ConfigFileException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorsFileTest {

    private static final Map<String, String> ENV = Map.of("SEARCH_HEALTH_TOKEN", "s3cret");
    private static final ErrorRateRule GLOBAL = new ErrorRateRule(5, 10, Duration.ofMinutes(5), 100);
    private static final LatencyRule LATENCY = new LatencyRule(LatencyStatistic.AVERAGE, Duration.ofSeconds(1),
            Duration.ofSeconds(3), Duration.ofMinutes(5), 100, true);

    private static final String MINIMAL = """
            monitors:
              - name: www
                url: http://www.example/healthz
                service: www
            """;

    static Monitors parse(String yaml) {
        return MonitorsFile.parse(yaml, "monitors.yaml", ENV::get);
    }

    private static String refused(String yaml) {
        return assertThrows(ConfigFileException.class, () -> parse(yaml)).getMessage();
    }

    static String example() {
        try (InputStream in = MonitorsFileTest.class.getResourceAsStream("/examples/monitors.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDocumentedExampleSaysWhatItsCommentsSay() {
        Monitors monitors = parse(example());
        Monitor checkout = monitors.checks().get(0);
        assertEquals(new Monitor("checkout-health", URI.create("https://checkout.internal.example/healthz"), "GET",
                Map.of(), Duration.ofSeconds(30), Duration.ofSeconds(5), 3, StatusCodes.SUCCESS, "checkout"),
                checkout);
        Monitor search = monitors.checks().get(1);
        assertEquals("HEAD", search.method());
        assertEquals(Duration.ofMinutes(1), search.interval());
        assertEquals(Duration.ofSeconds(10), search.timeout());
        assertEquals(1, search.failuresBeforeAlert());
        assertEquals("2xx, 301-302, 429", search.accept().toString());
        assertTrue(search.accept().accepts(302) && search.accept().accepts(429) && !search.accept().accepts(303));
        assertEquals(Map.of("Authorization", "Bearer ${SEARCH_HEALTH_TOKEN}"), search.headers());

        assertEquals(new ErrorRateRule(2, 5, Duration.ofMinutes(10), 50), monitors.ruleFor("checkout", GLOBAL));
        assertEquals(new ErrorRateRule(5, 10, Duration.ofMinutes(5), 500), monitors.ruleFor("search", GLOBAL));
        assertEquals(GLOBAL, monitors.ruleFor("www", GLOBAL));

        assertEquals(new LatencyRule(new LatencyStatistic(95), Duration.ofMillis(800), Duration.ofSeconds(2),
                Duration.ofMinutes(5), 100, true), monitors.latencyRuleFor("checkout", LATENCY));
        assertEquals(new LatencyRule(LatencyStatistic.AVERAGE, Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofMinutes(15), 20, true), monitors.latencyRuleFor("reports", LATENCY));
        assertEquals(false, monitors.latencyRuleFor("exports", LATENCY).enabled());
        assertEquals(LATENCY, monitors.latencyRuleFor("www", LATENCY));
    }

    private static String refusedWithGlobals(String yaml) {
        return assertThrows(ConfigFileException.class, () -> MonitorsFile.parse(yaml, "monitors.yaml", ENV::get,
                LATENCY)).getMessage();
    }

    @Test
    void latencyMistakesAreRefusedWithTheLineAndWhatToWrite() {
        assertEquals("monitors.yaml: line 6: latency.checkout.critical: must be larger than warning (2 s)",
                refused(MINIMAL + "latency:\n  checkout: { warning: 2s, critical: 1500ms }\n"));
        assertEquals("monitors.yaml: line 6: latency.checkout.critical: must be larger than the global warning "
                + "(WARROOM_LATENCY_WARNING) (1 s)", refusedWithGlobals(MINIMAL + "latency:\n  checkout: { critical: "
                        + "800ms }\n"));
        assertEquals("monitors.yaml: line 6: latency.checkout.warning: must be smaller than the global critical "
                + "(WARROOM_LATENCY_CRITICAL) (3 s)", refusedWithGlobals(MINIMAL + "latency:\n  checkout: { warning: "
                        + "5s }\n"));
        assertEquals("monitors.yaml: line 7: latency.checkout.warning: `fast` is not a response time; write e.g. "
                + "800ms, 1s or 2.5s", refused(MINIMAL + "latency:\n  checkout:\n    warning: fast\n"));
        assertEquals("monitors.yaml: line 7: latency.checkout.warning: `1` is not a response time; write e.g. "
                + "800ms, 1s or 2.5s", refused(MINIMAL + "latency:\n  checkout:\n    warning: 1\n"));
        assertEquals("monitors.yaml: line 7: latency.checkout.critical: must be more than 0 and at most 10m (600s)",
                refused(MINIMAL + "latency:\n  checkout:\n    critical: 601s\n"));
        assertEquals("monitors.yaml: line 7: latency.checkout.statistic: `median` is neither avg nor a percentile "
                + "such as p95 or p99", refused(MINIMAL + "latency:\n  checkout:\n    statistic: median\n"));
        assertEquals("monitors.yaml: line 6: latency.checkout.window: must be whole minutes from 1m to 1h (response "
                + "times are kept per minute)", refused(MINIMAL + "latency:\n  checkout: { window: 2h }\n"));
        assertEquals("monitors.yaml: line 6: latency.checkout.min_requests: must be at least 1",
                refused(MINIMAL + "latency:\n  checkout: { min_requests: 0 }\n"));
        assertEquals("monitors.yaml: line 7: latency.checkout: unknown key `threshold`; known keys: critical, "
                + "enabled, min_requests, statistic, warning, window",
                refused(MINIMAL + "latency:\n  checkout:\n    threshold: 3s\n"));
    }

    @Test
    void theDetectionPageShowsThisExampleWordForWord() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs/detection.md"));
        assertTrue(page.contains("```yaml\n" + example() + "```"), "docs/detection.md's monitors example differs "
                + "from src/test/resources/examples/monitors.yaml");
    }

    @Test
    void aShortIntervalShortensTheDefaultTimeout() {
        Monitor www = parse(MINIMAL + "    interval: 5s\n").checks().get(0);
        assertEquals(Duration.ofSeconds(5), www.timeout());
    }

    @Test
    void mistakesAreRefusedWithTheLineAndWhatToWrite() {
        assertEquals("monitors.yaml: line 3: monitors[0].url: `ftp://www.example/` is not an http:// or https:// "
                + "URL with a host", refused(MINIMAL.replace("http://www.example/healthz", "ftp://www.example/")));
        assertEquals("monitors.yaml: line 5: monitors[0].timeout: `5 sec` is not a duration; write e.g. 30s, 5m, "
                + "1h30m, 1d or 1w", refused(MINIMAL + "    timeout: 5 sec\n"));
        assertEquals("monitors.yaml: line 5: monitors[0]: unknown key `timout`; known keys: accept, "
                + "failures_before_alert, headers, interval, method, name, service, timeout, url",
                refused(MINIMAL + "    timout: 5s\n"));
        assertEquals("monitors.yaml: line 2: monitors[0]: `service` is required",
                refused(MINIMAL.replace("    service: www\n", "")));
        assertEquals("monitors.yaml: line 5: monitors[0].accept: `2xxx` is not a status code, a range like 200-204 "
                + "or a class like 2xx", refused(MINIMAL + "    accept: [200, 2xxx]\n"));
        assertEquals("monitors.yaml: line 5: monitors[0].failures_before_alert: must be 1-100 (failed checks in a "
                + "row before alerting)", refused(MINIMAL + "    failures_before_alert: 0\n"));
        assertEquals("monitors.yaml: line 6: monitors[0].timeout: must not be longer than the interval (10s)",
                refused(MINIMAL + "    interval: 10s\n    timeout: 30s\n"));
        assertEquals("monitors.yaml: line 6: monitors[0].headers.X-Token: environment variable NOT_SET is not set",
                refused(MINIMAL + "    headers:\n      X-Token: \"${NOT_SET}\"\n"));
        assertEquals("monitors.yaml: line 6: monitors[1].name: `www` is already the name of monitors[0]; names "
                + "identify monitors and must be unique", refused(MINIMAL + "  - { url: http://b.example/, "
                        + "service: b,\n      name: www }\n"));
        assertEquals("monitors.yaml: line 7: error_rates.www.critical_percent: `ten` is not a percentage above 0 and "
                + "at most 100 (e.g. 5 or 2.5%)", refused(MINIMAL + "error_rates:\n  www:\n    critical_percent: ten\n"));
        assertEquals("monitors.yaml: line 6: error_rates.www.window: must be whole minutes from 1m to 1h (counts are "
                + "kept per minute)", refused(MINIMAL + "error_rates:\n  www: { window: 90s }\n"));
        assertEquals("monitors.yaml: line 6: error_rates.www.warning_percent: must not be above critical_percent "
                + "(4.0)", refused(MINIMAL + "error_rates:\n  www: { warning_percent: 5%, critical_percent: 4 }\n"));
        assertEquals("monitors.yaml: line 1: unknown key `monitor`; known keys: error_rates, latency, monitors",
                refused(MINIMAL.replace("monitors:", "monitor:")));
    }

    @Test
    void brokenYamlNamesItsLine() {
        String message = refused(MINIMAL + "  - name: [oops\n");
        assertTrue(message.startsWith("monitors.yaml: not valid YAML at line"), message);
    }

    @Test
    void statusCodesReadCodesRangesAndClasses() {
        assertEquals(new StatusCodes.Range(204, 204), StatusCodes.entry("204").orElseThrow());
        assertEquals(new StatusCodes.Range(200, 204), StatusCodes.entry("200 - 204").orElseThrow());
        assertEquals(new StatusCodes.Range(300, 399), StatusCodes.entry("3XX").orElseThrow());
        assertTrue(StatusCodes.entry("299-200").isEmpty());
        assertTrue(StatusCodes.entry("600").isEmpty());
    }
}
