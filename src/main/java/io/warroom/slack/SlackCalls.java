package io.warroom.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.warroom.chat.DeliveryException;
import java.io.IOException;
import java.util.Set;

/**
 * Runs one Web API call for the outbox and says what a failure means, from {@link SlackErrors}: temporary failures
 * are retried later (not before Retry-After), the rest given up, naming Slack's error code. Messages never carry the
 * token (the SDK sends it in a header, never in what is described).
 */
final class SlackCalls {

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
            throw delivery(what, SlackErrors.of(e));
        } catch (IOException e) {
            throw delivery(what, SlackErrors.of(e));
        }
        if (response.isOk() || accepted.contains(response.getError())) {
            return response;
        }
        throw refused(what, response);
    }

    static DeliveryException refused(String what, SlackApiTextResponse response) {
        String error = response.getError();
        SlackErrors.Failure failure = SlackErrors.classify(200, error, null);
        if (failure.temporary()) {
            return delivery(what, failure);
        }
        String detail = "missing_scope".equals(error) && response.getNeeded() != null
                ? " (the app needs the " + response.getNeeded() + " scope: reinstall it from the manifest)" : "";
        return DeliveryException.giveUp(failure.kind(), what + ": " + failure.reason() + detail);
    }

    private static DeliveryException delivery(String what, SlackErrors.Failure failure) {
        return failure.temporary()
                ? DeliveryException.retryLater(failure.kind(), what + ": " + failure.reason(), failure.retryAfter())
                : DeliveryException.giveUp(failure.kind(), what + ": " + failure.reason());
    }
}
