package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

    /** Minutes in, minutes out; fixtures worked by hand with h = (n - 1) * p. */
    @ParameterizedTest(name = "median and p90 of [{0}] are {1} and {2} minutes")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # GIVEN minutes           | THEN median | THEN p90
            ''                        | none        | none
            42                        | 42          | 42
            10 20                     | 15          | 19
            30 10 20                  | 20          | 28
            10 20 30 40               | 25          | 37
            1 2 3 4 5 6 7 8 9 10      | 5.5         | 9.1
            5 5 5 100                 | 5           | 71.5
            90 10 70 30 50            | 50          | 82
            """)
    void medianAndP90InterpolateLinearlyBetweenClosestRanks(String minutes, Double median, Double p90) {
        List<Duration> values = minutes.isBlank() ? List.of()
                : Arrays.stream(minutes.split(" ")).map(m -> Duration.ofMinutes(Long.parseLong(m))).toList();

        assertEquals(minutes(median), Percentiles.median(values));
        assertEquals(minutes(p90), Percentiles.p90(values));
    }

    @ParameterizedTest(name = "percentile {0} of 10..40 is {1} minutes")
    @CsvSource(textBlock = """
            0,    10
            1,    40
            0.25, 17.5
            """)
    void extremesAreTheSmallestAndLargestValue(double p, double expected) {
        List<Duration> values = List.of(Duration.ofMinutes(40), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(30));

        assertEquals(minutes(expected), Percentiles.percentile(values, p));
    }

    @ParameterizedTest(name = "percentile {0} is refused")
    @CsvSource({"-0.1", "1.5", "90"})
    void percentileOutsideZeroToOneIsRefused(double p) {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(List.of(Duration.ZERO), p));
    }

    @ParameterizedTest(name = "{0} ms and {1} ms have median {2} ms")
    @CsvSource({"1, 2, 2", "1000, 1001, 1001", "0, 3, 2"})
    void medianIsRoundedToTheNearestMillisecondHalfUp(long a, long b, long expected) {
        assertEquals(Optional.of(Duration.ofMillis(expected)),
                Percentiles.median(List.of(Duration.ofMillis(a), Duration.ofMillis(b))));
    }

    private static Optional<Duration> minutes(Double minutes) {
        return minutes == null ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(minutes * 60_000)));
    }
}
