package org.nicsim.wave;

/**
 * Simulated cycles {@code first} to {@code last}, both included, to trace.
 *
 * @param first first traced cycle
 * @param last  last traced cycle; {@link #OPEN_END} for "until the run ends"
 */
public record TraceWindow(long first, long last) {
    /** {@link #last} of a window that lasts until the run ends. */
    public static final long OPEN_END = Long.MAX_VALUE - 1;

    public TraceWindow {
        if (first < 0 || last < first || last > OPEN_END) {
            throw new IllegalArgumentException("trace window must satisfy 0 <= first <= last, got " + first + ".." + last);
        }
    }

    /** The whole run. */
    public static TraceWindow wholeRun() {
        return new TraceWindow(0, OPEN_END);
    }

    public boolean contains(long cycle) {
        return cycle >= first && cycle <= last;
    }

    public boolean openEnded() {
        return last == OPEN_END;
    }

    @Override
    public String toString() {
        return openEnded() ? first + "..end" : first + ".." + last;
    }
}
