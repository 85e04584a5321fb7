package org.nicsim.wave;

/**
 * Cycles to waveform time. The bridge dumps cycle c at {@code 4c} ns (inputs driven, clock low)
 * and {@code 4c + 2} ns (rising edge): a nominal 250 MHz clock. Its FST files use the model's
 * time precision, 1 ps (checked by the waveform tests against the dump's {@code $timescale}), so
 * a GTKWave save file gives times in ps.
 */
public final class WaveTime {
    /** Picoseconds per clock cycle (4 ns). */
    public static final long PS_PER_CYCLE = 4000;

    private WaveTime() {
    }

    /** The time at which cycle {@code cycle} starts, in ps. */
    public static long ps(long cycle) {
        return Math.multiplyExact(cycle, PS_PER_CYCLE);
    }

    /** The time of the rising clock edge of {@code cycle}, in ps. */
    public static long risingEdgePs(long cycle) {
        return ps(cycle) + PS_PER_CYCLE / 2;
    }
}
