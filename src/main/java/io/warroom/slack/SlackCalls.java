package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.warroom.chat.DeliveryException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;

/**
 * Runs one Web API call for the outbox and says what a failure means: 429 (with its Retry-After), 5xx, network
 * trouble and Slack's own transient errors are retried later; other {@code ok:false} errors are given up, naming
 * Slack's error code. Messages never carry the token (the SDK sends it in a header, never in what is described).
 */
final class SlackCalls {

    /** Errors Slack documents as temporary. */
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error",
            "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org");

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private SlackCalls() {
    }

    /** The answer when it is ok; otherwise the failure as a DeliveryException. */
    static <T extends SlackApiTextResponse> T call(String what, Call<T> call) throws DeliveryException {
        return call(what, Set.of(), call);
    }

    /** Like {@link #call(String, Call)}, but an answer with one of the accepted errors is returned, not thrown. */
    static <T extends SlackApiTextResponse> T call(String what, Set<String> accepted, Call<T> call)
            throws DeliveryException {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw failed(what, e);
        } catch (IOException e) {
            throw DeliveryException.retryLater(what + ": Slack is unreachable (" + describe(e) + ")");
        }
        if (response.isOk() || accepted.contains(response.getError())) {
            return response;
        }
        throw refused(what, response);
    }

    static DeliveryException refused(String what, SlackApiTextResponse response) {
        String error = response.getError();
        if (TRANSIENT.contains(error)) {
            return DeliveryException.retryLater(what + ": Slack answered " + error);
        }
        String detail = "missing_scope".equals(error) && response.getNeeded() != null
                ? " (the app needs the " + response.getNeeded() + " scope: reinstall it from the manifest)" : "";
        return DeliveryException.giveUp(what + ": Slack answered " + error + detail);
    }

    private static DeliveryException failed(String what, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            return DeliveryException.retryLater(what + ": rate limited by Slack", retryAfter(e));
        }
        if (status >= 500 || status == 0) {
            return DeliveryException.retryLater(what + ": Slack answered HTTP " + status);
        }
        return DeliveryException.giveUp(what + ": Slack answered HTTP " + status);
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    /** A short reason for logs, without the request. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof InterruptedIOException) {
                return "timed out";
            }
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
