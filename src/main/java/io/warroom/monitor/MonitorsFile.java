package io.warroom.monitor;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.warroom.config.HumanDuration;
import io.warroom.config.YamlFile;
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

/** Reads the monitors YAML file (format in docs/detection.md), refusing anything unclear with the line to fix. */
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

    /** The file as written, key for key; the checks below turn it into the monitors. */
    record FileYaml(List<MonitorYaml> monitors, Map<String, RuleYaml> errorRates,
            Map<String, LatencyRulesYaml.RuleYaml> latency) {
    }

    @JsonClassDescription("a monitor is a mapping with at least name, url and service, e.g. "
            + "{ name: checkout-health, url: https://checkout.example/healthz, service: checkout }")
    record MonitorYaml(String name, String url, String service, Duration interval, Duration timeout,
            Integer failuresBeforeAlert, @JsonSetter(nulls = Nulls.SET)
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> accept, String method,
            Map<String, String> headers) {
    }

    @JsonClassDescription("a service's error-rate rule is a mapping, e.g. { warning_percent: 2, "
            + "critical_percent: 5, window: 10m, min_requests: 50 }")
    record RuleYaml(String warningPercent, String criticalPercent, Duration window, Integer minRequests) {
    }

    /** env answers environment variables named in header values (null when unset). */
    public static Monitors parse(String yaml, String source, Function<String, String> env) {
        return parse(yaml, source, env, null);
    }

    /** The same, checking per-service latency values against the global rule (null: the file is checked on its own). */
    public static Monitors parse(String yaml, String source, Function<String, String> env,
            LatencyRule latencyDefaults) {
        YamlFile file = YamlFile.read(yaml, source, true);
        FileYaml root = file.bind(FileYaml.class);
        List<Monitor> checks = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < root.monitors().size(); i++) {
            String path = "monitors[" + i + "]";
            Monitor monitor = monitor(file, path, root.monitors().get(i), env);
            String before = seen.putIfAbsent(monitor.name(), path);
            if (before != null) {
                throw file.error(path + ".name", "`" + monitor.name() + "` is already the name of " + before
                        + "; names identify monitors and must be unique");
            }
            checks.add(monitor);
        }
        Map<String, Monitors.RuleOverride> errorRates = new LinkedHashMap<>();
        root.errorRates().forEach((service, rule) -> errorRates.put(service,
                rule(file, "error_rates." + service, rule)));
        Map<String, LatencyRule.Override> latency = new LinkedHashMap<>();
        root.latency().forEach((service, rule) -> latency.put(service, LatencyRulesYaml.override(file,
                "latency." + service, rule, latencyDefaults)));
        return new Monitors(checks, errorRates, latency);
    }

    private static Monitor monitor(YamlFile file, String path, MonitorYaml monitor, Function<String, String> env) {
        String name = file.required(monitor.name(), path, "name");
        if (!NAME.matcher(name).matches()) {
            throw file.error(path + ".name", "`" + name + "` is not a usable name (letters, digits, `.`, `-`, `_`)");
        }
        URI url = url(file, path + ".url", file.required(monitor.url(), path, "url"));
        String service = file.required(monitor.service(), path, "service");
        if (service.length() > 100) {
            throw file.error(path + ".service", "a service name has at most 100 characters");
        }
        Duration interval = monitor.interval() == null ? DEFAULT_INTERVAL : monitor.interval();
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw file.error(path + ".interval", "check at most every 5s");
        }
        Duration timeout = monitor.timeout() == null ? min(DEFAULT_TIMEOUT, interval) : monitor.timeout();
        if (timeout.compareTo(LONGEST_TIMEOUT) > 0) {
            throw file.error(path + ".timeout", "at most 1m: a health endpoint that needs longer is itself a problem");
        }
        if (timeout.compareTo(interval) > 0) {
            throw file.error(path + ".timeout", "must not be longer than the interval ("
                    + HumanDuration.format(interval) + ")");
        }
        int failures = monitor.failuresBeforeAlert() == null ? 1 : monitor.failuresBeforeAlert();
        if (failures < 1 || failures > 100) {
            throw file.error(path + ".failures_before_alert", "must be 1-100 (failed checks in a row before alerting)");
        }
        String method = monitor.method() == null ? "GET" : monitor.method().toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw file.error(path + ".method", "`" + method + "` is not a method a health check uses; use one of "
                    + String.join(", ", METHODS.stream().sorted().toList()));
        }
        return new Monitor(name, url, method, headers(file, path + ".headers", monitor.headers(), env), interval,
                timeout, failures, accept(file, path + ".accept", monitor.accept()), service);
    }

    private static URI url(YamlFile file, String path, String text) {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw file.error(path, "`" + text + "` is not an http:// or https:// URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw file.error(path, "`" + text + "` is not a URL: " + e.getReason());
        }
    }

    private static StatusCodes accept(YamlFile file, String path, List<String> accept) {
        if (accept == null) {
            return StatusCodes.SUCCESS;
        }
        List<StatusCodes.Range> ranges = new ArrayList<>();
        for (String entry : accept) {
            for (String part : entry.split(",")) {
                ranges.add(StatusCodes.entry(part).orElseThrow(() -> file.error(path, "`" + part.strip()
                        + "` is not a status code, a range like 200-204 or a class like 2xx")));
            }
        }
        return StatusCodes.of(ranges);
    }

    private static Map<String, String> headers(YamlFile file, String path, Map<String, String> headers,
            Function<String, String> env) {
        headers.forEach((name, text) -> {
            String where = path + "." + name;
            if (!HEADER.matcher(name).matches()) {
                throw file.error(where, "`" + name + "` is not an HTTP header name");
            }
            Matcher m = ENV_REF.matcher(text);
            while (m.find()) {
                String variable = m.group(1);
                if (!ENV_NAME.matcher(variable).matches()) {
                    throw file.error(where, "`" + variable + "` is not an environment variable name");
                }
                if (env.apply(variable) == null) {
                    throw file.error(where, "environment variable " + variable + " is not set");
                }
            }
        });
        return headers;
    }

    private static Monitors.RuleOverride rule(YamlFile file, String path, RuleYaml rule) {
        Optional<Double> warning = percent(file, path + ".warning_percent", rule.warningPercent());
        Optional<Double> critical = percent(file, path + ".critical_percent", rule.criticalPercent());
        if (warning.isPresent() && critical.isPresent() && warning.get() > critical.get()) {
            throw file.error(path + ".warning_percent", "must not be above critical_percent (" + critical.get() + ")");
        }
        Optional<Duration> window = Optional.ofNullable(rule.window());
        if (window.isPresent() && (window.get().compareTo(Duration.ofMinutes(1)) < 0
                || window.get().compareTo(Duration.ofHours(1)) > 0 || window.get().toSeconds() % 60 != 0)) {
            throw file.error(path + ".window", "must be whole minutes from 1m to 1h (counts are kept per minute)");
        }
        Optional<Long> minRequests = Optional.ofNullable(rule.minRequests()).map(Integer::longValue);
        if (minRequests.isPresent() && minRequests.get() < 1) {
            throw file.error(path + ".min_requests", "must be at least 1");
        }
        return new Monitors.RuleOverride(warning, critical, window, minRequests);
    }

    private static Optional<Double> percent(YamlFile file, String path, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.endsWith("%") ? text.substring(0, text.length() - 1).strip()
                    : text);
            if (value > 0 && value <= 100) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw file.error(path, "`" + text + "` is not a percentage above 0 and at most 100 (e.g. 5 or 2.5%)");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
