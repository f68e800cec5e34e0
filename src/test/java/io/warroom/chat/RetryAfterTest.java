package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Retry-After a Slack, Discord or PagerDuty answer may carry, and how long the outbox then waits. */
class RetryAfterTest {

    static final Instant NOW = Instant.parse("2025-01-07T10:00:00Z");

    @ParameterizedTest(name = "Retry-After [{0}] waits {1} ms")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            120                           | 120000
            0                             | 0
            ' 30 '                        | 30000
            1.5                           | 1500
            0.001                         | 1
            0.0004                        | 1
            Tue, 07 Jan 2025 10:01:30 GMT | 90000
            Tue, 07 Jan 2025 09:59:00 GMT | 0
            86400                         | 86400000
            999999999999                  | 86400000
            Fri, 01 Jan 2100 00:00:00 GMT | 86400000
            Mon, 07 Jan 2025 10:01:30 GMT | none
            -5                            | none
            -0.5                          | none
            1e3                           | none
            NaN                           | none
            Infinity                      | none
            soon                          | none
            12 seconds                    | none
            ''                            | none
            none                          | none
            """)
    void readsSecondsDecimalsAndDatesAndNothingElse(String header, Long millis) {
        assertEquals(Optional.ofNullable(millis).map(Duration::ofMillis), RetryAfter.parse(header, NOW));
    }
}
