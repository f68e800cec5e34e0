package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import io.warroom.chat.DeliveryException.Reason;
import io.warroom.chat.NetworkFailures;
import io.warroom.chat.RetryAfter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The one table of what a failed Web API call means, for every path that calls Slack: temporary (worth trying again,
 * no sooner than Slack's Retry-After when it sends one) or permanent (given up, naming Slack's error code).
 * Temporary: HTTP 429, HTTP 5xx, no HTTP answer at all, and the error codes Slack documents as temporary. Everything
 * else, HTTP 4xx and other {@code ok:false} codes such as {@code channel_not_found}, is permanent.
 */
final class SlackErrors {

    /** Error codes Slack documents as temporary. */
    static final Set<String> TEMPORARY_CODES = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout", "team_added_to_org");

    /** What a failure means; reason is short and never carries the request or the token; kind is its class. */
    record Failure(boolean temporary, String reason, Duration retryAfter, Reason kind) {
    }

    private SlackErrors() {
    }

    /**
     * A failure from its parts: httpStatus 200 for an {@code ok:false} answer, 0 when no HTTP answer came; error is
     * Slack's error code when it sent one; retryAfter the Retry-After header as sent.
     */
    static Failure classify(int httpStatus, String error, String retryAfter) {
        Duration wait = RetryAfter.parse(retryAfter, Instant.now()).orElse(null);
        if (httpStatus == 429) {
            return new Failure(true, "rate limited by Slack", wait, Reason.RATE_LIMITED);
        }
        if (httpStatus == 0 || httpStatus >= 500) {
            return new Failure(true, httpStatus == 0 ? "no answer from Slack" : "Slack answered HTTP " + httpStatus,
                    wait, httpStatus == 0 ? Reason.UNREACHABLE : Reason.SERVER_ERROR);
        }
        if (httpStatus != 200) {
            return new Failure(false, "Slack answered HTTP " + httpStatus + (error == null ? "" : " " + error), null,
                    Reason.REJECTED);
        }
        boolean temporary = error != null && TEMPORARY_CODES.contains(error);
        Reason kind = !temporary ? Reason.REJECTED
                : error.contains("rate") ? Reason.RATE_LIMITED : Reason.SERVER_ERROR;
        return new Failure(temporary, "Slack answered " + error, wait, kind);
    }

    /** A call that ended in an exception: an HTTP answer other than 200, or none. */
    static Failure of(SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        String error = e.getError() == null ? null : e.getError().getError();
        String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
        return classify(status, error, header);
    }

    static Failure of(IOException e) {
        return new Failure(true, "Slack is unreachable (" + NetworkFailures.describe(e) + ")", null,
                Reason.UNREACHABLE);
    }
}
