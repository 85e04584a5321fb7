package org.nicsim.wave;

import org.nicsim.cosim.CoSimResult;

/**
 * One co-simulation run with its waveform.
 *
 * @param result  the run's result; null when the simulation itself failed
 * @param failure what made the simulation fail (stall, RTL fatal, MMIO timeout, driver error), or null
 * @param wave    the waveform written, or null (off, or on-failure on a passing run)
 * @param note    why no waveform was written although one was asked for (e.g. the window lies
 *                after the run's end), or ""
 */
public record WaveRun(CoSimResult result, RuntimeException failure, WaveCapture wave, String note) {
    public WaveRun {
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("a run has either a result or a failure");
        }
        note = note == null ? "" : note;
    }

    /** The result, or the failure thrown. */
    public CoSimResult resultOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
