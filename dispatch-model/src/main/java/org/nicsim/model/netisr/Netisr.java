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
    private final NetisrProtocols protocols;
    private final Workstream[] nws;
    private final CpuSelect select;
    private final List<IntConsumer> rollups = new ArrayList<>();
    private MbufFreeListener freeListener = (m, p, r) -> { };
    private final VnetState vnet = new VnetState();
    private final PacketSources sources;

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
        this.select = new CpuSelect(config.workstreams());
        this.protocols = new NetisrProtocols(config, nws);
        this.sources = new PacketSources(protocols, nws, select, vnet);
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
        protocols.register(h);
    }

    /** {@code netisr_unregister}: drains and frees queued packets, forgets the protocol's counters. */
    public void unregister(int proto) {
        protocols.unregister(proto, freeListener);
        vnet.register(proto);
    }

    public boolean isRegistered(int proto) {
        return protocols.isRegistered(proto);
    }

    /** {@code netisr_getqlimit}. */
    public int getqlimit(int proto) {
        return protocols.getqlimit(proto);
    }

    /** {@code netisr_setqlimit}: {@link Errno#EINVAL} unless 1 &lt;= qlimit &lt;= maxqlimit. */
    public int setqlimit(int proto, int qlimit) {
        return protocols.setqlimit(proto, qlimit);
    }

    /** {@code netisr_getqdrops}: summed over CPUs. */
    public long getqdrops(int proto) {
        return protocols.getqdrops(proto);
    }

    /** {@code netisr_clearqdrops}. */
    public void clearqdrops(int proto) {
        protocols.clearqdrops(proto);
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
        NetisrDispatch own = protocols.registered(proto).dispatch();
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
        return select.getCpuid(cpunumber);
    }

    /** {@code netisr_unregister_vnet} (VIMAGE): purges {@code proto}'s queued packets; see {@link VnetState}. */
    public void unregisterVnet(int proto) {
        protocols.registered(proto);
        vnet.unregister(proto, nws, freeListener);
    }

    /** {@code netisr_register_vnet} (VIMAGE): the vnet processes {@code proto} again. */
    public void registerVnet(int proto) {
        protocols.registered(proto);
        vnet.register(proto);
    }

    /** False between {@link #unregisterVnet} and {@link #registerVnet}. */
    public boolean vnetEnabled(int proto) {
        protocols.registered(proto);
        return vnet.enabled(proto);
    }

    /** {@code netisr_default_flow2cpu}: {@code nws_array[flowid % nws_count]}, flowid unsigned. */
    public int defaultFlow2cpu(int flowid) {
        return select.defaultFlow2cpu(flowid);
    }

    /** {@link #selectCpu} with the branch of {@code netisr_select_cpuid} that chose the CPU. */
    public CpuChoice explainCpu(int proto, long source, Mbuf m, int curcpu) {
        NetisrHandler h = protocols.registered(proto);
        checkCpu(curcpu);
        CpuSelect.Selection s = select.selectCpuid(h, dispatchPolicy(proto), source, m, curcpu);
        return new CpuChoice(s.cpu(), s.reason());
    }

    /**
     * The CPU a DEFERRED (queued) packet would go to, without side effects other than the
     * protocol's own m2flow / m2cpuid; -1 if the callback would drop it.
     */
    public int selectCpu(int proto, long source, Mbuf m, int curcpu) {
        NetisrHandler h = protocols.registered(proto);
        checkCpu(curcpu);
        return select.selectCpuid(h, dispatchPolicy(proto), source, m, curcpu).cpu();
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
        protocols.registered(proto);
        checkCall(ctx, m);
        return sources.dispatch(ctx, proto, dispatchPolicy(proto), source, m, freeListener);
    }

    /**
     * {@code netisr_queue_src}: select a CPU and queue there (never runs the handler now).
     *
     * @return {@link Errno#OK}, or {@link Errno#ENOBUFS} when the packet was freed
     */
    public int queueSrc(CpuContext ctx, int proto, long source, Mbuf m) {
        protocols.registered(proto);
        checkCall(ctx, m);
        return sources.queue(ctx, proto, source, m, freeListener);
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
        return nws[cpu].run(protocols, rollups);
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
        protocols.registered(proto);
        checkCpu(cpu);
        Workstream.Work w = nws[cpu].work[proto];
        return w.queue.size() + w.inBatch;
    }

    /** Counters of (proto, cpu). */
    public NetisrWorkStats stats(int proto, int cpu) {
        protocols.registered(proto);
        checkCpu(cpu);
        return nws[cpu].work[proto].snapshot();
    }

    // ---------------------------------------------------------------- checks

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
