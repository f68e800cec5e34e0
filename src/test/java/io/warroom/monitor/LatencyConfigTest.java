package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The global latency settings: the defaults make the documented rule, and unusable values name what to fix. */
class LatencyConfigTest {

    private record Settings(String statistic, Duration warning, Duration critical, Duration window,
            long minRequests) implements LatencyConfig {

        @Override
        public String checkEvery() {
            return "1m";
        }
    }

    private static Settings settings(String statistic, String warning, String critical, String window, long min) {
        return new Settings(statistic, Duration.parse(warning), Duration.parse(critical), Duration.parse(window),
                min);
    }

    @Test
    void theDefaultsJudgeTheAverageAboveOneAndThreeSecondsOverFiveMinutes() {
        assertEquals(new LatencyRule(LatencyStatistic.AVERAGE, Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofMinutes(5), 100, true), settings("avg", "PT1S", "PT3S", "PT5M", 100).defaults());
        assertEquals(new LatencyStatistic(99), settings("p99", "PT0.25S", "PT0.8S", "PT10M", 1).defaults()
                .statistic());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}: {5}")
    @CsvSource(delimiter = '|', value = {
            "median | PT1S | PT3S | PT5M | 100 | WARROOM_LATENCY_STATISTIC: `median` is neither avg nor a percentile "
                    + "such as p95 or p99",
            "avg | PT3S | PT1S | PT5M | 100 | WARROOM_LATENCY_CRITICAL: must be larger than WARROOM_LATENCY_WARNING "
                    + "(3 s)",
            "avg | PT1S | PT1S | PT5M | 100 | WARROOM_LATENCY_CRITICAL: must be larger than WARROOM_LATENCY_WARNING "
                    + "(1 s)",
            "avg | PT0S | PT3S | PT5M | 100 | WARROOM_LATENCY_WARNING: must be more than 0 and at most 10m (600s)",
            "avg | PT1S | PT11M | PT5M | 100 | WARROOM_LATENCY_CRITICAL: must be more than 0 and at most 10m (600s)",
            "avg | PT1S | PT3S | PT90S | 100 | WARROOM_LATENCY_WINDOW: must be whole minutes from 1m to 1h (response "
                    + "times are kept per minute)",
            "avg | PT1S | PT3S | PT2H | 100 | WARROOM_LATENCY_WINDOW: must be whole minutes from 1m to 1h (response "
                    + "times are kept per minute)",
            "avg | PT1S | PT3S | PT5M | 0 | WARROOM_LATENCY_MIN_REQUESTS: must be at least 1",
    })
    void unusableSettingsNameTheVariableToFix(String statistic, String warning, String critical, String window,
            long min, String message) {
        assertEquals(message, assertThrows(IllegalStateException.class,
                () -> settings(statistic, warning, critical, window, min).defaults()).getMessage());
    }
}
