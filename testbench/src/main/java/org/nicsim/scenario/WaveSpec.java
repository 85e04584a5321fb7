package org.nicsim.scenario;

import java.util.Objects;

/**
 * Waveform recording ({@code wave}): {@code "off"}, {@code "on"}, {@code "on-failure"}, or
 * {@code "window:A-B"} for simulated cycles A to B inclusive.
 *
 * @param mode when to record
 * @param windowStart first cycle of the window (0 unless {@code mode} is WINDOW)
 * @param windowEnd last cycle of the window (0 unless {@code mode} is WINDOW)
 */
public record WaveSpec(WaveMode mode, long windowStart, long windowEnd) {

    public WaveSpec {
        Objects.requireNonNull(mode, "mode");
        if (mode != WaveMode.WINDOW && (windowStart != 0 || windowEnd != 0)) {
            throw new IllegalArgumentException("a cycle window only goes with mode WINDOW");
        }
        if (windowStart < 0 || windowEnd < windowStart) {
            throw new IllegalArgumentException("window must satisfy 0 <= start <= end");
        }
    }

    /** Waveforms off. */
    public static WaveSpec off() {
        return new WaveSpec(WaveMode.OFF, 0, 0);
    }

    /** The JSON spelling, e.g. {@code "window:1000-2000"}. */
    public String jsonString() {
        return mode == WaveMode.WINDOW ? "window:" + windowStart + "-" + windowEnd : mode.jsonName();
    }
}
