package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one retry policy every outbox lane follows, chat or PagerDuty. */
class BackoffTest {

    @ParameterizedTest(name = "after {0} earlier failures, cap {1}s, Retry-After {2}s: wait {3}s")
    @CsvSource(nullValues = "none", textBlock = """
            0,   60,  none, 1
            1,   60,  none, 2
            5,   60,  none, 32
            6,   60,  none, 60
            40,  300, none, 300
            0,   60,  30,   30
            5,   60,  2,    2
            9,   60,  120,  120
            """)
    void doublesFromOneSecondUpToTheCapOrWaitsExactlyTheRetryAfterNamed(int failedBefore, long capSeconds,
            Long retryAfterSeconds, long waitSeconds) {
        Duration retryAfter = retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds);
        assertEquals(Duration.ofSeconds(waitSeconds),
                Backoff.after(failedBefore, Duration.ofSeconds(capSeconds), retryAfter));
    }

    @Test
    void aRetryAfterOfZeroStillWaitsAQuarterSecond() {
        assertEquals(Duration.ofMillis(250), Backoff.after(3, Duration.ofSeconds(60), Duration.ZERO));
    }
}
