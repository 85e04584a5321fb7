package org.nicsim.cosim;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nicsim.bridge.EventCursor;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.RunResult;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.bridge.TxFrame;
import org.nicsim.driver.Doorbell;
import org.nicsim.driver.DriverConfig;
import org.nicsim.driver.NicDriver;
import org.nicsim.driver.NicRegisters;
import org.nicsim.driver.RxCompletion;
import org.nicsim.driver.TxSource;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;
import org.nicsim.model.ifq.DoorbellPredictor;
import org.nicsim.model.ifq.IfSubqueue;
import org.nicsim.model.ifq.Ifq;
import org.nicsim.model.ifq.IfqConfig;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.ifq.TxRingConfig;
import org.nicsim.model.netisr.CpuPlacement;
import org.nicsim.model.netisr.Netisr;
import org.nicsim.model.netisr.NetisrConfig;
import org.nicsim.model.netisr.NetisrHandler;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.model.rss.AlternativePlacement;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RingMap;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.RssCpu;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RssModel;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.scenario.App;
import org.nicsim.scenario.Reconfiguration;
import org.nicsim.scenario.RssHashType;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.TxBatch;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.scoreboard.stage.HardwareStages;
import org.nicsim.scoreboard.stage.RxStageChecker;
import org.nicsim.scoreboard.stage.StageFinding;
import org.nicsim.scoreboard.stage.StageFindings;
import org.nicsim.scoreboard.stage.StageLog;

/**
 * The co-simulation: the Java driver runs the Verilator NIC the way a BSD driver runs hardware,
 * the software dispatch model runs beside it, and the scoreboard compares them frame by frame and
 * doorbell by doorbell.
 *
 * <p>Time: the NIC runs in slices of {@link #SERVICE_INTERVAL} cycles (the interrupt moderation
 * interval). After each slice the host acts, in this fixed order, which makes a run a function of
 * the scenario and seed alone:
 * <ol>
 * <li>interrupts: every RX queue whose {@code irq} line is high, lowest queue first, is serviced
 *     on its ring CPU — acknowledge (W1C), harvest, refill, hand each frame to netisr. Ring
 *     service runs in netisr context, as DragonFly's polling (ifpoll) does, so the handlers it runs
 *     directly stage their transmits and a rollup ends the pass;</li>
 * <li>netisr workers, CPU 0 first, each until its workstream is empty (rollup at the end);</li>
 * <li>TX completions: reclaim every queue, restart output where frames wait;</li>
 * <li>transmitted frames are taken from the stream sink and checked.</li>
 * </ol>
 * Host code takes no simulated time except MMIO, which runs the NIC while it waits.
 */
public final class CoSimulation {
    /** Cycles the NIC runs between host service passes. */
    public static final int SERVICE_INTERVAL = 256;
    /** Frames kept queued at the RX stream source: enough for line rate, bounded memory. */
    public static final int RX_SOURCE_DEPTH = 32;
    /** Cycles without progress while work is pending before the run is declared stalled. */
    public static final long DEFAULT_STALL_CYCLES = 200_000;
    /** System property that sets the stall watchdog's budget for every run of the JVM. */
    public static final String STALL_CYCLES_PROPERTY = "nicsim.stallCycles";
    /** Bus faults explained in words (address, engine, ring or buffer) per run; the rest are counted. */
    public static final int MAX_FAULTS_EXPLAINED = 10;
    /** Flows whose order is tracked at once; older ones are forgotten (their order was already checked). */
    static final int MAX_TRACKED_FLOWS = 1 << 20;
    /** Cycles the driver may wait for one of its MMIO writes to reach the NIC. */
    private static final long MMIO_DRAIN_CYCLES = 10_000;

    private final Scenario sc;
    private final NicModel model;
    private final RunObserver observer;
    private final Scoreboard scoreboard = new Scoreboard();
    private final NicDriver driver;
    private final int queues;
    private final int cpus;
    private final int rxBufferSize;
    private final int[] ringCpu;
    private final RingMap modelRingMap;   // the model's if_ringmap, checked against ringCpu
    private final Netisr netisr;
    private final Ifq ifq;
    private final RxTracker rx;
    private final TxTracker tx;
    private final DoorbellTracker doorbells;
    private final NetisrPlacement netisrPlacement;
    private final StageLog stageLog = new StageLog();
    private boolean explainNetisr;
    /** Last handled frame per flow, for the order check; bounded (LRU) so a capture of millions of flows streams. */
    private final Map<ByteBuffer, Long> lastIndexOfFlow = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Long> eldest) {
            return size() > MAX_TRACKED_FLOWS;
        }
    };
    private final long[] ringByCpu;
    private final long[] netisrByCpu;
    private final List<String> faults = new ArrayList<>();   // the first few bus faults, in words
    private DmaFaultLocator faultLocator;                     // made at the first fault
    private long stallCycles = stallCyclesSetting();
    private CycleEdges edges = CycleEdges.NONE;   // issue 8: trace window edges
    private int rxGapCycles;
    private RssModel rss;
    private int hashTypeBits;
    private int irqLevel;
    private final EventCursor events = new EventCursor();   // reused by every takeEvents()
    private long injected;
    private long writtenBack;
    private long malformedWrittenBack;
    private long crossCpu;
    private long hashedHandled;
    private long dragonflyDiffers;
    private long linuxRpsDiffers;
    private long txQueued;
    private long txDrops;
    private long hostFaults;
    private long progressCycle;
    private long txSourceSeq;

    /**
     * Attaches the driver to {@code model} (which must be freshly opened) and builds the model
     * side of {@code scenario}.
     */
    public CoSimulation(Scenario scenario, NicModel model, RunObserver observer) {
        this.sc = scenario;
        this.model = model;
        this.observer = observer == null ? new RunObserver() {} : observer;
        this.queues = scenario.queues();
        this.cpus = scenario.cpus();
        this.rxBufferSize = rxBufferSize(scenario);
        this.ringCpu = scenario.ringCpus();
        this.modelRingMap = scenario.ringMap().cpus().isEmpty()
                ? RingMap.withOffset(queues, cpus, scenario.ringMap().offset())
                : RingMap.of(scenario.ringMap().cpus(), cpus);
        this.hashTypeBits = hashTypeBits(scenario);
        this.rss = new RssModel(new RssConfig(ToeplitzKey.of(scenario.rss().keyBytes()), new RssHashTypes(hashTypeBits),
                Reta.of(boxed(scenario.retaTable()), queues), scenario.rss().defaultQueue()));
        this.driver = NicDriver.attach(new ModelBus(model), new DriverConfig(queues, scenario.rxRingSize(),
                scenario.rxBuffers(), rxBufferSize, scenario.txRingSize(), rxBufferSize, scenario.rss().keyBytes(),
                hashTypeBits, scenario.retaTable(), scenario.rss().defaultQueue(), scenario.ifq().txWregNsegs()));
        if (driver.queues() != queues) {
            throw new IllegalStateException("the NIC offers " + driver.hwQueues() + " queues, the scenario needs " + queues);
        }
        model.mmioDrain(MMIO_DRAIN_CYCLES);
        this.ringByCpu = new long[cpus];
        this.netisrByCpu = new long[cpus];
        this.rx = new RxTracker(queues, this.observer);
        this.tx = new TxTracker(queues, scoreboard);
        model.stageMonitor(true);   // white-box RX stage records, compared per frame in checkStages
        this.netisrPlacement = new NetisrPlacement(sc.netisr().policy(), sc.netisr().dispatch(),
                sc.netisr().workstreams(), cpus, sc.netisr().ifIndex());

        this.netisr = new Netisr(new NetisrConfig(cpus, sc.netisr().workstreams(), NetisrConfig.DEFAULT_QLIMIT,
                NetisrConfig.MAX_QLIMIT, org.nicsim.model.netisr.NetisrDispatch.DIRECT));
        org.nicsim.model.netisr.NetisrPolicy policy =
                org.nicsim.model.netisr.NetisrPolicy.valueOf(sc.netisr().policy().name());
        org.nicsim.model.netisr.NetisrDispatch dispatch =
                org.nicsim.model.netisr.NetisrDispatch.valueOf(sc.netisr().dispatch().name());
        for (int proto : new int[] {NetisrProto.NETISR_IP, NetisrProto.NETISR_ETHER, NetisrProto.NETISR_IPV6}) {
            NetisrHandler.Builder b = NetisrHandler.builder("proto" + proto, proto, this::handle)
                    .policy(policy).dispatch(dispatch).qlimit(sc.netisr().qlimit());
            if (policy == org.nicsim.model.netisr.NetisrPolicy.CPU) {
                b.m2cpuid((m, source) -> new CpuPlacement(m, RssCpu.m2cpuid(m, cpus)));
            }
            netisr.register(b.build());
        }
        netisr.setFreeListener((m, proto, reason) -> rx.qdropped((RxFrame) m.payload()));
        netisr.addRollup(this::rollup);

        RingMap owners = RingMap.of(boxed(ringCpu), cpus);
        IfqConfig icfg = new IfqConfig(cpus, owners, sc.ifq().stageCntMax(), sc.ifq().mtu(), sc.ifq().maxProtoHdr(),
                org.nicsim.model.ifq.MapSubq.valueOf(sc.ifq().mapSubq().name()), sc.txRingSize());
        this.ifq = new Ifq(icfg, this::driverStart);
        this.doorbells = new DoorbellTracker(DoorbellPredictor.Config.of(icfg,
                new TxRingConfig(sc.txRingSize(), 0, sc.ifq().txWregNsegs())), queues, scoreboard, this.observer);
        model.drainEvents();   // attach traffic: nothing of it is a doorbell or a frame
    }

    // ------------------------------------------------------------------------------- simulated time

    /**
     * {@code model.run(cycles, stopMask)} cut at every cycle edge (issue 8), so a trace window
     * starts and ends at its exact cycle; with no edge inside the budget it is one plain run.
     *
     * @return cycles run
     */
    private long runModel(long cycles, int stopMask) {
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

    /** {@link NicModel#mmioDrain} through {@link #runModel}, so a drain also stops at cycle edges. */
    private void drainMmio() {
        long used = 0;
        while (model.mmioPending() > 0) {
            if (used >= MMIO_DRAIN_CYCLES) {
                throw new SimulationTimeoutException(model.mmioPending() + " MMIO operations still pending after "
                        + MMIO_DRAIN_CYCLES + " cycles (cycle " + model.cycle() + ")");
            }
            used += runModel(MMIO_DRAIN_CYCLES - used, EventKind.MMIO_IDLE.bit());
        }
    }

    /** RX (and TX) buffer size: the largest frame the scenario can send, 8-byte multiple, at least 2 KiB. */
    public static int rxBufferSize(Scenario s) {
        int max = Math.max(2048, s.traffic().maxSize());
        for (TxBatch b : s.tx().batches()) {
            for (int size : b.sizes()) {
                max = Math.max(max, size);
            }
        }
        return (max + 7) & ~7;
    }

    /** Host memory the scenario's rings and buffers need, with room for alignment. */
    public static int hostMemoryBytes(Scenario s) {
        long buf = rxBufferSize(s) + 64L;
        long perQueue = 4096L + 16L * s.rxRingSize() + buf * s.rxBuffers() + 4096L + 16L * s.txRingSize()
                + buf * s.txRingSize();
        long total = perQueue * s.queues() + (1 << 16);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rings and buffers need " + total + " bytes of host memory (limit 2 GiB)");
        }
        return (int) total;
    }

    private static int hashTypeBits(Scenario s) {
        List<String> names = new ArrayList<>();
        for (RssHashType t : s.rss().hashTypes()) {
            names.add(t.jsonName());
        }
        return RssHashTypes.of(names).bits();
    }

    private static List<Integer> boxed(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    /**
     * The watchdog budget a run starts with: {@code -Dnicsim.stallCycles=N} (the command line's
     * way to set it, e.g. through NICSIM_JAVA_OPTS), else {@link #DEFAULT_STALL_CYCLES}.
     *
     * @throws IllegalArgumentException naming the property when it is not an integer of at least
     *                                  {@link #SERVICE_INTERVAL}
     */
    public static long stallCyclesSetting() {
        String v = System.getProperty(STALL_CYCLES_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_STALL_CYCLES;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(STALL_CYCLES_PROPERTY + ": expected an integer number of cycles, got '" + v + "'");
        }
        if (n < SERVICE_INTERVAL) {
            throw new IllegalArgumentException(STALL_CYCLES_PROPERTY + ": must be at least " + SERVICE_INTERVAL + " cycles, got " + n);
        }
        return n;
    }

    /** Cycles without progress before a stall is declared (default {@link #DEFAULT_STALL_CYCLES}). */
    public void setStallCycles(long cycles) {
        if (cycles < SERVICE_INTERVAL) {
            throw new IllegalArgumentException("stallCycles: must be at least " + SERVICE_INTERVAL + " cycles, got " + cycles);
        }
        this.stallCycles = cycles;
    }

    /**
     * Idle cycles the RX stream leaves before every frame (default 0: back to back). The
     * benchmark offers 64-byte frames a little below the forwarding rate this way, so every frame
     * is forwarded and all its harnesses do the same work.
     */
    public void setRxGapCycles(int cycles) {
        if (cycles < 0) {
            throw new IllegalArgumentException("rxGapCycles must be >= 0, got " + cycles);
        }
        this.rxGapCycles = cycles;
    }

    public long stallCycles() {
        return stallCycles;
    }

    /**
     * Installs cycle edges (issue 8: waveform windows): from now on every slice and MMIO drain
     * stops at the next edge so {@code edges} acts at its exact cycle. Timing is unchanged.
     */
    public void setCycleEdges(CycleEdges edges) {
        this.edges = edges == null ? CycleEdges.NONE : edges;
    }

    public Scoreboard scoreboard() {
        return scoreboard;
    }

    /**
     * Reports to the observer, per written-back frame, the CPU the netisr model selects and why
     * ({@code nicsim explain}). Off in runs: it asks the protocol's m2flow / m2cpuid once more.
     */
    public void explainNetisrChoices() {
        explainNetisr = true;
    }

    /**
     * Scoreboard self-test: hands the software model a different RSS key than the NIC was
     * programmed with, so every hashed frame must fail {@code rx.hash}. Call before {@link #run}.
     */
    public void overrideModelKey(byte[] key) {
        RssConfig c = rss.config();
        rss = new RssModel(new RssConfig(ToeplitzKey.of(key), c.hashTypes(), c.reta(), c.defaultQueue()));
    }

    /**
     * Runs transmit-only batches first, then the frames, until every frame has a final fate and
     * the NIC and the stack are idle; then compares the NIC's counters.
     *
     * @param frames frames in injection order, indices 0, 1, 2, ...
     * @param total  number of frames (for progress; -1 if unknown)
     */
    public CoSimResult run(Iterator<InjectedFrame> frames, long total) {
        long start = System.nanoTime();
        long startCycle = model.cycle();
        progressCycle = model.cycle();
        runTxBatches();
        Iterator<Reconfiguration> reconfigs = sc.reconfigure().iterator();
        Reconfiguration nextReconfig = reconfigs.hasNext() ? reconfigs.next() : null;
        InjectedFrame next = frames.hasNext() ? frames.next() : null;
        while (true) {
            // offer frames up to the next reconfiguration point (one JNI query per pass, not per frame)
            int room = next == null ? 0 : RX_SOURCE_DEPTH - model.rxPending();
            while (next != null && room > 0 && (nextReconfig == null || next.index() < nextReconfig.atPacket())) {
                inject(next);
                room--;
                next = frames.hasNext() ? frames.next() : null;
            }
            runModel(SERVICE_INTERVAL, 0);
            hostPass();
            observer.progress(rx.finishedCount(), total, model.cycle());
            boolean waiting = next != null && nextReconfig != null && next.index() >= nextReconfig.atPacket();
            if ((next == null || waiting) && quiescent()) {
                if (next == null) {
                    break;
                }
                reconfigure(nextReconfig);
                nextReconfig = reconfigs.hasNext() ? reconfigs.next() : null;
            }
            watchdog(next != null);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return finish(model.cycle() - startCycle, wall);
    }

    // ------------------------------------------------------------------------------------ RX side

    private void inject(InjectedFrame f) {
        byte[] b = f.bytes();
        RssPlacement p = rss.place(b);
        Fate drop = f.bad() || b.length < 14 || b.length > rxBufferSize ? Fate.ERROR : null;
        rx.injected(new RxFrame(f.index(), b, p, modelRingMap.cpu(p.queue()), drop, model.cycle()));
        model.injectFrame(b, f.bad(), rxGapCycles);
        observer.injected(f.index(), model.cycle());
        injected++;
    }

    /** One host pass: interrupts, netisr workers, TX completions, the TX stream. */
    private void hostPass() {
        takeEvents();
        for (int q = 0; q < queues; q++) {
            if ((irqLevel & (1 << q)) != 0) {
                serviceRing(q);
            }
        }
        runWorkers();
        reclaimTx();
        takeTxFrames();
        takeEvents();
    }

    private void takeEvents() {
        // a reused cursor, not a list of records: this runs twice a pass and most events
        // (RX_ACCEPTED, TX_CAPTURED, IRQ edges) only update a field
        EventCursor e = model.drainEvents(events);
        while (e.next()) {
            switch (e.kind()) {
                case IRQ_RISE -> irqLevel |= 1 << e.queue();
                case IRQ_FALL -> irqLevel &= ~(1 << e.queue());
                case DOORBELL -> {
                    doorbells.observed(e.toEvent());
                    progressCycle = e.cycle();
                }
                case RX_ACCEPTED, TX_CAPTURED -> progressCycle = e.cycle();
                case HOST_READ_FAULT, HOST_WRITE_FAULT -> {
                    hostFaults++;
                    if (faults.size() < MAX_FAULTS_EXPLAINED) {
                        if (faultLocator == null) {
                            faultLocator = new DmaFaultLocator(model, driver);
                        }
                        faults.add(faultLocator.describe(e.toEvent()));
                    }
                }
                default -> { }
            }
        }
    }

    /** The RX interrupt handler of queue {@code q}, run on its ring CPU. */
    private void serviceRing(int q) {
        int cpu = ringCpu[q];
        driver.clearIrq(1 << q);
        drainMmio();   // acknowledge before harvesting, or a write-back in between is missed
        stageLog.load(model.drainStages());   // a frame's stage records precede its write-back
        List<RxCompletion> done = driver.rxHarvest(q, sc.rxRingSize());
        if (done.isEmpty()) {
            return;
        }
        progressCycle = model.cycle();
        CpuContext ctx = CpuContext.netisr(cpu);
        for (RxCompletion c : done) {
            RxFrame f = rx.writtenBack(c.rxSequence(), q);
            if (f == null) {
                scoreboard.fail(new Mismatch(Check.RX_FATE, c.rxSequence(), model.cycle(), "write-back on queue " + q,
                        "RX sequence " + c.rxSequence() + " written back", "no such frame outstanding (duplicate or never sent)"));
                continue;
            }
            scoreboard.pass(Check.RX_FATE);
            writtenBack++;
            ringByCpu[cpu]++;
            checkWriteBack(f, c, q, cpu);
            int proto = (c.flags() & RxCompletion.FLAG_IPV4) != 0 ? NetisrProto.NETISR_IP
                    : (c.flags() & RxCompletion.FLAG_IPV6) != 0 ? NetisrProto.NETISR_IPV6 : NetisrProto.NETISR_ETHER;
            Mbuf mbuf = new Mbuf(c.hash(), c.hashType(), sc.netisr().ifIndex(), q, c.length(), f);
            if (explainNetisr) {
                observer.netisrChoice(f.index, netisr.explainCpu(proto, q, mbuf, cpu));
            }
            netisr.dispatchSrc(ctx, proto, q, mbuf);
        }
        rollup(cpu);
    }

    private void checkWriteBack(RxFrame f, RxCompletion c, int q, int cpu) {
        long cyc = model.cycle();
        f.hwHash = Integer.toUnsignedLong(c.hash());
        f.hwHashType = c.hashType();
        f.hwQueue = q;
        f.ringCpu = cpu;
        f.cycle = cyc;
        RssPlacement m = f.model;
        int modelFlags = m.classification().flags();
        if ((modelFlags & 0x80) != 0) {
            malformedWrittenBack++;
        }
        boolean ok = expectHex(Check.RX_HASH, f.index, cyc, "hash", c.hash(), m.hash());
        ok &= expectHex(Check.RX_HASH_TYPE, f.index, cyc, "hashType", c.hashType(), m.hashType().mHashType());
        ok &= scoreboard.expect(Check.RX_QUEUE, f.index, cyc, "queue", q, m.queue());
        ok &= scoreboard.expect(Check.RX_QUEUE, f.index, cyc, "write-back queue byte", c.queue(), q);
        ok &= expectHex(Check.RX_FLAGS, f.index, cyc, "flags", c.flags() & ~RxCompletion.FLAG_DD, modelFlags);
        ok &= scoreboard.expect(Check.RX_FLAGS, f.index, cyc, "vlanTci", c.vlanTci(), m.classification().vlanTci());
        boolean sameBytes = Arrays.equals(c.frame(), f.bytes);
        if (sameBytes) {
            scoreboard.pass(Check.RX_DATA);   // the mismatch text is built only for a mismatch (per-frame path)
        } else {
            ok &= scoreboard.compare(Check.RX_DATA, false, f.index, cyc, "frame bytes",
                    c.length() + " bytes" + firstDifference(c.frame(), f.bytes), f.bytes.length + " bytes injected");
        }
        ok &= scoreboard.expect(Check.RING_CPU, f.index, cyc, "ring CPU", cpu, f.modelRingCpu);
        f.ok = checkStages(f, cyc, ok);
    }

    /**
     * Compares the frame's RX stages inside the RTL with the model's intermediates; the first
     * diverging stage is recorded, and fails the frame even when no end-to-end check did.
     */
    private boolean checkStages(RxFrame f, long cyc, boolean ok) {
        HardwareStages hw = stageLog.take(f.index);
        StageFinding s = hw == null ? null : RxStageChecker.firstDivergence(hw, f.model);
        observer.rxStages(f.index, hw, f.model, f.modelRingCpu, s);
        if (s == null) {
            return ok;
        }
        scoreboard.stages().add(s);
        if (ok) {
            scoreboard.fail(new Mismatch(StageFindings.checkOf(s.stage()), f.index, cyc, s.stage(), s.hardware(), s.model()));
        }
        return false;
    }

    /** The netisr handler of every protocol: check placement and order, then run the app. */
    private void handle(Mbuf m, CpuContext ctx) {
        RxFrame f = (RxFrame) m.payload();
        int cpu = ctx.cpu();
        netisrByCpu[cpu]++;
        if (cpu != f.ringCpu) {
            crossCpu++;
        }
        int expect = netisrPlacement.cpu(f.hwHashType, (int) f.hwHash, f.hwQueue, f.ringCpu);
        f.ok &= scoreboard.expect(Check.NETISR_CPU, f.index, f.cycle, "netisr CPU", cpu, expect);
        byte[] tuple = m.hashType() == 0 ? null : flowTuple(f);
        if (tuple != null) {
            Long last = lastIndexOfFlow.put(ByteBuffer.wrap(tuple), f.index);
            if (last == null || last < f.index) {
                scoreboard.pass(Check.FLOW_ORDER);
            } else {
                f.ok &= scoreboard.compare(Check.FLOW_ORDER, false, f.index, f.cycle,
                        "handled after frame of the same flow", String.valueOf(last), "an earlier frame index");
            }
        }
        if (m.hashType() != 0) {
            hashedHandled++;
            if (AlternativePlacement.dragonflyHashCpu(m.flowid(), cpus) != cpu) {
                dragonflyDiffers++;
            }
            if (AlternativePlacement.linuxRps(m.flowid(), cpus) != cpu) {
                linuxRpsDiffers++;
            }
        }
        rx.handled(f, cpu);
        if (sc.app() == App.FORWARD) {
            transmit(ctx, new TxPacket(f.index, f.bytes));
        }
    }

    private static byte[] flowTuple(RxFrame f) {
        byte[] t = f.model.classification().l4Tuple();
        return t != null && t.length > 0 ? t : f.model.classification().l3Tuple();
    }

    private void runWorkers() {
        for (int c = 0; c < cpus; c++) {
            while (netisr.hasPending(c)) {
                netisr.runWorker(c);
            }
        }
    }

    // ------------------------------------------------------------------------------------ TX side

    private void runTxBatches() {
        for (TxBatch b : sc.tx().batches()) {
            CpuContext ctx = CpuContext.netisr(b.cpu());
            for (int size : b.sizes()) {
                transmit(ctx, new TxPacket(-1, txOnlyFrame(size, txSourceSeq++)));
            }
            rollup(b.cpu());
        }
    }

    /** A locally generated frame: broadcast, IEEE local experimental EtherType, numbered payload. */
    static byte[] txOnlyFrame(int size, long seq) {
        byte[] b = new byte[size];
        Arrays.fill(b, 0, 6, (byte) 0xFF);
        byte[] src = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
        System.arraycopy(src, 0, b, 6, 6);
        b[12] = (byte) 0x88;
        b[13] = (byte) 0xB5;
        for (int i = 14; i < size; i++) {
            b[i] = (byte) (seq >>> (8 * ((i - 14) % 8)) ^ i);
        }
        return b;
    }

    /** The app's send: ifq_dispatch on the handling CPU (staged when in netisr context). */
    private void transmit(CpuContext ctx, TxPacket p) {
        int len = p.bytes().length;
        doorbells.trace(new TxEvent.Frame(ctx.cpu(), traceSubqueue(ctx.cpu()), len, ctx.netisrThread()));
        txQueued++;
        if (ifq.dispatch(ctx, Mbuf.local(len, p)) != 0) {
            txDrops++;
        }
    }

    /**
     * The subqueue a CPU sends on, for the predictor's trace: {@code ifq_mapsubq_default} (0) or
     * {@code ifq_mapsubq_mask} (cpu & (nqueues - 1)), worked out here rather than asked of the ifq
     * model, so a mapping bug there shows up as a doorbell mismatch.
     */
    private int traceSubqueue(int cpu) {
        return sc.ifq().mapSubq() == org.nicsim.scenario.MapSubq.MASK ? cpu & (queues - 1) : 0;
    }

    /** if_start_rollup at the end of a netisr batch on {@code cpu}. */
    private void rollup(int cpu) {
        doorbells.trace(new TxEvent.Rollup(cpu));
        ifq.rollup(cpu);
    }

    /** The driver's if_start, called by ifq when staging lets the subqueue start. */
    private void driverStart(IfSubqueue subq, CpuContext ctx) {
        int q = subq.index();
        List<Doorbell> rung = driver.txStart(q, new TxSource() {
            @Override
            public boolean isEmpty() {
                return subq.isEmpty();
            }

            @Override
            public byte[] dequeue() {
                TxPacket p = (TxPacket) subq.dequeue().payload();
                tx.posted(q, p);
                return p.bytes();
            }
        });
        for (int i = 0; i < rung.size(); i++) {
            doorbells.driverWrote(ctx.cpu());
        }
        if (driver.txOactive(q)) {
            subq.setOactive();
        }
    }

    private void reclaimTx() {
        for (int q = 0; q < queues; q++) {
            int n = driver.txReclaim(q);
            if (n > 0) {
                progressCycle = model.cycle();
                int cpu = ringCpu[q];
                doorbells.trace(new TxEvent.Completion(cpu, q, n));
                IfSubqueue sq = ifq.subqueue(q);
                sq.clrOactive();
                if (!sq.isEmpty()) {
                    ifq.devstart(CpuContext.driver(cpu), q);
                }
            }
        }
    }

    private void takeTxFrames() {
        for (TxFrame f : model.drainTx()) {
            byte[] b = f.bytes();   // one copy per frame (bytes() clones): the check only reads it
            tx.captured(f, b);
            observer.transmitted(b, f.lastCycle());
        }
    }

    // ------------------------------------------------------------------------------------ control

    /** Nothing left anywhere: host side empty, then the NIC reports both datapaths idle. */
    private boolean quiescent() {
        if (model.rxPending() > 0 || rx.inStack() > 0 || tx.outstanding() > 0) {
            return false;
        }
        for (int c = 0; c < cpus; c++) {
            if (netisr.hasPending(c)) {
                return false;
            }
        }
        for (int q = 0; q < queues; q++) {
            if (!ifq.subqueue(q).isEmpty() || driver.txInFlight(q) > 0) {
                return false;
            }
        }
        int status = model.mmioRead(NicRegisters.STATUS);
        if ((status & (NicRegisters.STATUS_RX_IDLE | NicRegisters.STATUS_TX_IDLE)) != 0b11) {
            return false;
        }
        // A write-back whose interrupt is still on its way: poll every ring once more.
        long before = writtenBack;
        takeEvents();
        for (int q = 0; q < queues; q++) {
            serviceRing(q);
        }
        runWorkers();
        reclaimTx();
        takeTxFrames();
        return writtenBack == before && rx.inStack() == 0 && tx.outstanding() == 0;
    }

    /** Applies a scenario reconfiguration with RX quiesced, so every frame knows its table. */
    private void reconfigure(Reconfiguration r) {
        rx.finishNicDrops();
        RssConfig old = rss.config();
        Reta reta = r.reta().map(spec -> Reta.of(boxed(spec.table(queues)), queues)).orElse(old.reta());
        ToeplitzKey key = r.keyBytes().map(ToeplitzKey::of).orElse(old.key());
        rss = new RssModel(new RssConfig(key, old.hashTypes(), reta, old.defaultQueue()));
        byte[] keyBytes = new byte[ToeplitzKey.LENGTH];
        for (int i = 0; i < keyBytes.length; i++) {
            keyBytes[i] = (byte) key.byteAt(i);
        }
        driver.programRss(keyBytes, hashTypeBits, reta.toArray(), old.defaultQueue());
        drainMmio();
        progressCycle = model.cycle();
    }

    /**
     * Declares a stall when nothing moved for {@link #stallCycles} cycles: names the block that
     * holds the work (from STATUS and the ring indices), the NIC's counters, and the cycle.
     */
    private void watchdog(boolean framesLeft) {
        long now = model.cycle();
        if (now - progressCycle <= stallCycles) {
            return;
        }
        long since = progressCycle;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("no progress for %d cycles (cycles %d..%d) with work pending: ", now - since, since, now));
        sb.append(String.format("%d frames queued at the RX stream, %d in the stack, %d TX frames not yet sent%s; ",
                model.rxPending(), rx.inStack(), tx.outstanding(), framesLeft ? ", more to inject" : ""));
        int status = model.mmioRead(NicRegisters.STATUS);
        sb.append(String.format("STATUS rx_idle=%d tx_idle=%d, RX_FRAMES=%d RX_DELIVERED=%d RX_DROP_NOBUF=%d "
                        + "RX_DROP_ERROR=%d TX_FRAMES=%d DMA_FAULTS=%d", status & 1, (status >> 1) & 1,
                reg(NicRegisters.RX_FRAMES), reg(NicRegisters.RX_DELIVERED), reg(NicRegisters.RX_DROP_NOBUF),
                reg(NicRegisters.RX_DROP_ERROR), reg(NicRegisters.TX_FRAMES), reg(NicRegisters.DMA_FAULTS)));
        String block;
        String detail;
        if ((status & NicRegisters.STATUS_RX_IDLE) == 0) {
            block = "rx_datapath";
            detail = "RX datapath (rx_datapath) holds frames";
        } else if ((status & NicRegisters.STATUS_TX_IDLE) == 0) {
            block = "tx_engine";
            detail = "TX engine (tx_engine) has descriptors it does not finish:" + txQueuesBehind();
        } else if (model.rxPending() > 0) {
            block = "s_axis_rx";
            detail = "RX stream (s_axis_rx_tready held low with the datapath idle)";
        } else {
            block = "host";
            detail = "host side (the NIC is idle but the testbench still waits)";
        }
        if (hostFaults > 0) {
            sb.append("; ").append(hostFaults).append(" bus faults, first: ").append(faults.get(0));
        }
        throw new SimulationStallException("stall in the " + detail + " at cycle " + now + ": " + sb, now, since, block);
    }

    /** " queue q HEAD h TAIL t" for every TX queue whose HEAD has not reached its TAIL. */
    private String txQueuesBehind() {
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < queues; q++) {
            long head = reg(NicRegisters.queueReg(q, NicRegisters.TXQ_HEAD));
            long tail = reg(NicRegisters.queueReg(q, NicRegisters.TXQ_TAIL));
            if (head != tail) {
                sb.append(String.format(" queue %d HEAD %d TAIL %d;", q, head, tail));
            }
        }
        return sb.length() == 0 ? " no queue has HEAD != TAIL (a frame in flight)" : sb.substring(0, sb.length() - 1);
    }

    private long reg(int addr) {
        return Integer.toUnsignedLong(model.mmioRead(addr));
    }

    private CoSimResult finish(long cycles, double wall) {
        rx.finishNicDrops();
        long now = model.cycle();
        tx.finish(now);
        doorbells.finish(now);
        long nobuf = rx.fates[Fate.NOBUF.ordinal()];
        long error = rx.fates[Fate.ERROR.ordinal()];
        counter("RX_FRAMES", NicRegisters.RX_FRAMES, injected);
        counter("RX_DELIVERED", NicRegisters.RX_DELIVERED, writtenBack);
        counter("RX_DROP_NOBUF", NicRegisters.RX_DROP_NOBUF, nobuf);
        counter("RX_DROP_ERROR", NicRegisters.RX_DROP_ERROR, error);
        counter("RX_MALFORMED", NicRegisters.RX_MALFORMED, malformedWrittenBack);
        counter("TX_FRAMES", NicRegisters.TX_FRAMES, tx.sent + tx.unexpected);
        for (int q = 0; q < queues; q++) {
            counter("RXQ_DELIVERED[" + q + "]", NicRegisters.queueReg(q, NicRegisters.RXQ_DELIVERED), rx.deliveredByQueue[q]);
            counter("RXQ_DROPS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.RXQ_DROPS), rx.nobufByQueue[q]);
            counter("TXQ_FRAMES[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_FRAMES), tx.sentByQueue[q]);
            counter("TXQ_DOORBELLS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_DOORBELLS), doorbells.byQueue[q]);
            counter("TXQ_BAD_DOORBELLS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_BAD_DOORBELLS), 0);
        }
        long dmaFaults = reg(NicRegisters.DMA_FAULTS);
        counter("DMA_FAULTS", NicRegisters.DMA_FAULTS, 0);
        long mmioWrites = reg(NicRegisters.MMIO_WRITES);
        long delivered = rx.fates[Fate.DELIVERED.ordinal()];
        long qdrop = rx.fates[Fate.QDROP.ordinal()];
        long accounted = delivered + nobuf + error + qdrop;
        scoreboard.compare(Check.ACCOUNTING, accounted == injected, -1, now, "delivered + nobuf + error + qdrop",
                String.valueOf(accounted), injected + " injected");
        scoreboard.compare(Check.ACCOUNTING, rx.open() == 0, -1, now, "frames without a fate", String.valueOf(rx.open()), "0");
        if (hostFaults > 0) {
            scoreboard.fail(new Mismatch(Check.COUNTERS, -1, now, "host-memory bus faults",
                    hostFaults + (faults.isEmpty() ? "" : " (first: " + faults.get(0) + ")"), "0"));
        }
        return new CoSimResult(injected, rx.fates.clone(), Arrays.copyOf(rx.deliveredByQueue, queues),
                Arrays.copyOf(rx.nobufByQueue, queues), ringByCpu.clone(), netisrByCpu.clone(), crossCpu, txQueued,
                tx.sent, txDrops, doorbells.observed, doorbells.predictedTotal, doorbells.byQueue.clone(), mmioWrites,
                dmaFaults, cycles, wall, scoreboard, List.copyOf(faults),
                new PlacementComparison(hashedHandled, dragonflyDiffers, linuxRpsDiffers));
    }

    private void counter(String name, int addr, long expected) {
        long hw = reg(addr);
        scoreboard.compare(Check.COUNTERS, hw == (expected & 0xFFFF_FFFFL), -1, model.cycle(), name, String.valueOf(hw),
                String.valueOf(expected));
    }

    /** Compares two 32-bit fields, formatting them as hex only for a mismatch (this runs per frame). */
    private boolean expectHex(Check check, long item, long cycle, String field, int hardware, int model) {
        if (hardware == model) {
            scoreboard.pass(check);
            return true;
        }
        return scoreboard.compare(check, false, item, cycle, field, hex(hardware), hex(model));
    }

    private static String hex(int v) {
        return String.format("0x%08x", v);
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return String.format(", first difference at byte %d: 0x%02x vs 0x%02x", i, a[i] & 0xFF, b[i] & 0xFF);
            }
        }
        return "";
    }
}
