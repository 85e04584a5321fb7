package org.nicsim.model.netisr;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.IntConsumer;

import org.nicsim.model.CpuContext;
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

    /** {@code netisr_queue_workstream}. */
    int enqueue(int proto, Mbuf m, MbufFreeListener freeListener) {
        Work w = work[proto];
        if (w.queue.size() >= w.qlimit) {
            w.qdrops++;
            freeListener.freed(m, proto, FreeReason.QUEUE_FULL);
            return Errno.ENOBUFS;
        }
        w.queue.add(m);
        w.watermark = Math.max(w.watermark, w.queue.size());
        w.effectiveDepthWatermark = Math.max(w.effectiveDepthWatermark, w.queue.size() + w.inBatch);
        pendingBits |= 1 << proto;
        if (!busy()) {
            flags |= NWS_SCHEDULED;
        }
        w.queued++;
        return Errno.OK;
    }

    /** {@code netisr_process_workstream_proto}: the whole queue becomes a local batch. */
    int process(int proto, NetisrHandler h) {
        Work w = work[proto];
        int n = w.queue.size();
        if (n == 0) {
            return 0;
        }
        Mbuf[] batch = w.queue.toArray(new Mbuf[0]);
        w.queue.clear();
        pendingBits &= ~(1 << proto);
        CpuContext ctx = CpuContext.netisr(cpu);
        w.inBatch = n;
        try {
            for (Mbuf m : batch) {
                h.handler().handle(m, ctx);
                w.inBatch--; // the packet in the handler still counts as outstanding
            }
        } finally {
            w.inBatch = 0;
        }
        if (h.drainedcpu() != null) {
            h.drainedcpu().drained(cpu);
        }
        w.handled += n;
        return n;
    }

    /** {@code swi_net}: one run of this CPU's worker (see {@link Netisr#runWorker}). */
    int run(NetisrProtocols protocols, List<IntConsumer> rollups) {
        if ((flags & NWS_RUNNING) != 0) {
            throw new IllegalStateException("cpu " + cpu + ": worker already running (runWorker called from a handler)");
        }
        if ((flags & NWS_DISPATCHING) != 0) {
            return 0;
        }
        flags |= NWS_RUNNING;
        flags &= ~NWS_SCHEDULED;
        int total = 0;
        try {
            int bits;
            while ((bits = pendingBits) != 0) {
                while (bits != 0) {
                    int proto = Integer.numberOfTrailingZeros(bits);
                    bits &= ~(1 << proto);
                    total += process(proto, protocols.registered(proto));
                }
            }
        } finally {
            flags &= ~NWS_RUNNING;
        }
        if (total > 0) {
            for (IntConsumer r : rollups) {
                r.accept(cpu);
            }
        }
        return total;
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
