package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HumanDurationTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # written  | duration
            90s        | PT1M30S
            15m        | PT15M
            15 min     | PT15M
            1h30m      | PT1H30M
            2d         | PT48H
            1W         | PT168H
            PT5M       | PT5M
            """)
    void readsTheWaysPeopleWriteDurations(String written, Duration expected) {
        assertEquals(Optional.of(expected), HumanDuration.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(strings = {"5", "five minutes", "5m;rm", "", "P5X"})
    void refusesWhatIsNotADuration(String written) {
        assertEquals(Optional.empty(), HumanDuration.parse(written));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # duration | written
            PT1H30M    | 1h30m
            P8D        | 1w1d
            PT45S      | 45s
            PT0S       | 0s
            """)
    void formatsShort(Duration duration, String expected) {
        assertEquals(expected, HumanDuration.format(duration));
    }
}
