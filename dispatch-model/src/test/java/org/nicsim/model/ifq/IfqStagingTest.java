package org.nicsim.model.ifq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;
import org.nicsim.model.netisr.Errno;
import org.nicsim.model.rss.RingMap;

/** ifq staging rules of docs/dispatch-model.md, sequences worked by hand. */
class IfqStagingTest {
    private final List<TailWrite> writes = new ArrayList<>();

    private Ifq ifq(IfqConfig cfg, TxRingConfig ring) {
        ModelTxDriver drv = new ModelTxDriver(cfg.nsubq(), ring, writes::add);
        return new Ifq(cfg, drv);
    }

    private static TxRingConfig ring(int size, int wreg) {
        return new TxRingConfig(size, 0, wreg);
    }

    private static List<TailWrite> q0(int cpu, int... tails) {
        List<TailWrite> out = new ArrayList<>();
        for (int t : tails) {
            out.add(new TailWrite(0, t, cpu));
        }
        return out;
    }

    @Test
    void tenSmallFramesInOneBatchRingAfterFourEightAndAtRollup() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), ring(256, 0));
        for (int i = 0; i < 10; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, i));
        }
        assertEquals(q0(0, 4, 8), writes);
        ifq.rollup(0);
        assertEquals(q0(0, 4, 8, 10), writes);
    }

    @Test
    void thousandByteFramesRingEverySecondFrame() {
        // 1000 < 1460 holds; 2000 >= 1460 starts.
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), ring(256, 0));
        for (int i = 0; i < 6; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(1000, i));
        }
        ifq.rollup(0);
        assertEquals(q0(0, 2, 4, 6), writes);
    }

    @Test
    void byteLimitIsMtuMinusMaxProtohdrExclusive() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), ring(256, 0));
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(1459, null));
        assertTrue(writes.isEmpty());
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(1, null)); // 1460 is not < 1460
        assertEquals(q0(0, 2), writes);
    }

    @Test
    void outsideNetisrEveryDispatchStartsTheDriver() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), ring(256, 0));
        for (int i = 0; i < 3; i++) {
            ifq.dispatch(CpuContext.driver(0), Mbuf.local(64, i));
        }
        assertEquals(q0(0, 1, 2, 3), writes);
    }

    @Test
    void stageCntMaxZeroDisablesStaging() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1).withStageCntMax(0), ring(256, 0));
        for (int i = 0; i < 3; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, i));
        }
        assertEquals(q0(0, 1, 2, 3), writes);
    }

    @Test
    void txWregNsegsWritesEveryNDescriptorsAndAtTheEnd() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1).withStageCntMax(16), ring(256, 3));
        for (int i = 0; i < 10; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, i));
        }
        ifq.rollup(0);
        assertEquals(q0(0, 3, 6, 9, 10), writes);
    }

    @Test
    void txWregNsegsMultipleOfTheBatchHasNoExtraEndWrite() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), ring(256, 2));
        for (int i = 0; i < 4; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, i));
        }
        assertEquals(q0(0, 2, 4), writes);
    }

    @Test
    void tailWrapsModuloRingSize() {
        Ifq ifq = ifq(IfqConfig.defaults(1, 1), new TxRingConfig(8, 6, 0));
        for (int i = 0; i < 3; i++) {
            ifq.dispatch(CpuContext.driver(0), Mbuf.local(64, i));
        }
        assertEquals(q0(0, 7, 0, 1), writes);
    }

    @Test
    void rollupStartsEachCpusStagedSubqueueOnThatCpu() {
        IfqConfig cfg = IfqConfig.defaults(2, 2).withMapSubq(MapSubq.MASK);
        Ifq ifq = ifq(cfg, ring(256, 0));
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, null));
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, null));
        for (int i = 0; i < 3; i++) {
            ifq.dispatch(CpuContext.netisr(1), Mbuf.local(64, null));
        }
        assertEquals(List.of(0), ifq.stagedSubqueues(0));
        assertEquals(List.of(1), ifq.stagedSubqueues(1));
        ifq.rollup(1);
        ifq.rollup(0);
        assertEquals(List.of(new TailWrite(1, 3, 1), new TailWrite(0, 2, 0)), writes);
        assertTrue(ifq.stagedSubqueues(0).isEmpty());
    }

    @Test
    void anotherCpusStartDrainsStagedPacketsAndTheLaterRollupWritesNothing() {
        // Both CPUs map to subqueue 0; CPU 1's fourth frame starts the driver, which also sends CPU 0's two.
        Ifq ifq = ifq(IfqConfig.defaults(2, 1), ring(256, 0));
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, null));
        ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, null));
        for (int i = 0; i < 4; i++) {
            ifq.dispatch(CpuContext.netisr(1), Mbuf.local(64, null));
        }
        assertEquals(List.of(new TailWrite(0, 6, 1)), writes);
        ifq.rollup(0);
        assertEquals(1, writes.size());
    }

    @Test
    void enqueueFailureStopsHoldingBack() {
        // maxlen = 1 + 1 * 4 = 5. Ring of 8 takes 7; then 5 wait (oactive); a netisr frame finds it full.
        IfqConfig cfg = IfqConfig.defaults(1, 1).withMaxLen(1);
        ModelTxDriver drv = new ModelTxDriver(1, ring(8, 0), writes::add);
        Ifq ifq = new Ifq(cfg, drv);
        for (int i = 0; i < 12; i++) {
            assertEquals(Errno.OK, ifq.dispatch(CpuContext.driver(0), Mbuf.local(64, i)));
        }
        assertEquals(q0(0, 1, 2, 3, 4, 5, 6, 7), writes);
        assertTrue(ifq.subqueue(0).isOactive());
        assertEquals(5, ifq.subqueue(0).size());
        assertEquals(Errno.ENOBUFS, ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, 12)));
        assertTrue(ifq.stagedSubqueues(0).isEmpty()); // not held back
        assertEquals(1, ifq.subqueue(0).drops());
        drv.complete(ifq, CpuContext.driver(0), 0, 7);
        assertEquals(new TailWrite(0, 4, 0), writes.get(writes.size() - 1)); // (7 + 5) % 8
        assertFalse(ifq.subqueue(0).isOactive());
    }

    @Test
    void setMaxlenAddsRoomForEveryCpusStage() {
        assertEquals(250 + 4 * 4, IfqConfig.defaults(4, 1).maxLen());
        assertEquals(10 + 2 * 16, IfqConfig.defaults(2, 1).withMaxLen(10).withStageCntMax(16).maxLen());
    }

    @Test
    void mapsubqDefaultIsAlwaysZeroAndMaskIsCpuAndMask() {
        assertEquals(0, MapSubq.DEFAULT.map(7, 4));
        assertEquals(1, MapSubq.MASK.map(5, 4));
        assertEquals(3, MapSubq.MASK.map(7, 4));
    }

    @Test
    void driverLeavingPacketsDefersTheNextStartToTheOwnerCpu() {
        // A driver that sends one packet per start keeps the interlock: the rest go by scheduled starts.
        List<Integer> sent = new ArrayList<>();
        DriverStart onePerCall = (sq, ctx) -> sent.add((Integer) sq.dequeue().payload());
        Ifq ifq = new Ifq(IfqConfig.defaults(1, 1), onePerCall);
        for (int i = 0; i < 5; i++) {
            ifq.dispatch(CpuContext.netisr(0), Mbuf.local(64, i));
        }
        assertEquals(List.of(0), sent); // started at frame 4, which sent one
        assertTrue(ifq.subqueue(0).isStarted());
        ifq.dispatch(CpuContext.driver(0), Mbuf.local(64, 5)); // interlock held: no start
        assertEquals(List.of(0), sent);
        ifq.rollup(0);
        assertTrue(ifq.hasScheduledStart(0));
        int runs = 0;
        while (ifq.hasScheduledStart(0)) {
            ifq.runScheduledStarts(0);
            runs++;
        }
        assertEquals(5, runs);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), sent);
        assertFalse(ifq.subqueue(0).isStarted());
    }

    @Test
    void badConfigurationIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IfqConfig.defaults(1, 1).withStageCntMax(-1));
        assertTrue(e.getMessage().startsWith("ifq.stageCntMax"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new IfqConfig(4, RingMap.withOffset(3, 4, 0), 4, 1500, 40, MapSubq.MASK, 10));
        assertTrue(e.getMessage().startsWith("ifq.mapSubq"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TxRingConfig(256, 0, -1));
        assertTrue(e.getMessage().startsWith("ifq.txWregNsegs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TxRingConfig(100, 0, 0));
        assertTrue(e.getMessage().startsWith("txRing.size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new IfqConfig(1, RingMap.withOffset(1, 1, 0), 4, 40, 40, MapSubq.DEFAULT, 10));
        assertTrue(e.getMessage().startsWith("ifq.mtu"), e.getMessage());
    }
}
