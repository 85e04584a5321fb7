package org.nicsim.wave;

/**
 * Cycles at which something outside the engine must act with the model stopped exactly there —
 * waveform tracing switched on or off at the edges of a cycle window. The engine caps
 * every stretch of simulated time it controls (the service slices and its MMIO drains) at the next
 * edge, so acting there changes nothing about the run: cutting a run of n cycles into two runs
 * whose lengths add up to n, with no host action in between, simulates the same cycles.
 *
 * <p>Time also passes inside blocking MMIO reads (driver attach, the idle poll at the end of a
 * run, the final counter reads); an edge that falls inside one is reported when the read returns,
 * with the cycle reached then.
 */
public interface CycleEdges {
    /** No edges: the engine runs exactly as without this hook. */
    CycleEdges NONE = new CycleEdges() {
        @Override
        public long nextEdge(long now) {
            return Long.MAX_VALUE;
        }

        @Override
        public void reached(long now) {
        }
    };

    /**
     * @param now the model's current cycle
     * @return the first edge at or after {@code now}, or {@link Long#MAX_VALUE} when none is left
     */
    long nextEdge(long now);

    /**
     * Called with the model stopped at cycle {@code now} once {@code now >= nextEdge(now')} for the
     * last answer; afterwards {@link #nextEdge(long)} must answer a later cycle. May throw to end
     * the run early; whoever installed the hook catches it.
     *
     * @param now the model's current cycle
     */
    void reached(long now);
}
