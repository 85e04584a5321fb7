package org.nicsim.scoreboard;

import java.util.Arrays;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.WordBatch;
import org.nicsim.driver.RxCompletion;
import org.nicsim.host.HostListener;
import org.nicsim.host.HostStack;
import org.nicsim.host.RxPayload;
import org.nicsim.host.TxPacket;
import org.nicsim.model.Mbuf;
import org.nicsim.model.ifq.DoorbellPredictor;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.ifq.TxRingConfig;
import org.nicsim.model.netisr.CpuChoice;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.PlacementComparison;
import org.nicsim.run.RunEvent;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Scenario;

/**
 * Every check of a co-simulation run, fed by the engine (what the NIC did on its pins) and by the
 * host stack (what the driver and netisr did): RX write-backs and the RX stages inside the RTL,
 * netisr placement, flow order, TX frames, doorbells, bus protocol, and the end-of-run counter audit. The expected side comes from
 * the dispatch model and from formulas written here, never from the code being checked.
 */
public final class Checks implements HostListener {
    private final Scoreboard scoreboard = new Scoreboard();
    private final RxCheck rx;
    private final RxStageCheck stages;
    private final RunObserver observer;
    private final PlacementCheck placement;
    private final FlowOrderCheck flowOrder;
    private final TxTracker tx;
    private final TxStageCheck txStages;
    private final DoorbellTracker doorbells;
    private final BusProtocolCheck bus;
    private final VnetCheck vnet;
    private final int queues;
    private final int hashTypeBits;
    private Runnable progress = () -> { };
    private LongSupplier clock = () -> 0;

    public Checks(Scenario sc, int rxBufferSize, int hashTypeBits, RunObserver observer) {
        this.queues = sc.queues();
        this.hashTypeBits = hashTypeBits;
        this.rx = new RxCheck(sc, rxBufferSize, hashTypeBits, scoreboard, observer);
        this.stages = new RxStageCheck(scoreboard, observer);
        this.observer = observer;
        this.placement = new PlacementCheck(sc, scoreboard);
        this.flowOrder = new FlowOrderCheck(scoreboard);
        this.tx = new TxTracker(queues, scoreboard);
        this.txStages = new TxStageCheck(queues, sc.txRingSize(), scoreboard, observer, tx);
        this.doorbells = new DoorbellTracker(DoorbellPredictor.Config.of(HostStack.ifqConfig(sc),
                new TxRingConfig(sc.txRingSize(), 0, sc.ifq().txWregNsegs())), queues, scoreboard, observer);
        this.bus = new BusProtocolCheck(scoreboard);
        this.vnet = new VnetCheck(sc.vnet(), scoreboard);
    }

    public Scoreboard scoreboard() {
        return scoreboard;
    }

    /** Called whenever the host moves work forward (for the stall watchdog). */
    public void onProgress(Runnable r) {
        this.progress = r;
    }

    // ------------------------------------------------------------------------------ from the engine

    public void injected(InjectedFrame f, long cycle) {
        rx.injected(f, cycle);
    }

    /** The host applies the scenario's vnet changes now, {@code offered} frames having been offered. */
    public void vnetPoint(long offered) {
        vnet.advance(offered);
    }

    /** A batch of RX and TX stage records from the NIC's stage monitor ({@code NicProbes.drainStages}). */
    public void stagesRecorded(WordBatch batch) {
        stages.recorded(batch.words(), batch.length(), txStages);
    }

    public void doorbellObserved(BridgeEvent e) {
        doorbells.observed(e);
    }

    public void busEvent(BridgeEvent e) {
        bus.observed(e);
    }

    /** A frame from the TX stream (TUSER set on a beat; the cycle of its last beat); {@code bytes} is its one copy, only read. */
    public void transmitted(byte[] bytes, boolean tuser, long lastCycle) {
        tx.captured(bytes, tuser, lastCycle);
    }

    /**
     * Scoreboard self-test: hands the software model a different RSS key than the NIC was
     * programmed with, so every hashed frame must fail {@code rx.hash}.
     */
    public void overrideModelKey(byte[] key) {
        RssConfig c = rx.rssConfig();
        rx.reprogram(new RssConfig(ToeplitzKey.of(key), c.hashTypes(), c.reta(), c.defaultQueue()));
    }

    /**
     * A reconfiguration point: NIC drops so far are final, the model takes the new key and table.
     *
     * @param newKey  the new key, or null to keep it
     * @param newReta the new table, or null to keep it
     * @return the configuration to program into the NIC
     */
    public RssConfig reprogram(byte[] newKey, int[] newReta) {
        rx.tracker().finishNicDrops();
        RssConfig old = rx.rssConfig();
        Reta reta = newReta == null ? old.reta() : Reta.of(RxCheck.boxed(newReta), queues);
        ToeplitzKey key = newKey == null ? old.key() : ToeplitzKey.of(newKey);
        RssConfig c = new RssConfig(key, old.hashTypes(), reta, old.defaultQueue());
        rx.reprogram(c);
        return c;
    }

    public int hashTypeBits() {
        return hashTypeBits;
    }

    // ------------------------------------------------------------------------------ from the host

    @Override
    public void returnedEmpty(int queue, long n) {
        rx.tracker().dataWriteFailed(queue, n);
    }

    @Override
    public RxPayload received(RxCompletion c, int queue, int cpu) {
        long cycle = clock.getAsLong();
        RxFrame f = rx.received(c, queue, cpu, cycle);
        if (f != null) {
            stages.check(f, cycle);
            placement.ringServiced(cpu);
            f.proto = (c.flags() & RxCompletion.FLAG_IPV4) != 0 ? NetisrProto.NETISR_IP
                    : (c.flags() & RxCompletion.FLAG_IPV6) != 0 ? NetisrProto.NETISR_IPV6 : NetisrProto.NETISR_ETHER;
        }
        return f;
    }

    @Override
    public void netisrChoice(RxPayload frame, CpuChoice choice) {
        observer.netisrChoice(frame.index(), choice);
    }

    @Override
    public void handled(Mbuf m, int cpu) {
        RxFrame f = (RxFrame) m.payload();
        vnet.handled(f);
        placement.handled(f, cpu);
        flowOrder.handled(f, m);
        placement.compareAlternatives(m, cpu);
        rx.tracker().handled(f, cpu);
    }

    @Override
    public void qdropped(RxPayload frame) {
        rx.tracker().qdropped((RxFrame) frame);
    }

    @Override
    public void vnetDropped(RxPayload frame, int proto, boolean purged) {
        RxFrame f = (RxFrame) frame;
        vnet.dropped(f, clock.getAsLong());
        observer.event(new RunEvent.VnetDrop(f.index, purged));
        rx.tracker().vnetDropped(f);
    }

    @Override
    public void ifqDropped(int cpu) {
        observer.event(new RunEvent.IfqDrop(cpu));
    }

    @Override
    public void driverStarted(int queue, int cpu, int doorbells, boolean oactive) {
        observer.event(new RunEvent.DriverStarted(queue, cpu, doorbells, oactive));
    }

    @Override
    public void txTraced(TxEvent e) {
        doorbells.trace(e);
    }

    @Override
    public void doorbellWritten(int cpu, int queue, int tail) {
        doorbells.driverWrote(cpu);
        txStages.driverRang(queue, tail);
    }

    @Override
    public void txPosted(int queue, TxPacket p) {
        txStages.posted(queue, tx.posted(queue, p));
    }

    @Override
    public void progressed() {
        progress.run();
    }

    // ------------------------------------------------------------------------------ state and end

    /** The model's clock, for the cycle stamps of host-side mismatches. */
    public void clock(LongSupplier c) {
        this.clock = c;
    }

    /** Frames written back but not yet handled or freed by netisr. */
    public int rxInStack() {
        return rx.tracker().inStack();
    }

    /** TX frames posted and not yet seen on the wire. */
    public int txOutstanding() {
        return tx.outstanding();
    }

    public long rxFinished() {
        return rx.tracker().finishedCount();
    }

    public long rxWrittenBack() {
        return rx.writtenBack;
    }

    /**
     * Ends the run's checks at cycle {@code now}: NIC drops, unsent frames, unrung doorbells, bus
     * protocol, then the counter audit (which reads registers, so the model runs on).
     */
    public Totals finish(long now, IntToLongFunction reg, long busFaults, String firstFault) {
        rx.tracker().finishNicDrops();
        tx.finish(now);
        doorbells.finish(now);
        bus.finish();
        long dmaFaults = new CounterAudit(scoreboard, reg, clock).run(queues, rx, tx, doorbells, busFaults, firstFault, now);
        RxTracker t = rx.tracker();
        return new Totals(rx.injected, t.fates.clone(), Arrays.copyOf(t.deliveredByQueue, queues),
                Arrays.copyOf(t.nobufByQueue, queues), placement.ringByCpu.clone(),
                placement.netisrByCpu.clone(), placement.crossCpu, tx.sent, doorbells.observed,
                doorbells.predictedTotal, doorbells.byQueue.clone(), dmaFaults, placement.comparison());
    }

    /** Strobed register writes of the read-back's probes. */
    public interface RegisterWrites {
        void write(int address, int value, int wstrb);
    }

    /**
     * The register read-back audit, after {@link #finish}: every read-write register against
     * {@code mirror}, the HEADs against {@code rxNext} and the completed TX rings, then the
     * documented responses to strobes, read-only, out-of-range and unmapped accesses.
     */
    public void readBack(RegisterMirror mirror, RegisterWrites writes, IntToLongFunction reg, IntUnaryOperator rxNext) {
        RegisterReadback.Port port = new RegisterReadback.Port() {
            @Override
            public long read(int address) {
                return reg.applyAsLong(address);
            }

            @Override
            public void write(int address, int value, int wstrb) {
                writes.write(address, value, wstrb);
            }
        };
        new RegisterReadback(scoreboard, port, clock, mirror).run(queues, rxNext);
    }

    /** What the checks counted, for the run's result. */
    public record Totals(long injected, long[] fates, long[] deliveredByQueue, long[] nobufByQueue, long[] ringByCpu,
                         long[] netisrByCpu, long crossCpu, long txFrames, long doorbells, long predictedDoorbells,
                         long[] doorbellsByQueue, long dmaFaults, PlacementComparison placement) {
    }
}
