package io.warroom.discord;

import io.warroom.chat.DeliveryException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Runs Discord calls for the outbox. JDA queues each call behind Discord's rate limits and retries 429s by itself;
 * a call still waiting after discord.request-timeout is cancelled and the delivery retried later, after the wait
 * Discord asked for, so a long rate limit never holds an outbox worker.
 */
@ApplicationScoped
class DiscordRest {

    @Inject
    DiscordBot bot;

    @Inject
    DiscordConfig config;

    JDA client() throws DeliveryException {
        return bot.connected().orElseThrow(() -> DeliveryException.retryLater(
                "Discord bot is not connected (" + bot.status() + ")"));
    }

    <T> T call(String what, RestAction<T> action) throws DeliveryException {
        CompletableFuture<T> future;
        try {
            future = MessageNonces.stamp(action).submit();
        } catch (RuntimeException e) {
            throw DiscordErrors.toDelivery(what, e);
        }
        try {
            return future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            Duration wait = bot.rateLimits() == null ? null : bot.rateLimits().remaining();
            throw DeliveryException.retryLater(what + ": no answer within " + config.requestTimeout().toSeconds()
                    + "s" + (wait == null ? "" : " (rate limited by Discord for " + seconds(wait) + " more)"), wait);
        } catch (ExecutionException e) {
            throw DiscordErrors.toDelivery(what, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw DeliveryException.retryLater(what + ": interrupted");
        }
    }

    private static String seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000) + "s";
    }
}
