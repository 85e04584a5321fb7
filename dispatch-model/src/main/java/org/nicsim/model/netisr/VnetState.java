package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/**
 * The VIMAGE side of netisr(9): which protocols the (single) vnet has stopped processing.
 * {@code netisr_unregister_vnet} purges every packet still queued for the protocol on any CPU;
 * until {@code netisr_register_vnet}, packets for it are freed on arrival (ENOPROTOOPT). The
 * protocol itself stays registered.
 */
final class VnetState {
    private final boolean[] disabled = new boolean[NetisrProto.NETISR_MAXPROT];

    void unregister(int proto, Workstream[] nws, MbufFreeListener freeListener) {
        disabled[proto] = true;
        for (Workstream ws : nws) {
            Workstream.Work w = ws.work[proto];
            while (!w.queue.isEmpty()) {
                freeListener.freed(w.queue.poll(), proto, FreeReason.VNET_PURGE);
            }
            ws.pendingBits &= ~(1 << proto);
        }
    }

    void register(int proto) {
        disabled[proto] = false;
    }

    boolean enabled(int proto) {
        return !disabled[proto];
    }

    /** Frees {@code m} if its protocol's vnet is stopped; true if it did. */
    boolean refused(int proto, Mbuf m, MbufFreeListener freeListener) {
        if (!disabled[proto]) {
            return false;
        }
        freeListener.freed(m, proto, FreeReason.VNET_DISABLED);
        return true;
    }
}
