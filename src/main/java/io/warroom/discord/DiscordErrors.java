package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.DeliveryException.Reason;
import io.warroom.chat.NetworkFailures;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.Response;
import org.jboss.logging.Logger;

/** What a failed Discord call means for the outbox: 429, 5xx and network trouble are retried, the rest given up. */
final class DiscordErrors {

    private DiscordErrors() {
    }

    static DeliveryException toDelivery(String what, Throwable error) {
        if (error instanceof RateLimitedException limited) {
            return DeliveryException.retryLater(Reason.RATE_LIMITED, what + ": rate limited by Discord",
                    Duration.ofMillis(limited.getRetryAfter()));
        }
        if (error instanceof InsufficientPermissionException missing) {
            return DeliveryException.giveUp(what + ": the bot lacks the " + missing.getPermission().getName()
                    + " permission" + (missing.getChannelId() == 0 ? "" : " in <#" + missing.getChannelId() + ">")
                    + "; see docs/discord.md (invite URL)");
        }
        if (error instanceof ErrorResponseException response) {
            Response raw = response.getResponse();
            int status = raw == null ? 0 : raw.code;
            if (raw == null || raw.getException() != null || status >= 500) {
                return DeliveryException.retryLater(status >= 500 ? Reason.SERVER_ERROR : Reason.UNREACHABLE,
                        what + ": " + NetworkFailures.describe(error), null);
            }
            if (status == 429) {
                return DeliveryException.retryLater(Reason.RATE_LIMITED, what + ": rate limited by Discord",
                        Duration.ofMillis(Math.max(0, raw.retryAfter)));
            }
            return DeliveryException.giveUp(what + ": Discord answered " + status + " (" + response.getErrorCode()
                    + " " + response.getMeaning() + ")");
        }
        if (error instanceof TimeoutException) {
            return DeliveryException.retryLater(what + ": Discord did not answer in time");
        }
        return DeliveryException.giveUp(what + ": " + NetworkFailures.describe(error));
    }

    /** For answers sent in the background: a failure is logged as a warning, with what was being done. */
    static Consumer<Throwable> warnIn(Logger log, String what) {
        return error -> log.warnf("%s failed: %s", what, NetworkFailures.describe(error));
    }
}
