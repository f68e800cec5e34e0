package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.chat.DeliveryException;
import io.warroom.chat.PlatformUnavailable;
import io.warroom.support.slack.FakeSlack;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table of Slack errors, and both call paths (the outbox's and the timeline's reads) following it. */
class SlackErrorsTest extends SdkOnFakeSlack {

    @ParameterizedTest(name = "HTTP {0}, error {1}, Retry-After {2} -> temporary {3}, wait {4}s, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # GIVEN HTTP | error code          | Retry-After | THEN temporary | wait (s) | reason                                    | class
            200          | ratelimited         | -           | true           | -        | Slack answered ratelimited                | rate_limited
            200          | rate_limited        | -           | true           | -        | Slack answered rate_limited               | rate_limited
            200          | internal_error      | -           | true           | -        | Slack answered internal_error             | server_error
            200          | fatal_error         | -           | true           | -        | Slack answered fatal_error                | server_error
            200          | service_unavailable | -           | true           | -        | Slack answered service_unavailable        | server_error
            200          | request_timeout     | -           | true           | -        | Slack answered request_timeout            | server_error
            200          | team_added_to_org   | -           | true           | -        | Slack answered team_added_to_org          | server_error
            200          | channel_not_found   | -           | false          | -        | Slack answered channel_not_found          | rejected
            200          | not_in_channel      | -           | false          | -        | Slack answered not_in_channel             | rejected
            200          | invalid_auth        | -           | false          | -        | Slack answered invalid_auth               | rejected
            429          | ratelimited         | 30          | true           | 30       | rate limited by Slack                     | rate_limited
            429          | -                   | soon        | true           | -        | rate limited by Slack                     | rate_limited
            500          | -                   | -           | true           | -        | Slack answered HTTP 500                   | server_error
            503          | -                   | 120         | true           | 120      | Slack answered HTTP 503                   | server_error
            0            | -                   | -           | true           | -        | no answer from Slack                      | unreachable
            400          | invalid_arguments   | -           | false          | -        | Slack answered HTTP 400 invalid_arguments | rejected
            403          | -                   | -           | false          | -        | Slack answered HTTP 403                   | rejected
            404          | -                   | 5           | false          | -        | Slack answered HTTP 404                   | rejected
            """)
    void theTable(int status, String error, String retryAfter, boolean temporary, Long waitSeconds, String reason,
            String reasonClass) {
        SlackErrors.Failure failure = SlackErrors.classify(status, error, retryAfter);
        assertEquals(temporary, failure.temporary());
        assertEquals(waitSeconds == null ? null : Duration.ofSeconds(waitSeconds), failure.retryAfter());
        assertEquals(reason, failure.reason());
        assertEquals(reasonClass, failure.kind().label(), "the class warroom_deliveries_failed_total counts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # GIVEN the Web API answers   | THEN temporary | wait (s) | reason
            HTTP 429 Retry-After 7        | true           | 7        | rate limited by Slack
            ok:false fatal_error          | true           | -        | Slack answered fatal_error
            ok:false ratelimited          | true           | -        | Slack answered ratelimited
            ok:false channel_not_found    | false          | -        | Slack answered channel_not_found
            HTTP 500                      | true           | -        | Slack answered HTTP 500
            HTTP 503 Retry-After 20       | true           | 20       | Slack answered HTTP 503
            HTTP 400                      | false          | -        | Slack answered HTTP 400
            """)
    void bothCallPathsClassifyTheSameWireAnswerTheSameWay(String answer, boolean temporary, Long waitSeconds,
            String reason) throws Exception {
        Duration wait = waitSeconds == null ? null : Duration.ofSeconds(waitSeconds);

        script(answer, "chat.postMessage");
        DeliveryException delivery = assertThrows(DeliveryException.class, () -> SlackCalls.call("post",
                () -> methods.chatPostMessage(r -> r.channel(FakeSlack.GENERAL).text("x"))));
        assertEquals(temporary, delivery.retryable());
        assertEquals(wait, delivery.retryAfter());
        assertEquals("post: " + reason, delivery.getMessage());

        script(answer, "conversations.history");
        SlackMessages.Call<com.slack.api.methods.response.conversations.ConversationsHistoryResponse> read =
                () -> methods.conversationsHistory(r -> r.channel(FakeSlack.GENERAL).limit(1));
        if (temporary) {
            PlatformUnavailable unavailable = assertThrows(PlatformUnavailable.class,
                    () -> SlackMessages.call("conversations.history", read));
            assertEquals(Optional.ofNullable(wait), unavailable.retryAfter());
            assertEquals("conversations.history: " + reason, unavailable.getMessage());
        } else {
            assertEquals(Optional.empty(), SlackMessages.call("conversations.history", read));
        }
        assertTrue(SlackMessages.call("conversations.history", read).isPresent(), "answered once the failure passed");
    }

    private void script(String answer, String method) {
        String[] words = answer.split(" ");
        if (words[0].equals("ok:false")) {
            fake.failNext(method, words[1]);
            return;
        }
        int status = Integer.parseInt(words[1]);
        Integer retryAfter = words.length > 3 ? Integer.valueOf(words[3]) : null;
        fake.failNext(1, status, retryAfter);
    }
}
