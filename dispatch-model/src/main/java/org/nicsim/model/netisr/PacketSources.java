package org.nicsim.model.netisr;

import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/**
 * The packet-source half of netisr: {@code netisr_dispatch_src} and {@code netisr_queue_src},
 * which decide per packet between running the handler now and queueing on a workstream. Kept apart
 * from {@link Netisr}'s registration, worker and counter surface because this is where the
 * dispatch policies (DIRECT / HYBRID / DEFERRED) and the VIMAGE refusal meet.
 */
final class PacketSources {
    private final NetisrProtocols protocols;
    private final Workstream[] nws;
    private final CpuSelect select;
    private final VnetState vnet;

    PacketSources(NetisrProtocols protocols, Workstream[] nws, CpuSelect select, VnetState vnet) {
        this.protocols = protocols;
        this.nws = nws;
        this.select = select;
        this.vnet = vnet;
    }

    /** {@code netisr_dispatch_src} under {@code policy}, the one in force for {@code proto}. */
    int dispatch(CpuContext ctx, int proto, NetisrDispatch policy, long source, Mbuf m, MbufFreeListener freed) {
        NetisrHandler h = protocols.registered(proto);
        if (vnet.refused(proto, m, freed)) {
            return Errno.ENOPROTOOPT;
        }
        if (policy == NetisrDispatch.DEFERRED) {
            return queue(ctx, proto, source, m, freed);
        }
        Workstream here = nws[ctx.cpu()];
        if (policy == NetisrDispatch.DIRECT) {
            // No CPU selection; the current CPU's counters are borrowed even without a worker there.
            Workstream.Work w = here.work[proto];
            w.dispatched++;
            w.handled++;
            h.handler().handle(m, ctx);
            return Errno.OK;
        }
        CpuSelect.Selection s = select.selectCpuid(h, NetisrDispatch.HYBRID, source, m, ctx.cpu());
        if (s.mbuf() == null) {
            freed.freed(m, proto, FreeReason.POLICY_DROP);
            return Errno.ENOBUFS;
        }
        if (s.cpu() != ctx.cpu()) {
            return nws[s.cpu()].enqueue(proto, s.mbuf(), freed);
        }
        if (here.busy()) {
            return here.enqueue(proto, s.mbuf(), freed);
        }
        // This thread becomes the worker for the duration of the handler.
        here.flags |= Workstream.NWS_DISPATCHING;
        try {
            h.handler().handle(s.mbuf(), ctx);
        } finally {
            here.flags &= ~Workstream.NWS_DISPATCHING;
        }
        Workstream.Work w = here.work[proto];
        w.handled++;
        w.hybridDispatched++;
        if (here.pendingBits != 0) {
            here.flags |= Workstream.NWS_SCHEDULED; // work arrived meanwhile: wake the worker
        }
        return Errno.OK;
    }

    /** {@code netisr_queue_src}: select a CPU and queue there (never runs the handler now). */
    int queue(CpuContext ctx, int proto, long source, Mbuf m, MbufFreeListener freed) {
        NetisrHandler h = protocols.registered(proto);
        if (vnet.refused(proto, m, freed)) {
            return Errno.ENOPROTOOPT;
        }
        CpuSelect.Selection s = select.selectCpuid(h, NetisrDispatch.DEFERRED, source, m, ctx.cpu());
        if (s.mbuf() == null) {
            freed.freed(m, proto, FreeReason.POLICY_DROP);
            return Errno.ENOBUFS;
        }
        return nws[s.cpu()].enqueue(proto, s.mbuf(), freed);
    }
}
