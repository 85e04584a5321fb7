package org.nicsim.model.ifq;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;
import org.nicsim.model.netisr.Errno;

/**
 * An interface send queue with DragonFly's subqueue staging ({@code sys/net/if.c}): decides when
 * the driver's {@link DriverStart} runs, and so how many TX tail doorbells a packet stream costs.
 *
 * <ul>
 * <li>{@link #dispatch} is {@code ifq_dispatch}: in a netisr thread, the packet is counted on the
 *     (subqueue, CPU) stage and the driver start is held back while the stage has fewer than
 *     {@code stage_cntmax} packets and fewer than {@code mtu - max_protohdr} bytes; outside netisr
 *     threads every dispatch may start the driver. A full subqueue drops the packet (ENOBUFS)
 *     and stops the holding back.</li>
 * <li>{@link #rollup} is {@code if_start_rollup}, run at the end of each netisr batch on that CPU
 *     (register it with {@code Netisr.addRollup(ifq::rollup)}): every staged subqueue is started.</li>
 * <li>Deferred starts ({@code ifsq_ifstart_schedule}) become messages on the owner CPU's netisr;
 *     run them with {@link #runScheduledStarts}. A driver that empties the subqueue or fills the
 *     ring (oactive) never causes one.</li>
 * <li>{@link #devstart} is {@code ifsq_devstart}: the driver's TX-completion path restarting output.</li>
 * </ul>
 * The model is single-threaded, so the hardware serializer never contends and
 * {@code ifsq_ifstart_try} always starts directly.
 */
public final class Ifq {
    private final IfqConfig config;
    private final DriverStart driver;
    private final IfSubqueue[] subqs;
    /** Per-CPU {@code ifsubq_stage_heads}: queued stages, insertion order. */
    private final List<List<Stage>> stageHeads = new ArrayList<>();
    /** Per-CPU pending if_start messages. */
    private final List<ArrayDeque<IfSubqueue>> startMsgs = new ArrayList<>();

    public Ifq(IfqConfig config, DriverStart driver) {
        if (config == null) {
            throw new IllegalArgumentException("ifq: null config");
        }
        if (driver == null) {
            throw new IllegalArgumentException("ifq: null driver start");
        }
        this.config = config;
        this.driver = driver;
        this.subqs = new IfSubqueue[config.nsubq()];
        for (int q = 0; q < subqs.length; q++) {
            subqs[q] = new IfSubqueue(q, config.owners().cpu(q), config.maxLen(), config.ncpus());
        }
        for (int c = 0; c < config.ncpus(); c++) {
            stageHeads.add(new ArrayList<>());
            startMsgs.add(new ArrayDeque<>());
        }
    }

    public IfqConfig config() {
        return config;
    }

    public IfSubqueue subqueue(int q) {
        if (q < 0 || q >= subqs.length) {
            throw new IllegalArgumentException("subqueue: " + q + " outside [0, " + subqs.length + ")");
        }
        return subqs[q];
    }

    /** Subqueue used by {@code cpu} ({@code ifq_map_subq}). */
    public int mapSubq(int cpu) {
        checkCpu(cpu);
        return config.mapSubq().map(cpu, subqs.length);
    }

    /**
     * {@code ifq_dispatch}: enqueue {@code m} on the subqueue of {@code ctx.cpu()} and start the
     * driver unless staging holds it back.
     *
     * @return {@link Errno#OK}, or {@link Errno#ENOBUFS} if the subqueue was full (packet freed)
     */
    public int dispatch(CpuContext ctx, Mbuf m) {
        if (ctx == null) {
            throw new IllegalArgumentException("ctx: null");
        }
        if (m == null) {
            throw new IllegalArgumentException("mbuf: null");
        }
        checkCpu(ctx.cpu());
        IfSubqueue sq = subqs[mapSubq(ctx.cpu())];
        Stage stage = null;
        boolean avoidStart = false;
        if (ctx.netisrThread()) {
            stage = sq.stages[ctx.cpu()];
            stage.cnt++;
            stage.len += m.length();
            avoidStart = stage.cnt < config.stageCntMax() && stage.len < config.stageByteLimit();
        }
        int error = Errno.OK;
        if (!sq.enqueue(m)) {
            error = Errno.ENOBUFS;
            if (sq.isEmpty()) {
                return error;
            }
            avoidStart = false; // a full subqueue must drain now
        }
        boolean start = false;
        if (!sq.started) {
            if (avoidStart) {
                if (!stage.queued) {
                    insert(stage);
                }
                return error;
            }
            sq.started = true;
            start = true;
        }
        if (stage != null) {
            if (!start && stage.sched) {
                if (!avoidStart) {
                    remove(stage);
                    schedule(sq, true, ctx);
                }
                return error;
            }
            if (stage.queued) {
                remove(stage);
            } else {
                stage.cnt = 0;
                stage.len = 0;
            }
        }
        if (start) {
            startTry(sq, false, ctx);
        }
        return error;
    }

    /** {@code if_start_rollup} on {@code cpu}: end of a netisr batch, start every staged subqueue. */
    public void rollup(int cpu) {
        checkCpu(cpu);
        CpuContext ctx = CpuContext.netisr(cpu);
        List<Stage> head = stageHeads.get(cpu);
        while (!head.isEmpty()) {
            Stage stage = head.get(0);
            boolean wasSched = stage.sched;
            remove(stage);
            IfSubqueue sq = stage.subq;
            if (wasSched) {
                schedule(sq, true, ctx);
            } else if (!sq.started) {
                sq.started = true;
                startTry(sq, true, ctx);
            }
        }
    }

    /** Subqueues with a stage queued on {@code cpu}, in queue order (for inspection). */
    public List<Integer> stagedSubqueues(int cpu) {
        checkCpu(cpu);
        List<Integer> out = new ArrayList<>();
        for (Stage s : stageHeads.get(cpu)) {
            out.add(s.subq.index());
        }
        return out;
    }

    /** True if an if_start message waits on {@code cpu}'s netisr. */
    public boolean hasScheduledStart(int cpu) {
        checkCpu(cpu);
        return !startMsgs.get(cpu).isEmpty();
    }

    /**
     * Runs the if_start messages pending on {@code cpu} ({@code ifsq_ifstart_dispatch}) in its
     * netisr thread, then that thread's rollup.
     *
     * @return messages run
     */
    public int runScheduledStarts(int cpu) {
        checkCpu(cpu);
        CpuContext ctx = CpuContext.netisr(cpu);
        ArrayDeque<IfSubqueue> msgs = startMsgs.get(cpu);
        int n = 0;
        while (!msgs.isEmpty()) {
            IfSubqueue sq = msgs.poll();
            sq.startMsgPending = false;
            n++;
            boolean running = callDriver(sq, ctx);
            if (needSchedule(sq, running)) {
                schedule(sq, false, ctx);
            }
        }
        rollup(cpu);
        return n;
    }

    /**
     * {@code ifsq_devstart}: the driver (typically after TX completions cleared oactive) asks to
     * resume output on subqueue {@code q}; starts it unless already started or empty.
     */
    public void devstart(CpuContext ctx, int q) {
        if (ctx == null) {
            throw new IllegalArgumentException("ctx: null");
        }
        checkCpu(ctx.cpu());
        IfSubqueue sq = subqueue(q);
        if (sq.started || sq.isEmpty()) {
            return;
        }
        sq.started = true;
        boolean running = callDriver(sq, ctx);
        if (needSchedule(sq, running)) {
            schedule(sq, false, ctx);
        }
    }

    /** {@code ifsq_ifstart_try}, never contended here. */
    private void startTry(IfSubqueue sq, boolean forceSched, CpuContext ctx) {
        boolean running = callDriver(sq, ctx);
        if (needSchedule(sq, running)) {
            schedule(sq, forceSched, ctx);
        }
    }

    /** if_start unless oactive; true if the ring can still take packets afterwards. */
    private boolean callDriver(IfSubqueue sq, CpuContext ctx) {
        if (sq.isOactive()) {
            return false;
        }
        sq.countStart();
        driver.start(sq, ctx);
        return !sq.isOactive();
    }

    /** {@code ifsq_ifstart_need_schedule}: releases the interlock unless more can be sent now. */
    private static boolean needSchedule(IfSubqueue sq, boolean running) {
        if (!running || sq.isEmpty()) {
            sq.started = false;
            return false;
        }
        return true;
    }

    /** {@code ifsq_ifstart_schedule}: defer to the rollup (netisr, unforced) or message the owner. */
    private void schedule(IfSubqueue sq, boolean force, CpuContext ctx) {
        if (!force && ctx.netisrThread() && config.stageCntMax() > 0) {
            Stage stage = sq.stages[ctx.cpu()];
            stage.cnt = 0;
            stage.len = 0;
            if (!stage.queued) {
                insert(stage);
            }
            stage.sched = true;
            return;
        }
        if (!sq.startMsgPending) {
            sq.startMsgPending = true;
            startMsgs.get(sq.ownerCpu()).add(sq);
        }
    }

    private void insert(Stage stage) {
        stage.queued = true;
        stageHeads.get(stage.cpu).add(stage);
    }

    private void remove(Stage stage) {
        stageHeads.get(stage.cpu).remove(stage);
        stage.queued = false;
        stage.sched = false;
        stage.cnt = 0;
        stage.len = 0;
    }

    private void checkCpu(int cpu) {
        if (cpu < 0 || cpu >= config.ncpus()) {
            throw new IllegalArgumentException("cpu: " + cpu + " outside [0, " + config.ncpus() + ")");
        }
    }
}
