package io.warroom.monitor;

import io.warroom.oncall.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the monitors YAML file (format in README), refusing anything unclear with the line to fix. */
public final class MonitorsFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,199}");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(5);
    private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(1);

    private MonitorsFile() {
    }

    /** env answers environment variables named in header values (null when unset). */
    public static Monitors parse(String yaml, String source, Function<String, String> env) {
        YamlNode root = YamlNode.readWithLines(yaml, source).allowOnly(Set.of("monitors", "error_rates"));
        List<Monitor> checks = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : root.items("monitors")) {
            Monitor monitor = monitor(item, env);
            YamlNode before = seen.putIfAbsent(monitor.name(), item);
            if (before != null) {
                throw item.get("name").error("`" + monitor.name() + "` is already the name of " + before.path()
                        + "; names identify monitors and must be unique");
            }
            checks.add(monitor);
        }
        Map<String, Monitors.RuleOverride> errorRates = new LinkedHashMap<>();
        root.entries("error_rates").forEach((service, node) -> errorRates.put(service, rule(service, node)));
        return new Monitors(checks, errorRates);
    }

    private static Monitor monitor(YamlNode node, Function<String, String> env) {
        if (!node.isMapping()) {
            throw node.error("a monitor is a mapping with at least name, url and service, e.g. "
                    + "{ name: checkout-health, url: https://checkout.example/healthz, service: checkout }");
        }
        node.allowOnly(Set.of("name", "url", "service", "interval", "timeout", "failures_before_alert", "accept",
                "method", "headers"));
        String name = node.requiredText("name");
        if (!NAME.matcher(name).matches()) {
            throw node.get("name").error("`" + name + "` is not a usable name (letters, digits, `.`, `-`, `_`)");
        }
        URI url = url(node.required("url"));
        String service = node.requiredText("service");
        if (service.length() > 100) {
            throw node.get("service").error("a service name has at most 100 characters");
        }
        Duration interval = node.duration("interval").orElse(DEFAULT_INTERVAL);
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw node.get("interval").error("check at most every 5s");
        }
        Duration timeout = node.duration("timeout").orElse(min(DEFAULT_TIMEOUT, interval));
        if (timeout.compareTo(LONGEST_TIMEOUT) > 0) {
            throw node.get("timeout").error("at most 1m: a health endpoint that needs longer is itself a problem");
        }
        if (timeout.compareTo(interval) > 0) {
            throw node.get("timeout").error("must not be longer than the interval (" + node.text("interval")
                    .orElse("1m") + ")");
        }
        int failures = node.integer("failures_before_alert").orElse(1);
        if (failures < 1 || failures > 100) {
            throw node.get("failures_before_alert").error("must be 1-100 (failed checks in a row before alerting)");
        }
        String method = node.text("method").orElse("GET").toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw node.get("method").error("`" + method + "` is not a method a health check uses; use one of "
                    + String.join(", ", METHODS.stream().sorted().toList()));
        }
        return new Monitor(name, url, method, headers(node, env), interval, timeout, failures, accept(node),
                service);
    }

    private static URI url(YamlNode node) {
        String text = node.scalar();
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw node.error("`" + text + "` is not an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw node.error("`" + text + "` is not a URL: " + e.getReason());
        }
    }

    private static StatusCodes accept(YamlNode node) {
        if (!node.has("accept")) {
            return StatusCodes.SUCCESS;
        }
        List<StatusCodes.Range> ranges = new ArrayList<>();
        for (String entry : node.texts("accept")) {
            for (String part : entry.split(",")) {
                ranges.add(StatusCodes.entry(part).orElseThrow(() -> node.get("accept").error("`" + part.strip()
                        + "` is not a status code, a range like 200-204 or a class like 2xx")));
            }
        }
        return StatusCodes.of(ranges);
    }

    private static Map<String, String> headers(YamlNode node, Function<String, String> env) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.entries("headers").forEach((name, value) -> {
            if (!HEADER.matcher(name).matches()) {
                throw value.error("`" + name + "` is not an HTTP header name");
            }
            String text = value.scalar();
            Matcher m = ENV_REF.matcher(text);
            while (m.find()) {
                String variable = m.group(1);
                if (!ENV_NAME.matcher(variable).matches()) {
                    throw value.error("`" + variable + "` is not an environment variable name");
                }
                if (env.apply(variable) == null) {
                    throw value.error("environment variable " + variable + " is not set");
                }
            }
            headers.put(name, text);
        });
        return headers;
    }

    private static Monitors.RuleOverride rule(String service, YamlNode node) {
        if (!node.isMapping()) {
            throw node.error("a service's error-rate rule is a mapping, e.g. { warning_percent: 2, "
                    + "critical_percent: 5, window: 10m, min_requests: 50 }");
        }
        node.allowOnly(Set.of("warning_percent", "critical_percent", "window", "min_requests"));
        Optional<Double> warning = percent(node, "warning_percent");
        Optional<Double> critical = percent(node, "critical_percent");
        if (warning.isPresent() && critical.isPresent() && warning.get() > critical.get()) {
            throw node.get("warning_percent").error("must not be above critical_percent (" + critical.get() + ")");
        }
        Optional<Duration> window = node.duration("window");
        if (window.isPresent() && (window.get().compareTo(Duration.ofMinutes(1)) < 0
                || window.get().compareTo(Duration.ofHours(1)) > 0 || window.get().toSeconds() % 60 != 0)) {
            throw node.get("window").error("must be whole minutes from 1m to 1h (counts are kept per minute)");
        }
        Optional<Long> minRequests = node.integer("min_requests").map(Integer::longValue);
        if (minRequests.isPresent() && minRequests.get() < 1) {
            throw node.get("min_requests").error("must be at least 1");
        }
        return new Monitors.RuleOverride(warning, critical, window, minRequests);
    }

    private static Optional<Double> percent(YamlNode node, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        String text = node.get(field).scalar();
        try {
            double value = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1).strip()
                    : text);
            if (value > 0 && value <= 100) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw node.get(field).error("`" + text + "` is not a percentage above 0 and at most 100 (e.g. 5 or 2.5%)");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
