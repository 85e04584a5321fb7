package org.nicsim.model.netisr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/**
 * The FreeBSD netisr(9) dispatch service on logical CPUs, deterministic and single-threaded.
 *
 * <p>The caller is the scheduler. Packet sources call {@link #dispatchSrc} / {@link #queueSrc} in
 * a {@link CpuContext} (the CPU they run on); queued work waits on per-CPU workstreams until the
 * caller runs that CPU's worker with {@link #runWorker}. A co-simulation engine typically
 * dispatches each received packet on its ring CPU, then calls {@code runWorker(c)} for every CPU
 * {@code c} with {@link #hasPending} in a fixed order.
 *
 * <p>Semantics follow FreeBSD {@code netisr.c}: CPU selection (SOURCE / FLOW / CPU with their
 * fallbacks), dispatch policies DIRECT / HYBRID / DEFERRED, per-(protocol, CPU) queues with qlimit
 * and qdrops, the worker taking a protocol's whole queue at once (so up to 2 x qlimit packets can
 * be outstanding), protocols served lowest number first, {@code nh_drainedcpu} after each batch.
 * One extension from DragonFly: rollup hooks ({@link #addRollup}) run at the end of each worker
 * run that handled packets, where ifq staging flushes.
 */
public final class Netisr {
    /** {@code NETISR_CPUID_NONE}, {@code (u_int)-1}: "no CPU preference". */
    public static final int NETISR_CPUID_NONE = -1;

    private final NetisrConfig config;
    private NetisrDispatch defaultDispatch;
    private final NetisrHandler[] protos = new NetisrHandler[NetisrProto.NETISR_MAXPROT];
    private final long[] protoQlimit = new long[NetisrProto.NETISR_MAXPROT];
    private final Workstream[] nws;
    private final int[] nwsArray;
    private final List<IntConsumer> rollups = new ArrayList<>();
    private MbufFreeListener freeListener = (m, p, r) -> { };

    public Netisr(NetisrConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("netisr: null config");
        }
        this.config = config;
        this.defaultDispatch = config.defaultDispatch();
        this.nws = new Workstream[config.ncpus()];
        for (int c = 0; c < nws.length; c++) {
            nws[c] = new Workstream(c);
        }
        this.nwsArray = new int[config.workstreams()];
        for (int i = 0; i < nwsArray.length; i++) {
            nwsArray[i] = i;
        }
    }

    public NetisrConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- registration

    /**
     * {@code netisr_register}.
     *
     * @throws NetisrRegistrationException naming the {@code nh_*} field that breaks a rule: name
     *         missing, blank, containing whitespace or already used; proto outside 1..15 or taken;
     *         handler missing; policy missing; m2flow without FLOW; m2cpuid without CPU or CPU
     *         without m2cpuid; dispatch missing; negative qlimit
     */
    public void register(NetisrHandler h) {
        if (h == null) {
            throw new NetisrRegistrationException("nhp", "null handler structure");
        }
        String name = h.name();
        if (name == null || name.isEmpty()) {
            throw new NetisrRegistrationException("nh_name", "missing");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw new NetisrRegistrationException("nh_name", "\"" + name + "\" contains whitespace");
        }
        if (h.handler() == null) {
            throw new NetisrRegistrationException("nh_handler", "missing for " + name);
        }
        if (h.policy() == null) {
            throw new NetisrRegistrationException("nh_policy", "missing for " + name + " (expected SOURCE, FLOW or CPU)");
        }
        if (h.m2flow() != null && h.policy() != NetisrPolicy.FLOW) {
            throw new NetisrRegistrationException("nh_m2flow", "set for " + name + " but policy is " + h.policy());
        }
        if (h.policy() == NetisrPolicy.CPU && h.m2cpuid() == null) {
            throw new NetisrRegistrationException("nh_m2cpuid", "missing for " + name + " with policy CPU");
        }
        if (h.policy() != NetisrPolicy.CPU && h.m2cpuid() != null) {
            throw new NetisrRegistrationException("nh_m2cpuid", "set for " + name + " but policy is " + h.policy());
        }
        if (h.dispatch() == null) {
            throw new NetisrRegistrationException("nh_dispatch", "missing for " + name);
        }
        if (h.proto() < 1 || h.proto() >= NetisrProto.NETISR_MAXPROT) {
            throw new NetisrRegistrationException("nh_proto", h.proto() + " outside [1, "
                    + (NetisrProto.NETISR_MAXPROT - 1) + "]");
        }
        if (h.qlimit() < 0) {
            throw new NetisrRegistrationException("nh_qlimit", h.qlimit() + " is negative");
        }
        if (protos[h.proto()] != null) {
            throw new NetisrRegistrationException("nh_proto", h.proto() + " already registered by "
                    + protos[h.proto()].name());
        }
        for (NetisrHandler other : protos) {
            if (other != null && other.name().equals(name)) {
                throw new NetisrRegistrationException("nh_name", "\"" + name + "\" already registered for proto "
                        + other.proto());
            }
        }
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
    public void unregister(int proto) {
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

    public boolean isRegistered(int proto) {
        return proto >= 1 && proto < NetisrProto.NETISR_MAXPROT && protos[proto] != null;
    }

    /** {@code netisr_getqlimit}. */
    public int getqlimit(int proto) {
        registered(proto);
        return (int) protoQlimit[proto];
    }

    /** {@code netisr_setqlimit}: {@link Errno#EINVAL} unless 1 &lt;= qlimit &lt;= maxqlimit. */
    public int setqlimit(int proto, int qlimit) {
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
    public long getqdrops(int proto) {
        registered(proto);
        long sum = 0;
        for (Workstream ws : nws) {
            sum += ws.work[proto].qdrops;
        }
        return sum;
    }

    /** {@code netisr_clearqdrops}. */
    public void clearqdrops(int proto) {
        registered(proto);
        for (Workstream ws : nws) {
            ws.work[proto].qdrops = 0;
        }
    }

    /** Sets {@code net.isr.dispatch}; DEFAULT is not a global value. */
    public void setDefaultDispatch(NetisrDispatch d) {
        if (d == null || d == NetisrDispatch.DEFAULT) {
            throw new IllegalArgumentException("netisr.dispatch: " + d + " (expected DIRECT, HYBRID or DEFERRED)");
        }
        defaultDispatch = d;
    }

    public NetisrDispatch defaultDispatch() {
        return defaultDispatch;
    }

    /** The dispatch policy in force for {@code proto}: its own unless DEFAULT, else the global one. */
    public NetisrDispatch dispatchPolicy(int proto) {
        NetisrDispatch own = registered(proto).dispatch();
        return own == NetisrDispatch.DEFAULT ? defaultDispatch : own;
    }

    /** Told of every packet freed unhandled. */
    public void setFreeListener(MbufFreeListener l) {
        freeListener = l == null ? (m, p, r) -> { } : l;
    }

    /** DragonFly {@code netisr_register_rollup}: {@code hook.accept(cpu)} at the end of each worker run. */
    public void addRollup(IntConsumer hook) {
        if (hook == null) {
            throw new IllegalArgumentException("rollup: null");
        }
        rollups.add(hook);
    }

    // ---------------------------------------------------------------- CPU selection

    /** {@code netisr_get_cpuid}: {@code nws_array[n % nws_count]}, n unsigned. */
    public int getCpuid(int cpunumber) {
        return nwsArray[Integer.remainderUnsigned(cpunumber, nwsArray.length)];
    }

    /** {@code netisr_default_flow2cpu}: {@code nws_array[flowid % nws_count]}, flowid unsigned. */
    public int defaultFlow2cpu(int flowid) {
        return nwsArray[Integer.remainderUnsigned(flowid, nwsArray.length)];
    }

    /** SOURCE placement: {@code nws_array[(if_index + source) % nws_count]}, or source alone without rcvif. */
    private int sourceCpu(Mbuf m, long source) {
        long key = m.hasRcvif() ? m.rcvifIndex() + source : source;
        return nwsArray[(int) Long.remainderUnsigned(key, nwsArray.length)];
    }

    /** {@code netisr_select_cpuid}: the packet to go on with (null = dropped) and its CPU. */
    private Selection selectCpuid(NetisrHandler h, NetisrDispatch dispatch, long source, Mbuf m, int curcpu) {
        if (nwsArray.length == 1) {
            return new Selection(m, nwsArray[0], CpuReason.SINGLE_WORKSTREAM);
        }
        NetisrPolicy policy = h.policy();
        if (policy == NetisrPolicy.CPU) {
            CpuPlacement p = h.m2cpuid().m2cpuid(m, source);
            if (p == null) {
                return new Selection(null, -1, CpuReason.DROPPED);
            }
            if (p.cpuid() != NETISR_CPUID_NONE) {
                return new Selection(p.mbuf(), getCpuid(p.cpuid()), CpuReason.M2CPUID);
            }
            if (dispatch == NetisrDispatch.HYBRID) {
                return new Selection(p.mbuf(), getCpuid(curcpu), CpuReason.HYBRID_CURCPU);
            }
            m = p.mbuf();
            policy = NetisrPolicy.SOURCE;
        }
        if (policy == NetisrPolicy.FLOW) {
            if (!m.hasHash() && h.m2flow() != null) {
                m = h.m2flow().m2flow(m, source);
                if (m == null) {
                    return new Selection(null, -1, CpuReason.DROPPED);
                }
            }
            if (m.hasHash()) {
                return new Selection(m, defaultFlow2cpu(m.flowid()), CpuReason.FLOW_HASH);
            }
        }
        return new Selection(m, sourceCpu(m, source), CpuReason.SOURCE);
    }

    private record Selection(Mbuf mbuf, int cpu, CpuReason reason) {
    }

    /** {@link #selectCpu} with the branch of {@code netisr_select_cpuid} that chose the CPU. */
    public CpuChoice explainCpu(int proto, long source, Mbuf m, int curcpu) {
        NetisrHandler h = registered(proto);
        checkCpu(curcpu);
        Selection s = selectCpuid(h, dispatchPolicy(proto), source, m, curcpu);
        return new CpuChoice(s.cpu(), s.reason());
    }

    /**
     * The CPU a DEFERRED (queued) packet would go to, without side effects other than the
     * protocol's own m2flow / m2cpuid; -1 if the callback would drop it.
     */
    public int selectCpu(int proto, long source, Mbuf m, int curcpu) {
        NetisrHandler h = registered(proto);
        checkCpu(curcpu);
        return selectCpuid(h, dispatchPolicy(proto), source, m, curcpu).cpu();
    }

    // ---------------------------------------------------------------- packet sources

    /** {@code netisr_dispatch}: {@link #dispatchSrc} with source 0. */
    public int dispatch(CpuContext ctx, int proto, Mbuf m) {
        return dispatchSrc(ctx, proto, 0, m);
    }

    /** {@code netisr_queue}: {@link #queueSrc} with source 0. */
    public int queue(CpuContext ctx, int proto, Mbuf m) {
        return queueSrc(ctx, proto, 0, m);
    }

    /**
     * {@code netisr_dispatch_src}: handle now or queue, per the protocol's dispatch policy.
     *
     * @return {@link Errno#OK}, or {@link Errno#ENOBUFS} when the packet was freed
     */
    public int dispatchSrc(CpuContext ctx, int proto, long source, Mbuf m) {
        NetisrHandler h = registered(proto);
        checkCall(ctx, m);
        NetisrDispatch policy = dispatchPolicy(proto);
        if (policy == NetisrDispatch.DEFERRED) {
            return queueSrc(ctx, proto, source, m);
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
        Selection s = selectCpuid(h, NetisrDispatch.HYBRID, source, m, ctx.cpu());
        if (s.mbuf() == null) {
            freeListener.freed(m, proto, FreeReason.POLICY_DROP);
            return Errno.ENOBUFS;
        }
        if (s.cpu() != ctx.cpu()) {
            return enqueue(nws[s.cpu()], proto, s.mbuf());
        }
        if (here.busy()) {
            return enqueue(here, proto, s.mbuf());
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

    /**
     * {@code netisr_queue_src}: select a CPU and queue there (never runs the handler now).
     *
     * @return {@link Errno#OK}, or {@link Errno#ENOBUFS} when the packet was freed
     */
    public int queueSrc(CpuContext ctx, int proto, long source, Mbuf m) {
        NetisrHandler h = registered(proto);
        checkCall(ctx, m);
        Selection s = selectCpuid(h, NetisrDispatch.DEFERRED, source, m, ctx.cpu());
        if (s.mbuf() == null) {
            freeListener.freed(m, proto, FreeReason.POLICY_DROP);
            return Errno.ENOBUFS;
        }
        return enqueue(nws[s.cpu()], proto, s.mbuf());
    }

    /** {@code netisr_queue_workstream}. */
    private int enqueue(Workstream ws, int proto, Mbuf m) {
        Workstream.Work w = ws.work[proto];
        if (w.queue.size() >= w.qlimit) {
            w.qdrops++;
            freeListener.freed(m, proto, FreeReason.QUEUE_FULL);
            return Errno.ENOBUFS;
        }
        w.queue.add(m);
        w.watermark = Math.max(w.watermark, w.queue.size());
        w.effectiveDepthWatermark = Math.max(w.effectiveDepthWatermark, w.queue.size() + w.inBatch);
        ws.pendingBits |= 1 << proto;
        if (!ws.busy()) {
            ws.flags |= Workstream.NWS_SCHEDULED;
        }
        w.queued++;
        return Errno.OK;
    }

    // ---------------------------------------------------------------- workers

    /**
     * Runs CPU {@code cpu}'s netisr worker once ({@code swi_net}): while any protocol has queued
     * packets, take each pending protocol's whole queue, lowest protocol number first, handle it in
     * the netisr context of {@code cpu}, then {@code handled += n} and {@code nh_drainedcpu(cpu)}.
     * Packets queued meanwhile are handled in the same run. Then the rollup hooks run.
     * Does nothing if a hybrid direct dispatch is in progress on that CPU.
     *
     * @return packets handled in this run
     */
    public int runWorker(int cpu) {
        checkCpu(cpu);
        Workstream ws = nws[cpu];
        if ((ws.flags & Workstream.NWS_RUNNING) != 0) {
            throw new IllegalStateException("cpu " + cpu + ": worker already running (runWorker called from a handler)");
        }
        if ((ws.flags & Workstream.NWS_DISPATCHING) != 0) {
            return 0;
        }
        ws.flags |= Workstream.NWS_RUNNING;
        ws.flags &= ~Workstream.NWS_SCHEDULED;
        int total = 0;
        try {
            int bits;
            while ((bits = ws.pendingBits) != 0) {
                while (bits != 0) {
                    int proto = Integer.numberOfTrailingZeros(bits);
                    bits &= ~(1 << proto);
                    total += processProto(ws, proto);
                }
            }
        } finally {
            ws.flags &= ~Workstream.NWS_RUNNING;
        }
        if (total > 0) {
            for (IntConsumer r : rollups) {
                r.accept(cpu);
            }
        }
        return total;
    }

    /** {@code netisr_process_workstream_proto}: the whole queue becomes a local batch. */
    private int processProto(Workstream ws, int proto) {
        Workstream.Work w = ws.work[proto];
        int n = w.queue.size();
        if (n == 0) {
            return 0;
        }
        Mbuf[] batch = w.queue.toArray(new Mbuf[0]);
        w.queue.clear();
        ws.pendingBits &= ~(1 << proto);
        NetisrHandler h = protos[proto];
        CpuContext ctx = CpuContext.netisr(ws.cpu);
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
            h.drainedcpu().drained(ws.cpu);
        }
        w.handled += n;
        return n;
    }

    /** True if CPU {@code cpu}'s workstream has queued packets. */
    public boolean hasPending(int cpu) {
        checkCpu(cpu);
        return nws[cpu].pendingBits != 0;
    }

    /** {@code NWS_RUNNING}: the worker is in {@link #runWorker}. */
    public boolean isRunning(int cpu) {
        checkCpu(cpu);
        return (nws[cpu].flags & Workstream.NWS_RUNNING) != 0;
    }

    /** {@code NWS_DISPATCHING}: a hybrid direct dispatch is running a handler on this CPU. */
    public boolean isDispatching(int cpu) {
        checkCpu(cpu);
        return (nws[cpu].flags & Workstream.NWS_DISPATCHING) != 0;
    }

    /** {@code NWS_SCHEDULED}: the worker has been woken and has not started yet. */
    public boolean isScheduled(int cpu) {
        checkCpu(cpu);
        return (nws[cpu].flags & Workstream.NWS_SCHEDULED) != 0;
    }

    /** Packets queued plus not yet finished (including the one in the handler) in the worker's batch. */
    public int effectiveDepth(int proto, int cpu) {
        registered(proto);
        checkCpu(cpu);
        Workstream.Work w = nws[cpu].work[proto];
        return w.queue.size() + w.inBatch;
    }

    /** Counters of (proto, cpu). */
    public NetisrWorkStats stats(int proto, int cpu) {
        registered(proto);
        checkCpu(cpu);
        return nws[cpu].work[proto].snapshot();
    }

    // ---------------------------------------------------------------- checks

    private NetisrHandler registered(int proto) {
        if (proto < 1 || proto >= NetisrProto.NETISR_MAXPROT) {
            throw new IllegalArgumentException("proto: " + proto + " outside [1, " + (NetisrProto.NETISR_MAXPROT - 1) + "]");
        }
        NetisrHandler h = protos[proto];
        if (h == null) {
            throw new IllegalArgumentException("proto: " + proto + " is not registered");
        }
        return h;
    }

    private void checkCall(CpuContext ctx, Mbuf m) {
        if (ctx == null) {
            throw new IllegalArgumentException("ctx: null");
        }
        checkCpu(ctx.cpu());
        if (m == null) {
            throw new IllegalArgumentException("mbuf: null");
        }
    }

    private void checkCpu(int cpu) {
        if (cpu < 0 || cpu >= nws.length) {
            throw new IllegalArgumentException("cpu: " + cpu + " outside [0, " + nws.length + ")");
        }
    }
}
