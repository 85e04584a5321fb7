package org.nicsim.cosim;

import java.util.Iterator;
import org.nicsim.bridge.EventCursor;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.TxBatch;
import org.nicsim.bridge.WordBatch;
import org.nicsim.driver.DriverConfig;
import org.nicsim.driver.NicRegisters;
import org.nicsim.host.HostStack;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.RunEvent;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Reconfiguration;
import org.nicsim.scenario.Scenario;
import org.nicsim.scoreboard.Checks;
import org.nicsim.scoreboard.RegisterMirror;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.wave.CycleEdges;

/**
 * The co-simulation engine: the Verilator NIC, the {@link HostStack} that drives it the way a BSD
 * kernel drives hardware, and the {@link Checks} that compare both with the dispatch model.
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
 * Host code takes no simulated time except MMIO, which runs the NIC while it waits. The run ends,
 * and a scenario's reconfigurations apply, at points where NIC and host are quiescent.
 */
public final class CoSimulation {
    /** Cycles the NIC runs between host service passes. */
    public static final int SERVICE_INTERVAL = 256;
    /** Frames kept queued at the RX stream source: enough for line rate, bounded memory. */
    public static final int RX_SOURCE_DEPTH = 32;

    private final Scenario sc;
    private final NicModel model;
    private final RunObserver observer;
    private final Checks checks;
    private final HostStack host;
    private final StallWatchdog watchdog;
    private final BusFaultLog faults;
    private final RegisterMirror registers;   // what the driver wrote, for the end-of-run read-back
    private final EventCursor events = new EventCursor();   // reused by every takeEvents()
    private final WordBatch stageRecords = new WordBatch();   // reused by every ringBarrier()
    private final TxBatch txFrames = new TxBatch();           // reused by every takeTxFrames()
    private final int queues;
    private final ModelClock clock;
    private int rxGapCycles;
    private int irqLevel;
    private long offered;   // frames offered to the RX stream so far

    /**
     * Attaches the driver to {@code model} (which must be freshly opened) and builds the host stack
     * and the checks of {@code scenario}.
     */
    public CoSimulation(Scenario scenario, NicModel model, RunObserver observer) {
        this.sc = scenario;
        this.model = model;
        this.observer = observer == null ? new RunObserver() {} : observer;
        this.queues = scenario.queues();
        this.clock = new ModelClock(model);
        int rxBufferSize = RunSizing.rxBufferSize(scenario);
        int hashTypeBits = RunSizing.hashTypeBits(scenario);
        this.checks = new Checks(scenario, rxBufferSize, hashTypeBits, this.observer);
        this.registers = new RegisterMirror(model.numQueues());
        this.host = new HostStack(scenario, new ModelBus(model, registers), new DriverConfig(queues, scenario.rxRingSize(),
                scenario.rxBuffers(), rxBufferSize, scenario.txRingSize(), RunSizing.txBufferSize(scenario),
                scenario.rss().keyBytes(), hashTypeBits, scenario.retaTable(), scenario.rss().defaultQueue(),
                scenario.ifq().txWregNsegs(), scenario.txDataOffset()),
                checks, this::ringBarrier);
        model.mmioDrain(ModelClock.MMIO_DRAIN_CYCLES);
        model.probes().stageMonitor(true);   // white-box RX and TX stage records, compared per frame by the stage checks
        this.watchdog = new StallWatchdog(model, queues);
        this.faults = new BusFaultLog(model, host.driver());
        checks.clock(model::cycle);
        checks.onProgress(() -> watchdog.progress(model.cycle()));
        // attach traffic: nothing of it is a doorbell or a frame, but its reads already show the bus latency
        EventCursor attach = model.drainEvents(events);
        while (attach.next()) {
            if (attach.kind() == EventKind.READ_LATENCY_MAX) {
                this.observer.event(new RunEvent.BusObserved(attach.kind(), attach.value()));
            }
        }
    }

    // ------------------------------------------------------------------------------- client hooks

    /** Cycles without progress before a stall is declared (default {@link StallWatchdog#DEFAULT_STALL_CYCLES}). */
    public void setStallCycles(long cycles) {
        watchdog.budget(cycles);
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

    /**
     * Installs cycle edges (waveform windows): from now on every slice and MMIO drain stops at the
     * next edge so {@code edges} acts at its exact cycle. Timing is unchanged.
     */
    public void setCycleEdges(CycleEdges edges) {
        clock.edges(edges);
    }

    public Scoreboard scoreboard() {
        return checks.scoreboard();
    }

    /**
     * Reports to the observer, per written-back frame, the CPU the netisr model selects and why
     * ({@code nicsim explain}). Off in runs: it asks the protocol's m2flow / m2cpuid once more.
     */
    public void explainNetisrChoices() {
        host.explainNetisrChoices();
    }

    /** Scoreboard self-test: the model predicts with {@code key}, the NIC keeps the scenario's. Call before {@link #run}. */
    public void overrideModelKey(byte[] key) {
        checks.overrideModelKey(key);
    }

    // ------------------------------------------------------------------------------- the time loop

    /**
     * Runs transmit-only batches first, then the frames, until every frame has a final fate and
     * the NIC and the stack are idle; then audits the NIC's counters.
     *
     * @param frames frames in injection order, indices 0, 1, 2, ...
     * @param total  number of frames (for progress; -1 if unknown)
     */
    public CoSimResult run(Iterator<InjectedFrame> frames, long total) {
        long start = System.nanoTime();
        long startCycle = model.cycle();
        watchdog.progress(model.cycle());
        host.runTxBatches();
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
            clock.run(SERVICE_INTERVAL, 0);
            hostPass();
            observer.progress(checks.rxFinished(), total, model.cycle());
            boolean waiting = next != null && nextReconfig != null && next.index() >= nextReconfig.atPacket();
            if ((next == null || waiting) && quiescent()) {
                if (next == null) {
                    break;
                }
                reconfigure(nextReconfig);
                nextReconfig = reconfigs.hasNext() ? reconfigs.next() : null;
            }
            watchdog.check(checks.rxInStack(), checks.txOutstanding(), next != null, faults);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return finish(model.cycle() - startCycle, wall);
    }

    /**
     * The barrier before a ring is harvested: posted MMIO reaches the NIC, then the stage records
     * made so far go to the checks (a frame's stage records precede its write-back).
     */
    private void ringBarrier() {
        clock.drainMmio();
        checks.stagesRecorded(model.probes().drainStages(stageRecords));
    }

    private void inject(InjectedFrame f) {
        checks.injected(f, model.cycle());
        model.injectFrame(f.bytes(), f.bad(), rxGapCycles);
        offered++;
        observer.event(new RunEvent.RxOffered(f.index(), f.bytes()));
        observer.injected(f.index(), model.cycle());
    }

    /** One host pass: interrupts, netisr workers, TX completions, the TX stream. */
    private void hostPass() {
        takeEvents();
        for (int q = 0; q < queues; q++) {
            if ((irqLevel & (1 << q)) != 0) {
                host.serviceRing(q);
            }
        }
        checks.vnetPoint(offered);
        host.applyVnetChanges(offered);
        host.runWorkers();
        host.reclaimTx();
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
                    checks.doorbellObserved(e.toEvent());
                    watchdog.progress(e.cycle());
                }
                case RX_ACCEPTED, TX_CAPTURED -> watchdog.progress(e.cycle());
                case RX_IDLE_IN_FRAME, TX_STALLED, READ_LATENCY_MAX ->
                        observer.event(new RunEvent.BusObserved(e.kind(), e.value()));
                case HOST_READ_FAULT, HOST_WRITE_FAULT -> faults.fault(e.toEvent());
                case AXI_PROTOCOL, MMIO_ERROR -> checks.busEvent(e.toEvent());
                case MMIO_IDLE -> { }
            }
        }
    }

    private void takeTxFrames() {
        TxBatch t = model.drainTx(txFrames);
        while (t.next()) {
            byte[] b = t.bytes();   // the one copy per frame: the check and the outputs only read it
            checks.transmitted(b, t.tuser(), t.lastCycle());
            observer.transmitted(b, t.lastCycle());
        }
    }

    /** Nothing left anywhere: host side empty, then the NIC reports both datapaths idle. */
    private boolean quiescent() {
        if (model.rxPending() > 0 || checks.rxInStack() > 0 || checks.txOutstanding() > 0 || !host.idle()) {
            return false;
        }
        int status = model.mmioRead(NicRegisters.STATUS);
        if ((status & (NicRegisters.STATUS_RX_IDLE | NicRegisters.STATUS_TX_IDLE)) != 0b11) {
            return false;
        }
        // A write-back whose interrupt is still on its way: poll every ring once more.
        long before = checks.rxWrittenBack();
        takeEvents();
        for (int q = 0; q < queues; q++) {
            host.serviceRing(q);
        }
        host.runWorkers();
        host.reclaimTx();
        takeTxFrames();
        return checks.rxWrittenBack() == before && checks.rxInStack() == 0 && checks.txOutstanding() == 0;
    }

    /** Applies a scenario reconfiguration with RX quiesced, so every frame knows its table. */
    private void reconfigure(Reconfiguration r) {
        RssConfig c = checks.reprogram(r.keyBytes().orElse(null), r.reta().map(spec -> spec.table(queues)).orElse(null));
        byte[] keyBytes = new byte[ToeplitzKey.LENGTH];
        for (int i = 0; i < keyBytes.length; i++) {
            keyBytes[i] = (byte) c.key().byteAt(i);
        }
        host.programRss(keyBytes, checks.hashTypeBits(), c.reta().toArray(), c.defaultQueue());
        clock.drainMmio();
        watchdog.progress(model.cycle());
    }

    private CoSimResult finish(long cycles, double wall) {
        for (int proto : new int[] {NetisrProto.NETISR_IP, NetisrProto.NETISR_ETHER, NetisrProto.NETISR_IPV6}) {
            for (int c = 0; c < sc.cpus(); c++) {
                observer.event(new RunEvent.NetisrStatistics(proto, c, host.netisrStats(proto, c)));
            }
        }
        checks.stagesRecorded(model.probes().drainStages(stageRecords));   // the last frames' TX stages
        // the driver's writes only: the read-back's own probes come after
        long mmioWrites = Integer.toUnsignedLong(model.mmioRead(NicRegisters.MMIO_WRITES));
        Checks.Totals t = checks.finish(model.cycle(), addr -> Integer.toUnsignedLong(model.mmioRead(addr)),
                faults.count(), faults.first());
        checks.readBack(registers, model::mmioWrite, addr -> Integer.toUnsignedLong(model.mmioRead(addr)),
                q -> host.driver().rxNext(q));
        return new CoSimResult(t.injected(), t.fates(), t.deliveredByQueue(), t.nobufByQueue(), t.ringByCpu(),
                t.netisrByCpu(), t.crossCpu(), host.txQueued(), t.txFrames(), host.txDrops(), t.doorbells(),
                t.predictedDoorbells(), t.doorbellsByQueue(), mmioWrites, t.dmaFaults(), cycles, wall,
                checks.scoreboard(), faults.explained(), t.placement());
    }
}
