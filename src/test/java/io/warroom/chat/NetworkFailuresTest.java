package io.warroom.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What Slack, Discord and PagerDuty failures read as in logs and notes, however deeply the cause is wrapped. */
class NetworkFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused: /127.0.0.1:9"), "connection refused"),
                Arguments.of(new UncheckedIOException(new UnknownHostException("slack.invalid")),
                        "unknown host slack.invalid"),
                Arguments.of(new SocketTimeoutException("Read timed out"), "timed out"),
                Arguments.of(new RuntimeException(new InterruptedIOException("timeout")), "timed out"),
                Arguments.of(new IOException("stream was reset: PROTOCOL_ERROR"),
                        "IOException: stream was reset: PROTOCOL_ERROR"),
                Arguments.of(new IllegalStateException(), "IllegalStateException"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void aFailureReadsAsItsShortReason(Throwable failure, String reason) {
        assertEquals(reason, NetworkFailures.describe(failure));
    }
}
