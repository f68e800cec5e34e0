package io.warroom.discord;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.chat.DeliveryException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** How a failed Discord call is handed to the outbox: retried later, or given up with a reason. */
class DiscordErrorsTest {

    @Test
    void rateLimitsAreRetriedAfterTheWaitDiscordAskedFor() {
        DeliveryException e = DiscordErrors.toDelivery("post", new RateLimitedException("channels/1/messages", 3500));
        assertTrue(e.retryable());
        assertEquals(Duration.ofMillis(3500), e.retryAfter());
    }

    @Test
    void serverErrorsTimeoutsAndNetworkTroubleAreRetried() {
        assertTrue(DiscordErrors.toDelivery("post", http(502, 0, "Bad Gateway")).retryable());
        assertTrue(DiscordErrors.toDelivery("post", new TimeoutException()).retryable());
        DeliveryException network = DiscordErrors.toDelivery("post", ErrorResponseException.create(
                ErrorResponse.SERVER_ERROR, new Response(new ConnectException("Connection refused"), Set.of())));
        assertTrue(network.retryable());
        assertThat(network.getMessage(), containsString("connection refused"));
    }

    @Test
    void refusalsAreGivenUpWithDiscordsReason() {
        DeliveryException e = DiscordErrors.toDelivery("post in #inc-1", http(403, 50013, "Missing Permissions"));
        assertFalse(e.retryable());
        assertEquals("post in #inc-1: Discord answered 403 (50013 Missing Permissions)", e.getMessage());
    }

    private static ErrorResponseException http(int status, int code, String message) {
        okhttp3.Response raw = new okhttp3.Response.Builder().request(new Request.Builder()
                .url("http://127.0.0.1/api/v10/channels/1/messages").build()).protocol(Protocol.HTTP_1_1)
                .code(status).message(message)
                .body(ResponseBody.create("{\"code\":" + code + ",\"message\":\"" + message + "\"}",
                        MediaType.get("application/json")))
                .build();
        return ErrorResponseException.create(ErrorResponse.fromCode(code), new Response(raw, -1, Set.of()));
    }
}
