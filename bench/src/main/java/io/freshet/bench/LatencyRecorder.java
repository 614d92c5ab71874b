package io.freshet.bench;

import org.HdrHistogram.Histogram;

/** Latencies of individual statements, in microseconds with three significant digits. */
final class LatencyRecorder {
    private final Histogram histogram = new Histogram(60_000_000L, 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos / 1000, histogram.getHighestTrackableValue())));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency at {@code percentile} (0 to 100) in milliseconds, or 0 when nothing was recorded. */
    double percentileMs(double percentile) {
        return count() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double meanMs() {
        return count() == 0 ? 0 : histogram.getMean() / 1000.0;
    }

    double maxMs() {
        return count() == 0 ? 0 : histogram.getMaxValue() / 1000.0;
    }
}
