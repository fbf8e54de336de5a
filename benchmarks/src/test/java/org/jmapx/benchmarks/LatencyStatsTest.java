package org.jmapx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    @Test
    void nearestRankPercentilesOfOneToHundred() {
        LatencyStats stats = LatencyStats.of(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.percentileNanos(50)).isEqualTo(50);
        assertThat(stats.percentileNanos(95)).isEqualTo(95);
        assertThat(stats.percentileNanos(99)).isEqualTo(99);
        assertThat(stats.maxNanos()).isEqualTo(100);
        assertThat(stats.percentileNanos(0.001)).isEqualTo(1);
    }

    @Test
    void smallSamples() {
        assertThat(LatencyStats.of(new long[] {4, 1, 3, 2}).percentileNanos(50)).isEqualTo(2);
        assertThat(LatencyStats.of(new long[] {7}).percentileNanos(99)).isEqualTo(7);
        assertThat(LatencyStats.of(new long[] {1_500_000}).p50Millis()).isEqualTo(1.5);
    }

    @Test
    void mergeKeepsEverySample() {
        LatencyStats merged = LatencyStats.merge(LatencyStats.of(new long[] {10, 30}), LatencyStats.of(new long[] {20, 40}));

        assertThat(merged.count()).isEqualTo(4);
        assertThat(merged.percentileNanos(50)).isEqualTo(20);
        assertThat(merged.maxNanos()).isEqualTo(40);
    }

    @Test
    void recorderGrows() {
        LatencyStats.Recorder recorder = new LatencyStats.Recorder();
        for (int i = 0; i < 10_000; i++) {
            recorder.record(i);
        }
        assertThat(recorder.toArray()).hasSize(10_000).endsWith(9_999L);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0]).percentileNanos(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LatencyStats.of(new long[] {1}).percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.of(new long[] {1}).percentileNanos(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
