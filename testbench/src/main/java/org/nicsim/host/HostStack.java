package org.nicsim.host;

import java.util.Arrays;
import java.util.List;
import org.nicsim.driver.Doorbell;
import org.nicsim.driver.DriverConfig;
import org.nicsim.driver.NicBus;
import org.nicsim.driver.NicDriver;
import org.nicsim.driver.RxCompletion;
import org.nicsim.driver.TxSource;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;
import org.nicsim.model.ifq.IfSubqueue;
import org.nicsim.model.ifq.Ifq;
import org.nicsim.model.ifq.IfqConfig;
import org.nicsim.model.ifq.MapSubq;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.netisr.Netisr;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.model.netisr.NetisrWorkStats;
import org.nicsim.model.rss.RingMap;
import org.nicsim.scenario.App;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.TxBatch;
import org.nicsim.scenario.VnetChange;

/**
 * The host operating system around the driver, as a BSD kernel runs it: the driver's RX interrupt
 * handlers, netisr (FreeBSD netisr(9)) with the scenario's app as its protocol handlers, and the
 * TX path through DragonFly ifq staging to the driver's if_start. It knows the NIC only through
 * the driver's register bus, and reports every step to a {@link HostListener}; it checks nothing.
 */
public final class HostStack {
    private final Scenario sc;
    private final NicDriver driver;
    private final HostListener listener;
    private final Runnable mmioBarrier;
    private final int queues;
    private final int cpus;
    private final int[] ringCpu;
    private final Netisr netisr;
    private final Ifq ifq;
    private long txQueued;
    private long txDrops;
    private long txSourceSeq;
    private int vnetIndex;   // next scenario vnet change to apply
    private boolean explainNetisr;

    /**
     * Attaches the driver through {@code bus} and builds netisr and ifq for {@code scenario}.
     *
     * @param mmioBarrier waits until every posted MMIO write reached the NIC
     * @throws IllegalStateException when the NIC offers fewer queues than the scenario needs
     */
    public HostStack(Scenario scenario, NicBus bus, DriverConfig config, HostListener listener, Runnable mmioBarrier) {
        this.sc = scenario;
        this.listener = listener;
        this.mmioBarrier = mmioBarrier;
        this.queues = scenario.queues();
        this.cpus = scenario.cpus();
        this.ringCpu = scenario.ringCpus();
        this.driver = NicDriver.attach(bus, config);
        if (driver.queues() != queues) {
            throw new IllegalStateException("the NIC offers " + driver.hwQueues() + " queues, the scenario needs " + queues);
        }
        this.netisr = NetisrSetup.build(scenario, this::handle, listener);
        netisr.addRollup(this::rollup);
        this.ifq = new Ifq(ifqConfig(scenario), this::driverStart);
    }

    /** The ifq configuration the scenario asks for; the doorbell predictor is built from the same. */
    public static IfqConfig ifqConfig(Scenario s) {
        RingMap owners = RingMap.of(Arrays.stream(s.ringCpus()).boxed().toList(), s.cpus());
        return new IfqConfig(s.cpus(), owners, s.ifq().stageCntMax(), s.ifq().mtu(), s.ifq().maxProtoHdr(),
                MapSubq.valueOf(s.ifq().mapSubq().name()), s.txRingSize());
    }

    /** Report each received frame's netisr CPU and the branch that chose it ({@link HostListener#netisrChoice}). */
    public void explainNetisrChoices() {
        explainNetisr = true;
    }

    public NicDriver driver() {
        return driver;
    }

    /** Frames handed to ifq for transmission. */
    public long txQueued() {
        return txQueued;
    }

    /** Frames ifq dropped (subqueue full). */
    public long txDrops() {
        return txDrops;
    }

    // ------------------------------------------------------------------------------------ RX side

    /** The RX interrupt handler of queue {@code q}, run on its ring CPU in netisr context. */
    public void serviceRing(int q) {
        int cpu = ringCpu[q];
        driver.clearIrq(1 << q);
        mmioBarrier.run();   // acknowledge before harvesting, or a write-back in between is missed
        long emptyBefore = driver.rxReturnedEmpty(q);
        List<RxCompletion> done = driver.rxHarvest(q, sc.rxRingSize());
        long emptied = driver.rxReturnedEmpty(q) - emptyBefore;
        if (emptied > 0) {
            listener.returnedEmpty(q, emptied);
        }
        if (done.isEmpty()) {
            return;
        }
        listener.progressed();
        CpuContext ctx = CpuContext.netisr(cpu);
        for (RxCompletion c : done) {
            RxPayload f = listener.received(c, q, cpu);
            if (f == null) {
                continue;
            }
            int proto = (c.flags() & RxCompletion.FLAG_IPV4) != 0 ? NetisrProto.NETISR_IP
                    : (c.flags() & RxCompletion.FLAG_IPV6) != 0 ? NetisrProto.NETISR_IPV6 : NetisrProto.NETISR_ETHER;
            Mbuf mbuf = new Mbuf(c.hash(), c.hashType(), sc.netisr().ifIndex(), q, c.length(), f);
            if (explainNetisr) {
                listener.netisrChoice(f, netisr.explainCpu(proto, q, mbuf, cpu));
            }
            netisr.dispatchSrc(ctx, proto, q, mbuf);
        }
        rollup(cpu);
    }

    /** The netisr handler of every protocol: report it, then run the app. */
    private void handle(Mbuf m, CpuContext ctx) {
        listener.handled(m, ctx.cpu());
        if (sc.app() == App.FORWARD) {
            RxPayload f = (RxPayload) m.payload();
            transmit(ctx, new TxPacket(f.index(), f.bytes()));
        }
    }

    /**
     * {@code netisr_register_vnet} / {@code netisr_unregister_vnet} of every scenario change whose
     * frame has been offered ({@code atPacket < offered}); run between ring service and the netisr
     * workers, when packets wait in the queues to be purged.
     */
    public void applyVnetChanges(long offered) {
        while (vnetIndex < sc.vnet().size() && sc.vnet().get(vnetIndex).atPacket() < offered) {
            VnetChange v = sc.vnet().get(vnetIndex++);
            if (v.enabled()) {
                netisr.registerVnet(v.protocol().proto());
            } else {
                netisr.unregisterVnet(v.protocol().proto());
            }
        }
    }

    /** netisr's counters of one (protocol, CPU), for the end-of-run report. */
    public NetisrWorkStats netisrStats(int proto, int cpu) {
        return netisr.stats(proto, cpu);
    }

    /** netisr workers, CPU 0 first, each until its workstream is empty. */
    public void runWorkers() {
        for (int c = 0; c < cpus; c++) {
            while (netisr.hasPending(c)) {
                netisr.runWorker(c);
            }
        }
    }

    /** Programs a new RSS key and indirection table. */
    public void programRss(byte[] key, int hashTypeBits, int[] reta, int defaultQueue) {
        driver.programRss(key, hashTypeBits, reta, defaultQueue);
    }

    // ------------------------------------------------------------------------------------ TX side

    /** The scenario's transmit-only batches, each from its CPU in netisr context, with a rollup. */
    public void runTxBatches() {
        for (TxBatch b : sc.tx().batches()) {
            CpuContext ctx = CpuContext.netisr(b.cpu());
            for (int size : b.sizes()) {
                transmit(ctx, new TxPacket(-1, TxOnlyFrames.frame(size, txSourceSeq++)));
            }
            rollup(b.cpu());
        }
    }

    /** The app's send: ifq_dispatch on the handling CPU (staged when in netisr context). */
    private void transmit(CpuContext ctx, TxPacket p) {
        int len = p.bytes().length;
        listener.txTraced(new TxEvent.Frame(ctx.cpu(), traceSubqueue(ctx.cpu()), len, ctx.netisrThread()));
        txQueued++;
        if (ifq.dispatch(ctx, Mbuf.local(len, p)) != 0) {
            txDrops++;
            listener.ifqDropped(ctx.cpu());
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
        listener.txTraced(new TxEvent.Rollup(cpu));
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
                listener.txPosted(q, p);
                return p.bytes();
            }
        });
        for (Doorbell d : rung) {
            listener.doorbellWritten(ctx.cpu(), d.queue(), d.tail());
        }
        if (driver.txOactive(q)) {
            subq.setOactive();
        }
        listener.driverStarted(q, ctx.cpu(), rung.size(), driver.txOactive(q));
    }

    /** TX completions: reclaim every queue, restart output where frames wait. */
    public void reclaimTx() {
        for (int q = 0; q < queues; q++) {
            int n = driver.txReclaim(q);
            if (n > 0) {
                listener.progressed();
                int cpu = ringCpu[q];
                listener.txTraced(new TxEvent.Completion(cpu, q, n));
                IfSubqueue sq = ifq.subqueue(q);
                sq.clrOactive();
                if (!sq.isEmpty()) {
                    ifq.devstart(CpuContext.driver(cpu), q);
                }
            }
        }
    }

    /** Nothing waits in netisr, in ifq or on a TX ring. */
    public boolean idle() {
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
        return true;
    }
}
