package org.nicsim.wave;

/**
 * Which cycles to trace around a failure. The scoreboard notes a frame's mismatch when the host
 * checks the write-back (or the handler runs), which is after the hardware did the work; the
 * hardware saw the frame from the cycle it was queued at the RX stream. So the window starts
 * {@code marginBefore} cycles before that cycle and ends {@code marginAfter} after the check.
 */
public final class FailureWindow {
    private FailureWindow() {
    }

    /**
     * @param hardwareFrom first cycle the hardware worked on the failure (frame queued), -1 if unknown
     * @param found        cycle the failure was found at
     * @param runStart     first cycle of the run proper (after attach): a window starting earlier
     *                     is moved to cycle 0 (the trace starts right after reset, attach included),
     *                     because attach's blocking register reads cannot be cut at a cycle
     * @param last         last cycle to trace, or {@link TraceWindow#OPEN_END}
     */
    public static TraceWindow around(long hardwareFrom, long found, long runStart, long last, WaveSettings s) {
        long anchor = hardwareFrom >= 0 ? Math.min(hardwareFrom, found) : found;
        long first = Math.max(0, anchor - s.marginBefore());
        if (first < runStart) {
            first = 0;
        }
        return new TraceWindow(first, Math.max(first, last));
    }

    /** The window around a scoreboard mismatch. */
    public static TraceWindow around(long hardwareFrom, long found, long runStart, WaveSettings s) {
        long last = found > TraceWindow.OPEN_END - s.marginAfter() ? TraceWindow.OPEN_END : found + s.marginAfter();
        return around(hardwareFrom, found, runStart, last, s);
    }
}
