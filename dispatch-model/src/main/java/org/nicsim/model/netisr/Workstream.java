package org.nicsim.model.netisr;

import java.util.ArrayDeque;

import org.nicsim.model.Mbuf;

/** One CPU's {@code struct netisr_workstream}: flags, pending bits and a queue per protocol. */
final class Workstream {
    static final int NWS_RUNNING = 0x1;
    static final int NWS_DISPATCHING = 0x2;
    static final int NWS_SCHEDULED = 0x4;

    final int cpu;
    int flags;
    int pendingBits;
    final Work[] work = new Work[NetisrProto.NETISR_MAXPROT];

    Workstream(int cpu) {
        this.cpu = cpu;
        for (int p = 0; p < work.length; p++) {
            work[p] = new Work();
        }
    }

    boolean busy() {
        return (flags & (NWS_RUNNING | NWS_DISPATCHING | NWS_SCHEDULED)) != 0;
    }

    /** {@code struct netisr_work}: one protocol's queue and counters on this CPU. */
    static final class Work {
        final ArrayDeque<Mbuf> queue = new ArrayDeque<>();
        /** Packets the worker took from the queue and has not finished handling. */
        int inBatch;
        long watermark;
        long qlimit;
        long dispatched;
        long hybridDispatched;
        long qdrops;
        long queued;
        long handled;
        long effectiveDepthWatermark;

        void reset() {
            queue.clear();
            inBatch = 0;
            watermark = qlimit = dispatched = hybridDispatched = qdrops = queued = handled = 0;
            effectiveDepthWatermark = 0;
        }

        NetisrWorkStats snapshot() {
            return new NetisrWorkStats(queue.size(), watermark, qlimit, dispatched, hybridDispatched, qdrops,
                    queued, handled, effectiveDepthWatermark);
        }
    }
}
