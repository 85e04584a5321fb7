package org.nicsim.model.netisr;

/**
 * The registered protocols ({@code netisr_proto[]}) and their per-protocol settings: qlimit and
 * the qdrops counters summed over the workstreams.
 */
final class NetisrProtocols {
    private final NetisrConfig config;
    private final Workstream[] nws;
    private final NetisrHandler[] protos = new NetisrHandler[NetisrProto.NETISR_MAXPROT];
    private final long[] protoQlimit = new long[NetisrProto.NETISR_MAXPROT];

    NetisrProtocols(NetisrConfig config, Workstream[] nws) {
        this.config = config;
        this.nws = nws;
    }

    void register(NetisrHandler h) {
        HandlerRules.check(h, protos);
        long qlimit;
        if (h.qlimit() == 0) {
            qlimit = config.defaultQlimit();
        } else {
            qlimit = Math.min(h.qlimit(), config.maxQlimit()); // capped, as FreeBSD (with a console note)
        }
        protos[h.proto()] = h;
        protoQlimit[h.proto()] = qlimit;
        for (Workstream ws : nws) {
            Workstream.Work w = ws.work[h.proto()];
            w.reset();
            w.qlimit = qlimit;
        }
    }

    /** {@code netisr_unregister}: drains and frees queued packets, forgets the protocol's counters. */
    void unregister(int proto, MbufFreeListener freeListener) {
        NetisrHandler h = registered(proto);
        for (Workstream ws : nws) {
            Workstream.Work w = ws.work[proto];
            while (!w.queue.isEmpty()) {
                freeListener.freed(w.queue.poll(), proto, FreeReason.UNREGISTER);
            }
            w.reset();
            ws.pendingBits &= ~(1 << proto);
        }
        protos[proto] = null;
        protoQlimit[proto] = 0;
        assert h != null;
    }

    boolean isRegistered(int proto) {
        return proto >= 1 && proto < NetisrProto.NETISR_MAXPROT && protos[proto] != null;
    }

    /** {@code netisr_getqlimit}. */
    int getqlimit(int proto) {
        registered(proto);
        return (int) protoQlimit[proto];
    }

    /** {@code netisr_setqlimit}: {@link Errno#EINVAL} unless 1 &lt;= qlimit &lt;= maxqlimit. */
    int setqlimit(int proto, int qlimit) {
        registered(proto);
        if (qlimit < 1 || qlimit > config.maxQlimit()) {
            return Errno.EINVAL;
        }
        protoQlimit[proto] = qlimit;
        for (Workstream ws : nws) {
            ws.work[proto].qlimit = qlimit;
        }
        return Errno.OK;
    }

    /** {@code netisr_getqdrops}: summed over CPUs. */
    long getqdrops(int proto) {
        registered(proto);
        long sum = 0;
        for (Workstream ws : nws) {
            sum += ws.work[proto].qdrops;
        }
        return sum;
    }

    /** {@code netisr_clearqdrops}. */
    void clearqdrops(int proto) {
        registered(proto);
        for (Workstream ws : nws) {
            ws.work[proto].qdrops = 0;
        }
    }

    NetisrHandler registered(int proto) {
        if (proto < 1 || proto >= NetisrProto.NETISR_MAXPROT) {
            throw new IllegalArgumentException("proto: " + proto + " outside [1, " + (NetisrProto.NETISR_MAXPROT - 1) + "]");
        }
        NetisrHandler h = protos[proto];
        if (h == null) {
            throw new IllegalArgumentException("proto: " + proto + " is not registered");
        }
        return h;
    }
}
