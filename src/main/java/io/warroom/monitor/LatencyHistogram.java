package io.warroom.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Response times of many requests in fixed, log-spaced buckets, plus their exact sum: enough for the average and
 * for a percentile within one bucket, without keeping every request. Buckets end at 1, 1.25, 1.5, 1.75, 2, 2.5, 3,
 * 3.5, 4, 5, 6, 7, 8, 9 and 10 times each power of ten from 1 ms to 1000 s, so each spans at most a quarter of its
 * lower bound; the last one holds everything above 1000 s. Only buckets that were hit are kept.
 */
public final class LatencyHistogram {

    private static final long[] MULTIPLES = {1250, 1500, 1750, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 7000, 8000,
            9000, 10000};
    /** Upper bound (inclusive) of each bucket but the last, in microseconds. */
    private static final long[] UPPER = upperBounds();
    /** The number of buckets, the one above 1000 s included. */
    public static final int BUCKETS = UPPER.length + 1;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private final Map<Integer, Double> seconds = new HashMap<>();
    private long requests;
    private double totalSeconds;

    private static long[] upperBounds() {
        long[] upper = new long[1 + 6 * MULTIPLES.length];
        upper[0] = 1000;
        for (int decade = 0; decade < 6; decade++) {
            long scale = (long) Math.pow(10, decade);
            for (int i = 0; i < MULTIPLES.length; i++) {
                upper[1 + decade * MULTIPLES.length + i] = MULTIPLES[i] * scale;
            }
        }
        return upper;
    }

    /** The bucket a response time falls in: the first whose upper bound is at least the time. */
    static int bucketOf(long micros) {
        int found = Arrays.binarySearch(UPPER, micros);
        return found >= 0 ? found : -found - 1;
    }

    static long lowerMicros(int bucket) {
        return bucket == 0 ? 0 : UPPER[bucket - 1];
    }

    /** The upper bound; the last bucket has none and answers its lower bound. */
    static long upperMicros(int bucket) {
        return bucket < UPPER.length ? UPPER[bucket] : UPPER[UPPER.length - 1];
    }

    public void add(long micros) {
        add(bucketOf(micros), 1, micros / 1e6);
    }

    /** Adds a stored bucket's requests and their summed time. */
    public void add(int bucket, long count, double seconds) {
        if (bucket < 0 || bucket >= BUCKETS) {
            throw new IllegalArgumentException("no latency bucket " + bucket);
        }
        counts.merge(bucket, count, Long::sum);
        this.seconds.merge(bucket, seconds, Double::sum);
        requests += count;
        totalSeconds += seconds;
    }

    public void addAll(LatencyHistogram other) {
        other.counts.forEach((bucket, count) -> add(bucket, count, other.secondsIn(bucket)));
    }

    /** Requests by bucket, in bucket order. */
    public SortedMap<Integer, Long> counts() {
        return Collections.unmodifiableSortedMap(counts);
    }


    /** The summed response time of the requests in one bucket. */
    public double secondsIn(int bucket) {
        return seconds.getOrDefault(bucket, 0.0);
    }

    public long requests() {
        return requests;
    }

    public double totalSeconds() {
        return totalSeconds;
    }

    /** The mean response time in microseconds; 0 without requests. */
    public long averageMicros() {
        return requests == 0 ? 0 : Math.round(totalSeconds * 1e6 / requests);
    }

    /**
     * The response time below or at which {@code percent}% of the requests were answered (nearest rank), placed
     * linearly within its bucket. It exceeds a bucket bound exactly when the true percentile does.
     */
    public long percentileMicros(double percent) {
        if (requests == 0) {
            return 0;
        }
        long rank = Math.max(1, BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(requests))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact());
        long before = 0;
        for (var entry : counts.entrySet()) {
            long count = entry.getValue();
            if (before + count >= rank) {
                int bucket = entry.getKey();
                long lower = lowerMicros(bucket);
                long width = upperMicros(bucket) - lower;
                // Rounded up so a percentile in a bucket always lies above the bucket's lower bound.
                return lower + (long) Math.ceil((double) width * (rank - before) / count);
            }
            before += count;
        }
        return upperMicros(counts.lastKey());
    }
}
