package org.nicsim.cosim;

import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.RunResult;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.wave.CycleEdges;

/**
 * How the engine advances simulated time: {@code model.run} cut at every cycle edge (waveform
 * windows), so an edge acts at its exact cycle whatever the slice length; with no edge inside the
 * budget a slice is one plain run, so edges never change timing.
 */
final class ModelClock {
    /** Cycles the driver may wait for one of its MMIO writes to reach the NIC. */
    static final long MMIO_DRAIN_CYCLES = 10_000;

    private final NicModel model;
    private CycleEdges edges = CycleEdges.NONE;

    ModelClock(NicModel model) {
        this.model = model;
    }

    void edges(CycleEdges edges) {
        this.edges = edges == null ? CycleEdges.NONE : edges;
    }

    /**
     * Runs up to {@code cycles} cycles, stopping early after an event in {@code stopMask}.
     *
     * @return cycles run
     */
    long run(long cycles, int stopMask) {
        long done = 0;
        while (done < cycles) {
            long now = model.cycle();
            long edge = edges.nextEdge(now);
            if (edge <= now) {
                edges.reached(now);
                continue;
            }
            long slice = Math.min(cycles - done, edge - now);
            RunResult r = model.run(slice, stopMask);
            done += r.cycles();
            if (r.stopped() || r.cycles() < slice) {
                break;
            }
        }
        long now = model.cycle();
        if (edges.nextEdge(now) <= now) {
            edges.reached(now);
        }
        return done;
    }

    /** {@link NicModel#mmioDrain} through {@link #run}, so a drain also stops at cycle edges. */
    void drainMmio() {
        long used = 0;
        while (model.mmioPending() > 0) {
            if (used >= MMIO_DRAIN_CYCLES) {
                throw new SimulationTimeoutException(model.mmioPending() + " MMIO operations still pending after "
                        + MMIO_DRAIN_CYCLES + " cycles (cycle " + model.cycle() + ")");
            }
            used += run(MMIO_DRAIN_CYCLES - used, EventKind.MMIO_IDLE.bit());
        }
    }
}
