package io.warroom.monitor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Health check alerts and probe results as people read them, in the language of the service's team. */
@MessageBundle("monitors")
public interface MonitorMessages {

    @Message("{service}: health check {name} is failing: {summary}")
    String failingTitle(String service, String name, String summary);

    @Message("its check failed")
    String failedOnce();

    @Message("failed {failures} checks in a row (every {every})")
    String failedInRow(int failures, String every);

    @Message("{method} {url} {times}; last: {summary}.")
    String failingDescription(String method, String url, String times, String summary);

    @Message("{service}: health check {name} recovered")
    String recoveredTitle(String service, String name);

    @Message("{method} {url} is healthy again: {summary}.")
    String recoveredDescription(String method, String url, String summary);

    @Message("health check {name} was removed from the monitors file")
    String removedTitle(String name);

    @Message("The monitor is no longer configured, so its alert is resolved.")
    String removedDescription();

    @Message("answered HTTP {status} in {ms} ms")
    String answered(int status, long ms);

    @Message("answered HTTP {status} after {ms} ms (accepted: {accepted})")
    String answeredUnaccepted(int status, long ms, String accepted);

    @Message("request cannot be sent: {reason}")
    String cannotSend(String reason);

    @Message("no answer within {wait}")
    String noAnswer(String wait);

    @Message("host name does not resolve")
    String unresolved();

    @Message("connection refused")
    String refused();

    @Message("could not connect ({reason})")
    String cannotConnect(String reason);

    @Message("request failed: {reason}")
    String failed(String reason);

    @Message("{service}: {percent}% of requests failed with 5xx over {span}")
    String errorRateTitle(String service, String percent, String span);

    @Message("{service}: 5xx error rate traffic fell below {min} requests, too few to judge")
    String errorRateTooFew(String service, long min);

    @Message("{service}: 5xx error rate back below {warning}%")
    String errorRateBackBelow(String service, String warning);

    @Message("{errors} of {total} requests ({percent}%) answered 5xx between {from} and {to} UTC ({thresholds}).")
    String errorRateDescription(long errors, long total, String percent, String from, String to, String thresholds);

    @Message("warning at {warning}%, critical at {critical}%, at least {min} requests")
    String errorRateThresholds(String warning, String critical, long min);

    @Message("{service}: {statistic} {value} over {span} ({requests} requests), {threshold}")
    String latencyTitle(String service, String statistic, String value, String span, String requests,
            String threshold);

    @Message("incident threshold {value}")
    String latencyIncidentThreshold(String value);

    @Message("warning threshold {value}")
    String latencyWarningThreshold(String value);

    @Message("{service}: {statistic} {why}")
    String latencyResolved(String service, String statistic, String why);

    @Message("no longer judged (switched off in the monitors file)")
    String latencySwitchedOff();

    @Message("no longer judged: {requests} requests with a response time over {span}, fewer than {min}")
    String latencyTooFew(String requests, String span, String min);

    @Message("back within {warning} ({value} over {span})")
    String latencyBackWithin(String warning, String value, String span);

    @Message("Between {from} and {to} UTC: {requests} requests with a response time, average {average}, p95 {p95}, "
            + "p99 {p99} ({statistic}: warning above {warning}, incident above {critical}, at least {min} requests).")
    String latencyDescription(String from, String to, String requests, String average, String p95, String p99,
            String statistic, String warning, String critical, String min);

    @Message("avg")
    String averageLabel();

    @Message("average response time")
    String averageResponseTime();

    @Message("{statistic} response time")
    String percentileResponseTime(String statistic);
}
