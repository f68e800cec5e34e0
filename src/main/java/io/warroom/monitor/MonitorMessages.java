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
}
