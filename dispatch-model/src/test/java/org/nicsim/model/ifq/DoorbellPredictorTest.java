package org.nicsim.model.ifq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;
import org.nicsim.model.rss.RingMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DoorbellPredictorTest {
    private static DoorbellPredictor.Config cfg(int ncpus, int nsubq, TxRingConfig ring) {
        return DoorbellPredictor.Config.of(IfqConfig.defaults(ncpus, nsubq), ring);
    }

    private static List<TxEvent> frames(int n, int len, boolean netisr) {
        List<TxEvent> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(new TxEvent.Frame(0, 0, len, netisr));
        }
        return t;
    }

    @Test
    void tenSmallFramesInOneBatchPredictFourEightAndRollup() {
        List<TxEvent> t = frames(10, 64, true);
        t.add(new TxEvent.Rollup(0));
        assertEquals(List.of(new TailWrite(0, 4, 0), new TailWrite(0, 8, 0), new TailWrite(0, 10, 0)),
                DoorbellPredictor.predict(cfg(1, 1, new TxRingConfig(256, 0, 0)), t));
    }

    @Test
    void thousandByteFramesPredictEverySecondFrame() {
        List<TxEvent> t = frames(4, 1000, true);
        t.add(new TxEvent.Rollup(0));
        assertEquals(List.of(new TailWrite(0, 2, 0), new TailWrite(0, 4, 0)),
                DoorbellPredictor.predict(cfg(1, 1, new TxRingConfig(256, 0, 0)), t));
    }

    @Test
    void fullRingWaitsForCompletion() {
        // Ring of 8 holds 7; the 8th and 9th wait; completing 2 sends them: tail (7 + 2) % 8 = 1.
        List<TxEvent> t = frames(9, 64, false);
        t.add(new TxEvent.Completion(1, 0, 2));
        List<TailWrite> w = DoorbellPredictor.predict(cfg(2, 1, new TxRingConfig(8, 0, 0)), t);
        assertEquals(8, w.size());
        assertEquals(new TailWrite(0, 7, 0), w.get(6));
        assertEquals(new TailWrite(0, 1, 1), w.get(7));
    }

    @Test
    void eventOutsideTheConfigurationIsRejectedNamingItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoorbellPredictor.predict(
                cfg(1, 1, new TxRingConfig(256, 0, 0)), List.of(new TxEvent.Rollup(0), new TxEvent.Rollup(3))));
        assertEquals(true, e.getMessage().startsWith("trace[1]"), e.getMessage());
    }

    /** Online {@link Ifq} + {@link ModelTxDriver} must ring exactly as predicted, on random traces. */
    @Property(tries = 400, seed = "20261127")
    void onlineStagingMatchesThePredictor(@ForAll long seed) {
        Random r = new Random(seed);
        int ncpus = 1 + r.nextInt(4);
        int nsubq = 1 << r.nextInt(3);
        MapSubq map = r.nextBoolean() ? MapSubq.DEFAULT : MapSubq.MASK;
        IfqConfig cfg = new IfqConfig(ncpus, RingMap.withOffset(nsubq, ncpus, r.nextInt(ncpus)), r.nextInt(7), 1500,
                40, map, 1 + r.nextInt(12));
        TxRingConfig ring = new TxRingConfig(8 << r.nextInt(4), 0, r.nextInt(6));
        ring = new TxRingConfig(ring.ringSize(), r.nextInt(ring.ringSize()), ring.txWregNsegs());

        List<TailWrite> online = new ArrayList<>();
        ModelTxDriver drv = new ModelTxDriver(nsubq, ring, online::add);
        Ifq ifq = new Ifq(cfg, drv);
        List<TxEvent> trace = new ArrayList<>();
        int events = 1 + r.nextInt(300);
        for (int i = 0; i < events; i++) {
            int cpu = r.nextInt(ncpus);
            int kind = r.nextInt(10);
            if (kind < 7) {
                int len = r.nextInt(4) == 0 ? 60 + r.nextInt(1455) : 64;
                boolean netisr = r.nextInt(5) != 0;
                trace.add(new TxEvent.Frame(cpu, map.map(cpu, nsubq), len, netisr));
                ifq.dispatch(new CpuContext(cpu, netisr), Mbuf.local(len, i));
            } else if (kind < 9) {
                trace.add(new TxEvent.Rollup(cpu));
                ifq.rollup(cpu);
            } else {
                int q = r.nextInt(nsubq);
                int n = r.nextInt(12);
                trace.add(new TxEvent.Completion(cpu, q, n));
                drv.complete(ifq, CpuContext.driver(cpu), q, Math.min(n, drv.inUse(q)));
            }
        }
        assertEquals(DoorbellPredictor.predict(DoorbellPredictor.Config.of(cfg, ring), trace), online);
        for (int c = 0; c < ncpus; c++) {
            assertFalse(ifq.hasScheduledStart(c));
        }
    }
}
