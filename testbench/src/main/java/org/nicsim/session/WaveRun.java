package org.nicsim.session;

import java.util.Objects;
import org.nicsim.wave.WaveCapture;

/**
 * One run with its waveform.
 *
 * @param outcome how the run ended
 * @param wave    the waveform written, or null (off, or on-failure on a passing run)
 * @param note    why no waveform was written although one was asked for (e.g. the window lies
 *                after the run's end), or ""
 */
public record WaveRun(RunOutcome outcome, WaveCapture wave, String note) {
    public WaveRun {
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
    }
}
