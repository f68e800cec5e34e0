package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response times in fixed buckets: what the average and a percentile come out as, and how thresholds read. */
class LatencyHistogramTest {

    private static LatencyHistogram of(long count, long micros, LatencyHistogram into) {
        for (long i = 0; i < count; i++) {
            into.add(micros);
        }
        return into;
    }

    @ParameterizedTest(name = "{0} µs falls in the bucket ({1}, {2}]")
    @CsvSource({
            "0, 0, 1000",
            "1000, 0, 1000",
            "1001, 1000, 1250",
            "61000, 60000, 70000",
            "999999, 900000, 1000000",
            "1000000, 900000, 1000000",
            "1000001, 1000000, 1250000",
            "3000000, 2500000, 3000000",
            "4200000, 4000000, 5000000",
            "1000000000, 900000000, 1000000000",
    })
    void aResponseTimeFallsInTheBucketWhoseBoundsHoldIt(long micros, long lower, long upper) {
        int bucket = LatencyHistogram.bucketOf(micros);
        assertEquals(lower, LatencyHistogram.lowerMicros(bucket));
        assertEquals(upper, LatencyHistogram.upperMicros(bucket));
    }

    @Test
    void everythingAboveAThousandSecondsSharesTheLastBucket() {
        assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.bucketOf(1_000_000_001L));
        assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.bucketOf(999_999_999_999L));
        assertEquals(86, LatencyHistogram.BUCKETS);
    }

    @Test
    void noBucketIsWiderThanAQuarterOfItsLowerBound() {
        for (int b = 1; b < LatencyHistogram.BUCKETS - 1; b++) {
            long lower = LatencyHistogram.lowerMicros(b);
            assertTrue(LatencyHistogram.upperMicros(b) - lower <= lower / 4, "bucket " + b);
        }
    }

    @Test
    void theAverageIsExactAndAPercentileLiesWithinItsBucket() {
        LatencyHistogram requests = of(180, 120_000, new LatencyHistogram());
        of(20, 4_200_000, requests);
        assertEquals(200, requests.requests());
        assertEquals((180 * 0.12 + 20 * 4.2) / 200 * 1e6, requests.averageMicros(), 1);
        // The 190th of 200 is the 10th of 20 in (4 s, 5 s]: placed halfway.
        assertEquals(4_500_000, requests.percentileMicros(95));
        assertEquals(113_889, requests.percentileMicros(50), "the 100th of 180 in (100 ms, 125 ms]");
        assertEquals(5_000_000, requests.percentileMicros(99.9), "the last of 200, at the top of its bucket");
    }

    @Test
    void aPercentileExceedsABucketBoundExactlyWhenTheRequestsDo() {
        // 95 at exactly 3 s and 5 just above: p95 is 3 s, not above it.
        LatencyHistogram atTheBound = of(95, 3_000_000, new LatencyHistogram());
        of(5, 3_000_001, atTheBound);
        assertTrue(atTheBound.percentileMicros(95) <= 3_000_000);
        // One more slow request makes the 95th slower than 3 s.
        LatencyHistogram justAbove = of(94, 3_000_000, new LatencyHistogram());
        of(6, 3_000_001, justAbove);
        assertTrue(justAbove.percentileMicros(95) > 3_000_000);
    }

    @Test
    void mergedMinutesAreOneHistogram() {
        LatencyHistogram minute1 = of(10, 50_000, new LatencyHistogram());
        LatencyHistogram minute2 = of(10, 2_000_000, new LatencyHistogram());
        LatencyHistogram window = new LatencyHistogram();
        window.addAll(minute1);
        window.addAll(minute2);
        assertEquals(20, window.requests());
        assertEquals(1_025_000, window.averageMicros());
        assertEquals(0.5, window.secondsIn(LatencyHistogram.bucketOf(50_000)), 1e-9);
        assertEquals(0, new LatencyHistogram().percentileMicros(95));
    }

    @ParameterizedTest(name = "`{0}` is the statistic {1}")
    @CsvSource({"avg, avg, average response time", "AVERAGE, avg, average response time",
            "p95, p95, p95 response time", "P99, p99, p99 response time", "p99.9, p99.9, p99.9 response time",
            "p50, p50, p50 response time"})
    void statisticsAreTheAverageOrAPercentile(String text, String label, String described) {
        LatencyStatistic statistic = LatencyStatistic.parse(text).orElseThrow();
        assertEquals(label, statistic.label());
        assertEquals(described, statistic.describe());
    }

    @ParameterizedTest
    @CsvSource({"p100", "p0", "p0.5", "median", "95", "p95.55", "''"})
    void otherStatisticsAreRefused(String text) {
        assertEquals(Optional.empty(), LatencyStatistic.parse(text));
    }

    @ParameterizedTest(name = "`{0}` reads as {1} ms")
    @CsvSource({"800ms, 800", "1s, 1000", "2.5s, 2500", "0.25 s, 250", "1.5ms, 1.5", "3S, 3000"})
    void thresholdsAreWrittenInMillisecondsOrSeconds(String text, double millis) {
        assertEquals(Duration.ofNanos((long) (millis * 1_000_000)), ResponseTime.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"1", "1m", "fast", "-1s", "1.2345s", "1,5s"})
    void otherThresholdsAreRefused(String text) {
        assertEquals(Optional.empty(), ResponseTime.parse(text));
    }

    @ParameterizedTest(name = "{0} µs shows as {1}")
    @CsvSource({"0, 0 ms", "400, 0 ms", "850000, 850 ms", "999499, 999 ms", "999500, 1 s", "1000000, 1 s",
            "4200000, 4.2 s", "2250000, 2.25 s", "3041000, 3.04 s", "37540000, 37.5 s"})
    void responseTimesShowInMillisecondsBelowASecondAndInSecondsAbove(long micros, String shown) {
        assertEquals(shown, ResponseTime.format(micros));
    }
}
