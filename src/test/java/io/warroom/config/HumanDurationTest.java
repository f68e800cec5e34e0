package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HumanDurationTest {

    @Test
    void readsTheWaysPeopleWriteDurations() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), HumanDuration.parse("90s"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), HumanDuration.parse("15m"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), HumanDuration.parse("15 min"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), HumanDuration.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofDays(2)), HumanDuration.parse("2d"));
        assertEquals(Optional.of(Duration.ofDays(7)), HumanDuration.parse("1W"));
        assertEquals(Optional.of(Duration.ofMinutes(5)), HumanDuration.parse("PT5M"));
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertEquals(Optional.empty(), HumanDuration.parse("5"));
        assertEquals(Optional.empty(), HumanDuration.parse("five minutes"));
        assertEquals(Optional.empty(), HumanDuration.parse("5m;rm"));
        assertEquals(Optional.empty(), HumanDuration.parse(""));
        assertEquals(Optional.empty(), HumanDuration.parse("P5X"));
    }

    @Test
    void formatsShort() {
        assertEquals("1h30m", HumanDuration.format(Duration.ofMinutes(90)));
        assertEquals("1w1d", HumanDuration.format(Duration.ofDays(8)));
        assertEquals("45s", HumanDuration.format(Duration.ofSeconds(45)));
        assertEquals("0s", HumanDuration.format(Duration.ZERO));
    }
}
